// What an SQLite error met during a request says about the database itself:
// a file that became read-only, damaged or full, an I/O failure, a lock held
// too long. These are the operator's to fix, not the client's, so they become
// a 503 that names the condition, not a 500.
//
// Where the codes are (checked with Prisma 6.19.3 and better-sqlite3 11.10):
// the read path's better-sqlite3 throws a SqliteError whose `code` is SQLite's
// extended code (SQLITE_CORRUPT, SQLITE_IOERR_WRITE...). Prisma's adapter maps
// only a few codes to its own kinds and rethrows the rest, which Prisma Client
// wraps in a PrismaClientKnownRequestError whose `code` is that same SQLite
// code; inside an interactive transaction the SqliteError itself can come
// through. SQLITE_BUSY after the busy timeout becomes Prisma's P1008 (P2010 from
// raw SQL), with the SQLite code in `meta.driverAdapterError.cause.originalCode`.
import { Problem, type ProblemCode } from "../domain/problems.ts";

export type DatabaseCondition = "read_only" | "damaged" | "full" | "busy" | "unavailable";

/**
 * The codes an error carries, on itself or on what it wraps (its cause,
 * Prisma's `meta.driverAdapterError`, the driver error's `originalCode`),
 * that `kind` accepts.
 */
function codesIn(err: unknown, kind: (code: string) => boolean): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== "object" || seen.has(e) || depth > 6) return;
    seen.add(e);
    const o = e as Record<string, unknown>;
    for (const c of [o.code, o.originalCode]) if (typeof c === "string" && kind(c)) codes.push(c);
    for (const next of [o.cause, o.meta, o.driverAdapterError]) visit(next, depth + 1);
  };
  visit(err, 0);
  return codes;
}

/** The SQLite result codes an error carries. */
export const sqliteCodes = (err: unknown) => codesIn(err, (c) => c.startsWith("SQLITE_"));

/** PostgreSQL's SQLSTATE codes (and the driver's network errors, ECONNREFUSED...) an error carries. */
export const postgresCodes = (err: unknown) => codesIn(err, (c) => /^[0-9A-Z]{5}$/.test(c) || /^E[A-Z]+$/.test(c));

/** The condition a PostgreSQL SQLSTATE (or network error) shows. */
function postgresCondition(code: string): DatabaseCondition | null {
  if (code === "25006") return "read_only"; // read_only_sql_transaction
  if (code === "53100") return "full"; // disk_full
  if (code === "53300" || code === "53400" || code === "55P03" || code === "57014") return "busy"; // too many connections, a limit, a lock or statement timeout
  if (code === "XX001" || code === "XX002") return "damaged"; // data_corrupted, index_corrupted
  // connection exceptions, a server shutting down or starting, a database dropped or closed to connections (55000), the network
  if (code === "55000" || code === "P1001" || code === "P1017" || /^08/.test(code) || /^57P0[1-4]$/.test(code) || code === "3D000" || /^E(CONNREFUSED|CONNRESET|PIPE|TIMEDOUT|HOSTUNREACH|NOTFOUND|AI_AGAIN)$/.test(code)) return "unavailable";
  return null;
}

/** The condition of the database an error shows, or null when it is not about the database itself. */
export function databaseCondition(err: unknown): DatabaseCondition | null {
  for (const code of postgresCodes(err)) {
    const condition = postgresCondition(code);
    if (condition) return condition;
  }
  for (const code of sqliteCodes(err)) {
    if (code.startsWith("SQLITE_READONLY")) return "read_only";
    if (code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB") return "damaged";
    if (code === "SQLITE_FULL") return "full";
    if (code.startsWith("SQLITE_BUSY")) return "busy";
    if (code.startsWith("SQLITE_IOERR") || code.startsWith("SQLITE_CANTOPEN")) return "unavailable";
  }
  return null;
}

/**
 * Each condition's problem: what happened, and what the operator should do.
 * `retryAfter` (seconds) only where a retry can succeed without anyone's help
 * (a lock is released) or is likely to soon after (space is freed).
 */
const CONDITIONS: Record<DatabaseCondition, { code: ProblemCode; detail: string; retryAfter?: number }> = {
  read_only: {
    code: "database_read_only",
    detail: "The database cannot be written: its file or folder became read-only. The operator should make the database file and its folder writable again, or restart the server with READ_ONLY=true to serve reads only.",
  },
  damaged: {
    code: "database_damaged",
    detail: "The database file is damaged. The operator should stop the server and restore the last backup (npm run restore -- BACKUP).",
  },
  full: {
    code: "database_full",
    detail: "The disk that holds the database is full. The operator should free disk space; retry after that.",
    retryAfter: 60,
  },
  busy: {
    code: "database_busy",
    detail: "The database stayed locked by another process (a script, or another server writing to the same file) for longer than the server waits. Retry in a moment.",
    retryAfter: 5,
  },
  unavailable: {
    code: "database_unavailable",
    detail: "The database could not be reached, read or written: on SQLite an input/output error (a full or failing disk, a file system that became read-only, a file removed), on PostgreSQL a server that is down, restarting or unreachable, or a database that was dropped. The operator should check the disk and the file, or the PostgreSQL server (the server's log names the database).",
    retryAfter: 30,
  },
};

/** Said with every condition: the client's question is whether its write went in. */
const WRITES = "Each write is one transaction, stored whole or not at all: read the record again to see whether yours was.";

/** The 503 problem (and its Retry-After, if any) for an error that shows a condition of the database, or null for any other error. */
export function databaseProblem(err: unknown): { condition: DatabaseCondition; problem: Problem; retryAfter?: number } | null {
  const condition = databaseCondition(err);
  if (!condition) return null;
  const { code, detail, retryAfter } = CONDITIONS[condition];
  return { condition, problem: new Problem(503, code, `${detail} ${WRITES}`), retryAfter };
}
