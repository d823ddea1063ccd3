// Backup and restore: an online backup taken while another process writes and
// the app serves reads is internally consistent, and a restore gives back
// exactly the rows backed up.
import t from "tap";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { copyDatabase } from "../helpers/build.ts";
import { TMP_DIR } from "../helpers/paths.ts";
import { childEnv, tsArgs } from "../helpers/child.ts";
import { checkDatabase } from "../../scripts/backup.ts";
import { restore } from "../../scripts/restore.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WRITER = fileURLToPath(new URL("../helpers/writer.mjs", import.meta.url));

/** Every row of every table, as a digest: equal digests, equal contents. */
function digest(file: string) {
  const db = new Database(file, { readonly: true });
  const hash = createHash("sha256");
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}"`).all().map((r) => JSON.stringify(r)).sort();
    hash.update(`${table}\n${rows.join("\n")}\n`);
  }
  const writerActors = db.prepare("SELECT count(*) FROM actors WHERE id LIKE 'act_writer-%'").pluck().get() as number;
  const writerAliases = db.prepare("SELECT count(*) FROM actor_aliases WHERE actor_id LIKE 'act_writer-%'").pluck().get() as number;
  db.close();
  return { digest: hash.digest("hex"), writerActors, writerAliases };
}

const tmpFile = (t: Parameters<typeof copyDatabase>[0], name: string) => {
  const file = `${TMP_DIR}${randomUUID()}-${name}`;
  t.teardown(() => { for (const s of ["", "-wal", "-shm", "-journal", ".partial"]) rmSync(file + s, { force: true }); });
  return file;
};

t.test("npm run backup takes a consistent copy while writes and reads go on; restore gives it back", async (t) => {
  const file = copyDatabase(t);
  const url = `file:${file}`;
  // The app serves the very file being backed up (build() would serve a copy of its own).
  const { buildApp } = await import("../../src/app.ts");
  const { loadConfig } = await import("../../src/config.ts");
  const live = await buildApp(loadConfig({}, { DATABASE_URL: url, LOG_LEVEL: "silent", RATE_LIMIT_ENABLED: false }));
  t.teardown(() => live.close());

  const writer = spawn(process.execPath, [WRITER, file], { stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  writer.stdout.on("data", (d) => { out += d; });
  while (!out.includes("ready")) await once(writer.stdout, "data");

  const target = tmpFile(t, "backup.db");
  const backupRun = spawn(process.execPath, tsArgs("scripts/backup.ts", target), {
    cwd: ROOT, env: childEnv({ ...process.env, DATABASE_URL: url }), stdio: ["ignore", "pipe", "pipe"],
  });
  let said = "";
  backupRun.stdout.on("data", (d) => { said += d; });
  backupRun.stderr.on("data", (d) => { said += d; });
  const exited = once(backupRun, "exit");
  let reads = 0;
  let failed = 0;
  let done = false;
  exited.then(() => { done = true; });
  while (!done) {
    const res = await live.inject({ method: "GET", url: "/v1/actors?limit=5" });
    if (res.statusCode !== 200) failed++;
    reads++;
    await new Promise((r) => setTimeout(r, 5));
  }
  const [code] = await exited;
  t.equal(code, 0, `backup exits 0: ${said.trim()}`);
  t.match(said, /integrity ok, foreign keys ok/);
  t.ok(reads > 0, `reads were served during the backup (${reads})`);
  t.equal(failed, 0, "every one of them answered 200");

  // The writer goes on after the backup; then it stops.
  await new Promise((r) => setTimeout(r, 100));
  writer.stdin.write("stop\n");
  await once(writer, "exit");
  const committed = Number(out.trim().split("\n").pop());

  const check = checkDatabase(target);
  t.ok(check.ok, `integrity_check ok and foreign_key_check empty: ${check.problems.join("; ")}`);
  const backedUp = digest(target);
  t.ok(backedUp.writerActors >= 100, `the backup holds the writes made before it (${backedUp.writerActors})`);
  t.equal(backedUp.writerAliases, backedUp.writerActors * 2, "no transaction is split: every actor has both its aliases");
  t.ok(committed > backedUp.writerActors, `writes went on past the backup (${committed} > ${backedUp.writerActors})`);
  t.notOk(existsSync(`${target}-wal`), "the backup is one self-contained file");

  t.throws(() => restore(target, url), { name: "InUse", message: /stop the server/ }, "restore refuses while the server has the database open");
  await live.close();

  const before = digest(file);
  t.equal(before.writerActors, committed, "the live database kept every committed write");
  const { previous } = restore(target, url);
  t.ok(previous && existsSync(previous), "the replaced database is kept aside");
  t.teardown(() => rmSync(previous!, { force: true }));
  t.notOk(existsSync(`${file}-wal`), "no stale -wal is left to replay");
  t.same(digest(file), backedUp, "the restored database holds exactly the backed-up rows");
  t.ok(checkDatabase(file).ok);

  const again = await buildApp(loadConfig({}, { DATABASE_URL: url, LOG_LEVEL: "silent" }));
  t.teardown(() => again.close());
  const res = await again.inject({ method: "GET", url: `/v1/actors/act_writer-${backedUp.writerActors}` });
  t.equal(res.statusCode, 200, "the last backed-up write is served after the restore");
  const gone = await again.inject({ method: "GET", url: `/v1/actors/act_writer-${committed}` });
  t.equal(gone.statusCode, 404, "writes after the backup are gone, as they should be");
});

t.test("backup refuses to overwrite, and restore refuses a damaged backup and changes nothing", async (t) => {
  const file = copyDatabase(t);
  const url = `file:${file}`;
  const { backup } = await import("../../scripts/backup.ts");
  const target = tmpFile(t, "b.db");
  await backup(url, target);
  await t.rejects(backup(url, target), /already exists/);

  const damaged = tmpFile(t, "damaged.db");
  writeFileSync(damaged, "SQLite format 3\0 this is not a database");
  const before = digest(file);
  t.throws(() => restore(damaged, url), /not a good backup/);
  t.throws(() => restore(tmpFile(t, "missing.db"), url), /does not exist/);
  t.same(digest(file), before, "the database is untouched");

  // A backup whose rows break a foreign key is refused too.
  const broken = tmpFile(t, "broken.db");
  await backup(url, broken);
  const db = new Database(broken);
  db.pragma("foreign_keys = OFF");
  db.prepare("INSERT INTO actor_aliases (actor_id, name, name_norm, kind) VALUES ('act_nobody', 'X', 'x', 'spelling')").run();
  db.close();
  t.throws(() => restore(broken, url), /foreign key: actor_aliases/);
});
