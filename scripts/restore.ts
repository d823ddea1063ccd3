// npm run restore -- FILE: puts a backup back in place of the database.
// The server must be stopped first; this refuses while any process has the
// database open.
//
// 1. The backup is checked (integrity_check, foreign_key_check) before
//    anything is touched.
// 2. The database is switched out of WAL mode, which SQLite allows only when no
//    other connection has it open: that is the check that the server is
//    stopped, and it also folds the -wal file into the database.
// 3. The backup is copied beside the database and flushed; the old database is
//    kept as FILE.pre-restore; the copy is renamed into place (atomic) and any
//    -wal/-shm left over is removed, so no stale log can be replayed onto it.
import Database from "better-sqlite3";
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { fileFromUrl } from "../src/db/sqlite.ts";
import { checkDatabase, fsyncPath } from "./backup.ts";
import { cli, database } from "./cli.ts";

export class InUse extends Error {
  override name = "InUse";
}

/** Throws InUse when another connection (a running server) has the database open. */
export function assertNotInUse(file: string) {
  if (!existsSync(file)) return;
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 0");
    const mode = db.pragma("journal_mode = DELETE", { simple: true });
    if (mode !== "delete") throw new InUse(`${file} is in use (journal mode stayed ${String(mode)}).`);
  } catch (err) {
    if (err instanceof InUse) throw err;
    if ((err as { code?: string }).code?.startsWith("SQLITE_BUSY")) {
      throw new InUse(`${file} is open in another process: stop the server before restoring.`);
    }
    throw err;
  } finally {
    db.close();
  }
}

export function restore(backupFile: string, databaseUrl: string): { previous?: string } {
  const from = resolve(backupFile);
  if (!existsSync(from)) throw new Error(`${backupFile} does not exist.`);
  const check = checkDatabase(from);
  if (!check.ok) throw new Error(`${backupFile} is not a good backup; nothing was changed:\n${check.problems.join("\n")}`);

  const live = resolve(fileFromUrl(databaseUrl));
  assertNotInUse(live);

  const tmp = `${live}.restoring`;
  copyFileSync(from, tmp);
  fsyncPath(tmp);
  let previous: string | undefined;
  if (existsSync(live)) {
    previous = `${live}.pre-restore`;
    rmSync(previous, { force: true });
    renameSync(live, previous);
  }
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(live + suffix, { force: true });
  renameSync(tmp, live);
  fsyncPath(live);
  return { previous };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { positionals } = cli({
    usage: "npm run restore -- FILE\n\nPuts the backup FILE in place of DATABASE_URL's database (default file:./data/conflict.db), after checking it; the replaced database is kept beside it as .pre-restore. Stop the server first: it refuses while the database is open.",
    options: {},
    positionals: { min: 1, max: 1 },
  });
  const source = positionals[0];
  const { config } = await database({ inspect: false });
  try {
    const { previous } = restore(source, config.DATABASE_URL);
    console.log(`restored ${source}${previous ? `; the replaced database is kept as ${previous}` : ""}`);
  } catch (err) {
    console.error(`restore failed: ${(err as Error).message}`);
    process.exit(1);
  }
}
