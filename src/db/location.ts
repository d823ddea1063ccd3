// Where the database is, checked before anything opens it: the URL's scheme,
// the file's folder, and the file itself. Each problem is one line that names
// DATABASE_URL or the file, and says what to do.
import { accessSync, constants, existsSync, mkdirSync, openSync, readSync, closeSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

export type Engine = "sqlite" | "postgresql";

/** The database engines DATABASE_URL may name, by URL scheme (`postgres:` is libpq's other spelling). */
const ENGINES: Record<string, Engine> = { "file:": "sqlite", "postgresql:": "postgresql", "postgres:": "postgresql" };
const EXAMPLE = "file:./data/conflict.db";
const PG_EXAMPLE = "postgresql://USER@HOST:5432/DATABASE";

export class DatabaseProblem extends Error {
  override name = "DatabaseProblem";
}

/** A URL with its password, if any, masked: for messages. */
export const withoutPassword = (url: string) => url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");

export type DatabaseLocation = { engine: "sqlite"; file: string } | { engine: "postgresql"; url: string };

/** The engine and file (SQLite) or server URL (PostgreSQL) a DATABASE_URL names, or why it names none. */
export function parseDatabaseUrl(url: string): DatabaseLocation | { error: string } {
  if (url === ":memory:") return { engine: "sqlite", file: ":memory:" };
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase();
  const engine = scheme ? ENGINES[scheme] : undefined;
  if (!engine) {
    return { error: `"${withoutPassword(url)}" is not a database this server can use: set it to file:PATH, an SQLite file such as ${EXAMPLE}, or to ${PG_EXAMPLE}` };
  }
  if (engine === "postgresql") {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { error: `"${withoutPassword(url)}" is not a valid URL: write it as ${PG_EXAMPLE}` };
    }
    if (!parsed.hostname && !parsed.searchParams.get("host")) return { error: `"${withoutPassword(url)}" names no server: write it as ${PG_EXAMPLE}` };
    return { engine, url };
  }
  const file = url.slice(scheme!.length).replace(/\?.*$/, "");
  if (!file || file.endsWith("/")) return { error: `"${url}" names no file: set it to file:PATH, such as ${EXAMPLE}` };
  return { engine, file };
}

/** The database a DATABASE_URL names, or a DatabaseProblem naming the variable. */
export function databaseLocation(url: string): DatabaseLocation {
  const parsed = parseDatabaseUrl(url);
  if ("error" in parsed) throw new DatabaseProblem(`DATABASE_URL: ${parsed.error}`);
  return parsed;
}

/** The SQLite file of a DATABASE_URL, or a DatabaseProblem naming the variable (also for a PostgreSQL URL, where a file is needed). */
export function databaseFile(url: string): string {
  const parsed = databaseLocation(url);
  if (parsed.engine !== "sqlite") throw new DatabaseProblem(`DATABASE_URL names a PostgreSQL database (${withoutPassword(url)}), and this needs an SQLite file: set it to file:PATH, such as ${EXAMPLE}`);
  return parsed.file;
}

/**
 * Makes a folder and its missing parents, one at a time: Node's recursive
 * mkdirSync spins for ever on some paths it cannot create (under /proc).
 */
