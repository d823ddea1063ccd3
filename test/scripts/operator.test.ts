// An operator's first hour: a wrong DATABASE_URL, an unwritable folder, a busy,
// damaged, read-only or unmigrated database, and --help or a stray option on
// every script each get one clear line and the right exit code, and nothing is
// written by mistake. Each runs the real script as a child process.
import t, { type Test } from "tap";
import { copyPostgres, freshPostgres, POSTGRES_UNAVAILABLE } from "../helpers/postgres.ts";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { randomUUID } from "node:crypto";
import { copyDatabase } from "../helpers/build.ts";
import { TMP_DIR } from "../helpers/paths.ts";
import { startServer } from "../helpers/server.ts";
import { childEnv } from "../helpers/child.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Runs a TypeScript entry point of the project with tsx, as npm run does; its exit code and output. */
function run(entry: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: "warn", PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

const oneLine = (t: Test, text: string, pattern: RegExp, what: string) => {
  t.equal(text.trim().split("\n").length, 1, `${what}: one line`);
  t.match(text, pattern, what);
  t.notMatch(text, /\n\s+at |\.ts:\d+/, `${what}: no stack trace`);
};

t.test("DATABASE_URL of another engine is refused with one line naming it, and nothing is created", async (t) => {
  // Other test files may write in the project meanwhile: look only for what these mistakes would make.
  const made = () => readdirSync(ROOT).filter((f) => /^(postgres|postgresql|mysql):?/.test(f));
  for (const entry of ["src/server.ts", "scripts/migrate.ts"]) {
    const res = await run(entry, [], { DATABASE_URL: "mysql://x/y" });
    t.equal(res.code, 1, `${entry} with mysql://`);
    oneLine(t, res.err, /DATABASE_URL: .* is not a database this server can use: set it to file:PATH, .* or to postgresql:\/\//, `${entry} mysql://`);
  }
  // A PostgreSQL database that does not exist (or a server that cannot be reached, or a login
  // refused) is one line, from the server and from db:migrate alike.
  for (const url of ["postgres://user:hunter2@localhost/records", "postgresql://localhost/records"]) {
    const server = await run("src/server.ts", [], { DATABASE_URL: url });
    t.equal(server.code, 1, `the server with ${url}`);
    oneLine(t, server.err, /^cannot start: (the PostgreSQL database "records" does not exist|cannot reach the PostgreSQL server|PostgreSQL refused the login)/, `server ${url}`);
    const migrate = await run("scripts/migrate.ts", [], { DATABASE_URL: url });
    t.equal(migrate.code, 1, `db:migrate with ${url}`);
    oneLine(t, migrate.err, /^db:migrate: (the PostgreSQL database "records" does not exist|cannot reach the PostgreSQL server|PostgreSQL refused the login)/, `db:migrate ${url}`);
    for (const out of [server.err, migrate.err]) t.notMatch(out, /hunter2/, "the password is not echoed");
  }
  t.same(made(), [], "no folder such as postgres: was made in the project");
});

t.test("a folder that cannot be made fails fast, with one line", async (t) => {
  for (const entry of ["src/server.ts", "scripts/migrate.ts"]) {
    const started = Date.now();
    const res = await run(entry, [], { DATABASE_URL: "file:/proc/no-such-folder/conflict.db" });
    t.equal(res.code, 1);
    oneLine(t, res.err, /DATABASE_URL: cannot create the folder \/proc\/no-such-folder/, entry);
    t.ok(Date.now() - started < 30_000, "without hanging");
  }
});

// prisma.config.ts makes the database's folder for Prisma's own CLI: with
// Node's recursive mkdirSync, `npx prisma migrate deploy` spun for ever on a
// folder under /proc. It now runs the server's check first.
t.test("npx prisma migrate deploy on a folder that cannot be made ends with one line naming DATABASE_URL", async (t) => {
  const res = await new Promise<{ code: number | null; killed: boolean; err: string }>((resolve) => {
    const child = spawn("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env: childEnv({ ...process.env, DATABASE_URL: "file:/proc/no-such-folder/conflict.db" }), stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    let killed = false;
    // Far longer than the check takes; a run still going then is the old hang.
    const timer = setTimeout(() => ((killed = true), child.kill("SIGKILL")), 120_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, killed, err });
    });
  });
  t.notOk(res.killed, "it ends by itself");
  t.equal(res.code, 1);
  const ours = res.err.split("\n").filter((l) => /DATABASE_URL/.test(l));
  t.equal(ours.length, 1, "one line names DATABASE_URL");
  t.match(ours[0], /^prisma: DATABASE_URL: cannot create the folder \/proc\/no-such-folder for .*conflict\.db/);
  t.notMatch(res.err, /\n\s+at |\.ts:\d+/, "no stack trace");
});

t.test("a second process on a database a server holds: migrations are a no-op, and a second server serves", async (t) => {
  const file = copyDatabase(t);
  const first = await startServer(t, file);
  const migrate = await run("scripts/migrate.ts", [], { DATABASE_URL: `file:${file}` });
  t.equal(migrate.code, 0, migrate.err);
  t.match(migrate.out, /database .* up to date/);
  t.notMatch(migrate.out + migrate.err, /WASM_ERROR|SocketTimeout/);
  const second = await startServer(t, file, { LOG_LEVEL: "info" });
  t.equal((await fetch(`${second.base}/v1/events?limit=1`)).status, 200);
  t.equal((await fetch(`${first.base}/v1/events?limit=1`)).status, 200);
  t.match(second.output(), /docs at http:\/\/127\.0\.0\.1:\d+\/docs; database .*\.db/, "the start-up log says where the docs and the database file are");
  t.notMatch(second.output(), /SQLite database "dev\.db"/);
});

