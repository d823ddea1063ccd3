// npm run backup -- FILE: an online, consistent copy of the database while the
// server keeps serving and writing, checked before it is kept.
//
// SQLite's online backup API copies the database page by page, so rowids (and
// anything keyed on them, such as full-text indexes) come out exactly as they
// are. All pages are copied in one step, inside one read transaction: under
// WAL, writers go on while it runs, and the copy is the database as of that
// transaction's start. (Copied in small steps, a backup restarts whenever
// another connection writes, and may never finish under steady writes.)
// The copy is written beside FILE, checked with integrity_check and
// foreign_key_check, flushed to disk, and only then renamed to FILE, so FILE
// is either absent or a whole, good backup.
import Database from "better-sqlite3";
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { fileFromUrl } from "../src/db/sqlite.ts";
import { cli, database } from "./cli.ts";

/** Pages per step: all of them, so the copy is one snapshot. */
const ALL_PAGES = 0x7fffffff;

export type Check = { ok: boolean; problems: string[]; tables: number };

/** What SQLite finds wrong with a database file: nothing, when `ok`. */
export function checkDatabase(file: string): Check {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const problems: string[] = [];
    const integrity = db.pragma("integrity_check") as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]!.integrity_check !== "ok") problems.push(...integrity.map((r) => `integrity: ${r.integrity_check}`));
    const fks = db.pragma("foreign_key_check") as { table: string; rowid: number; parent: string }[];
    for (const fk of fks.slice(0, 20)) problems.push(`foreign key: ${fk.table} row ${fk.rowid} points to a missing ${fk.parent}`);
    if (fks.length > 20) problems.push(`foreign key: ${fks.length - 20} more`);
    const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n;
    if (tables === 0) problems.push("the file holds no tables");
    return { ok: problems.length === 0, problems, tables };
  } catch (err) {
    return { ok: false, problems: [(err as Error).message], tables: 0 };
  } finally {
    db.close();
  }
}

/** Flushes a file, and then its directory entry, to stable storage. */
export function fsyncPath(path: string) {
  for (const p of [path, dirname(path)]) {
    const fd = openSync(p, "r");
    try { fsyncSync(fd); } finally { closeSync(fd); }
  }
}

export async function backup(databaseUrl: string, target: string): Promise<Check> {
  const dest = resolve(target);
  if (existsSync(dest)) throw new Error(`${target} already exists; choose a new name (a backup never overwrites).`);
  const tmp = `${dest}.partial`;
  rmSync(tmp, { force: true });
  const source = new Database(fileFromUrl(databaseUrl), { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    await source.backup(tmp, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  // One self-contained file: no -wal beside it that a copy or rename could leave behind.
  const copy = new Database(tmp, { fileMustExist: true });
  copy.pragma("journal_mode = DELETE");
  copy.close();
  const check = checkDatabase(tmp);
  if (!check.ok) {
    rmSync(tmp, { force: true });
    throw new Error(`The copy failed its checks and was not kept:\n${check.problems.join("\n")}`);
  }
  fsyncPath(tmp);
  renameSync(tmp, dest);
  fsyncPath(dest);
  return check;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { positionals } = cli({
    usage: "npm run backup -- FILE\n\nCopies DATABASE_URL's database (default file:./data/conflict.db) to FILE while the server keeps running, checks the copy, and keeps it only if it is good.",
    options: {},
    positionals: { min: 1, max: 1 },
  });
  const target = positionals[0];
  const { config } = await database();
  try {
    const check = await backup(config.DATABASE_URL, target);
    console.log(`backed up to ${target}: integrity ok, foreign keys ok, ${check.tables} tables`);
  } catch (err) {
    console.error(`backup failed: ${(err as Error).message}`);
    process.exit(1);
  }
}
