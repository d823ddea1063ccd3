// A writer in its own process, for backup tests: inserts an actor with two
// aliases per transaction, as fast as it can, until it reads "stop" on stdin.
// Prints the number of committed transactions when it stops.
import Database from "better-sqlite3";

const db = new Database(process.argv[2]);
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 5000");
db.pragma("foreign_keys = ON");
db.pragma("synchronous = NORMAL");
const actor = db.prepare("INSERT INTO actors (id, kind, name, name_norm, created_at, updated_at) VALUES (?, 'person', ?, ?, ?, ?)");
const alias = db.prepare("INSERT INTO actor_aliases (actor_id, name, name_norm, kind) VALUES (?, ?, ?, 'spelling')");
const write = db.transaction((n) => {
  const id = `act_writer-${n}`;
  const now = new Date().toISOString();
  actor.run(id, `Writer ${n}`, `writer ${n}`, now, now);
  alias.run(id, `W${n}a`, `w${n}a`);
  alias.run(id, `W${n}b`, `w${n}b`);
});

let n = 0;
let stopping = false;
process.stdin.on("data", () => { stopping = true; });
const loop = () => {
  if (stopping) {
    db.close();
    process.stdout.write(`${n}\n`, () => process.exit(0));
    return;
  }
  for (let i = 0; i < 20; i++) write(++n);
  if (n === 100) process.stdout.write("ready\n");
  setImmediate(loop);
};
loop();