t.test("a damaged, a foreign or an unmigrated database is one line naming the file and what to do", async (t) => {
  const good = copyDatabase(t);
  const truncated = `${TMP_DIR}${randomUUID()}-truncated.db`;
  writeFileSync(truncated, readFileSync(good).subarray(0, 8192));
  const foreign = `${TMP_DIR}${randomUUID()}-foreign.db`;
  writeFileSync(foreign, "event_id_cnty,event_date\n");
  const empty = `${TMP_DIR}${randomUUID()}-empty.db`;
  writeFileSync(empty, "");
  t.teardown(() => {
    for (const f of [truncated, foreign, empty]) for (const s of ["", "-wal", "-shm"]) rmSync(f + s, { force: true });
  });
  const damaged = await run("src/server.ts", [], { DATABASE_URL: `file:${truncated}` });
  t.equal(damaged.code, 1);
  oneLine(t, damaged.err, /database .*truncated\.db is damaged.*npm run restore/, "a truncated file");
  const notSqlite = await run("src/server.ts", [], { DATABASE_URL: `file:${foreign}` });
  oneLine(t, notSqlite.err, /foreign\.db is not an SQLite file.*npm run restore/, "a file that is not SQLite");
  const unmigrated = await run("src/server.ts", [], { DATABASE_URL: `file:${empty}` });
  t.equal(unmigrated.code, 1);
  oneLine(t, unmigrated.err, /empty\.db has not been migrated: run npm run db:migrate/, "an empty file");
  const keys = await run("scripts/keys.ts", ["list"], { DATABASE_URL: `file:${empty}` });
  t.equal(keys.code, 1);
  oneLine(t, keys.err, /has not been migrated: run npm run db:migrate/, "keys on an unmigrated file");
  const missing = await run("scripts/keys.ts", ["list"], { DATABASE_URL: `file:${TMP_DIR}${randomUUID()}/none.db` });
  oneLine(t, missing.err, /does not exist: run npm run db:migrate/, "keys on a missing file");
});

t.test("a read-only database is refused at start with one line", { skip: process.getuid?.() === 0 ? "runs as root here, and root writes to a read-only file anyway: the check (accessSync W_OK) cannot fail" : false }, async (t) => {
  const { chmodSync } = await import("node:fs");
  const file = copyDatabase(t);
  chmodSync(file, 0o444);
  const res = await run("src/server.ts", [], { DATABASE_URL: `file:${file}` });
  t.equal(res.code, 1);
  oneLine(t, res.err, /is read-only: make it writable/, "read-only");
});

// Fourteen processes and a few more: on a busy two-core machine each start of tsx can take seconds.
t.test("every script answers --help with its usage (exit 0) and refuses an unknown option in one line (exit 2), writing nothing", { timeout: 900_000 }, async (t) => {
  const file = copyDatabase(t);
  const env = { DATABASE_URL: `file:${file}` };
  const scripts = ["scripts/backup.ts", "scripts/restore.ts", "scripts/keys.ts", "scripts/import.ts", "seed/load.ts", "scripts/migrate.ts", "src/server.ts"];
  // Two at a time: each is a process of its own.
  for (const entry of scripts) {
    const [help, bad] = await Promise.all([run(entry, ["--help"], env), run(entry, ["--no-such-option"], env)]);
    t.equal(help.code, 0, `${entry} --help exits 0`);
    t.match(help.out, /npm (run|start)/, `${entry} --help prints its usage`);
    t.equal(bad.code, entry === "src/server.ts" ? 1 : 2, `${entry} refuses an unknown option`);
    oneLine(t, bad.err, /unknown (option|argument) .*--no-such-option/, `${entry} --no-such-option`);
  }
  t.same(readdirSync(ROOT).filter((f) => f.startsWith("-")), [], "no file named --help or --no-such-option was written");
  const noFile = await run("scripts/import.ts", ["--format", "acled", `${TMP_DIR}no-such-file.csv`], env);
  t.equal(noFile.code, 2);
  oneLine(t, noFile.err, /cannot read .*no-such-file\.csv \(ENOENT\)/, "import of a missing file");
  const seedNotDir = await run("seed/load.ts", ["package.json"], env);
  t.equal(seedNotDir.code, 2);
  oneLine(t, seedNotDir.err, /package\.json is not a folder of seed files/, "seed given a file");
});

t.test("the server on a PostgreSQL database nobody migrated stops with one line that says what to run", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const url = await freshPostgres(t);
  const server = await run("src/server.ts", [], { DATABASE_URL: url });
  t.equal(server.code, 1);
  oneLine(t, server.err, /^cannot start: the database postgresql:\/\/.* has not been migrated: run npm run db:migrate first/, "an empty PostgreSQL database");
});

t.test("npm run keys creates, lists and revokes keys on PostgreSQL too", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const url = await copyPostgres(t);
  const created = await run("scripts/keys.ts", ["create", "--name", "desk editor", "--scopes", "read,write"], { DATABASE_URL: url });
  t.equal(created.code, 0, created.err);
  t.match(created.out, /crk_[\w-]{43}/);
  const listed = await run("scripts/keys.ts", ["list"], { DATABASE_URL: url });
  t.equal(listed.code, 0, listed.err);
  t.match(listed.out, /desk editor/);
});