function makeFolder(folder: string) {
  const missing: string[] = [];
  let at = folder;
  while (!existsSync(at)) {
    missing.unshift(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  if (existsSync(at) && !statSync(at).isDirectory()) throw Object.assign(new Error(`${at} is a file`), { code: "ENOTDIR" });
  for (const dir of missing) mkdirSync(dir);
}

const SQLITE_HEADER = Buffer.from("SQLite format 3\u0000", "latin1");

/** What to say of a database that cannot be written, for a server that could still serve it. */
const SERVE_READ_ONLY = "or set READ_ONLY=true to serve it read-only";

/**
 * Checks that the database file can be used for writing: its folder exists
 * (or is made) and is writable, and the file, when it exists, is a readable
 * and writable SQLite database. With `readOnly` (READ_ONLY=true), nothing is
 * made: the file must exist and be a readable SQLite database. Throws a
 * DatabaseProblem, one line, otherwise.
 */
export function checkDatabaseFile(url: string, opts: { readOnly?: boolean } = {}): string {
  const file = databaseFile(url);
  if (file === ":memory:") return file;
  const path = resolve(file);
  const folder = dirname(path);
  if (opts.readOnly) {
    if (!existsSync(path)) throw new DatabaseProblem(`the database ${path} does not exist, and READ_ONLY=true makes nothing: point DATABASE_URL at an existing database, or start once without READ_ONLY to make one`);
    if (!statSync(path).isFile()) throw new DatabaseProblem(`DATABASE_URL: ${path} is not a file: point it at an SQLite file such as ${EXAMPLE}`);
    try {
      accessSync(path, constants.R_OK);
    } catch {
      throw new DatabaseProblem(`the database ${path} cannot be read: make it readable (chmod u+r)`);
    }
    checkHeader(path);
    return path;
  }
  try {
    makeFolder(folder);
  } catch (err) {
    throw new DatabaseProblem(`DATABASE_URL: cannot create the folder ${folder} for ${path} (${(err as NodeJS.ErrnoException).code}): choose a folder you can write to`);
  }
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch {
    throw new DatabaseProblem(`DATABASE_URL: the folder ${folder} is not writable, and SQLite needs to write its journal beside ${path}: choose another folder, make it writable, ${SERVE_READ_ONLY}`);
  }
  if (!existsSync(path)) return path;
  if (!statSync(path).isFile()) throw new DatabaseProblem(`DATABASE_URL: ${path} is not a file: point it at an SQLite file such as ${EXAMPLE}`);
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new DatabaseProblem(`the database ${path} is read-only: make it writable (chmod u+w), restore a writable copy with npm run restore -- BACKUP, ${SERVE_READ_ONLY}`);
  }
  checkHeader(path);
  return path;
}

/** Throws a DatabaseProblem when the file has bytes but does not start as an SQLite database does. */
function checkHeader(path: string) {
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, "r");
  let read = 0;
  try {
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (read > 0 && !head.subarray(0, read).equals(SQLITE_HEADER.subarray(0, read))) {
    throw new DatabaseProblem(`the database ${path} is not an SQLite file (damaged, or another kind of file): restore a backup with npm run restore -- BACKUP, or point DATABASE_URL elsewhere`);
  }
}

/** A one-line explanation of an SQLite error met while opening or using `file`, or null when it is not one of those. */
export function explainSqliteError(err: unknown, file: string): string | null {
  const e = err as { code?: string; message?: string; cause?: unknown };
  const text = `${e?.code ?? ""} ${e?.message ?? ""} ${JSON.stringify((e as { meta?: unknown })?.meta ?? "")}`;
  if (/SQLITE_CORRUPT|SQLITE_NOTADB|malformed|file is not a database|External error/i.test(text)) {
    return `the database ${file} is damaged (SQLite: "database disk image is malformed"): stop the server and restore a backup with npm run restore -- BACKUP`;
  }
  if (/SQLITE_READONLY|readonly database|read-only/i.test(text)) return `the database ${file} is read-only: make the file and its folder writable, restore a writable copy with npm run restore -- BACKUP, ${SERVE_READ_ONLY}`;
  if (/SQLITE_BUSY|database is locked|SocketTimeout/i.test(text)) return `the database ${file} is locked by another process (a server or a script holds a write on it): wait, or stop that process`;
  if (/no such table/i.test(text)) return `the database ${file} has not been migrated: run npm run db:migrate (npm start does it first)`;
  // SQLite reads a database in WAL mode through its -shm file, which it must be able to make beside it: read-only too.
  if (/SQLITE_CANTOPEN|unable to open database/i.test(text)) return `the database ${file} cannot be opened: check that its folder exists and is writable (even read-only, SQLite makes ${file}-shm beside it)`;
  return null;
}
