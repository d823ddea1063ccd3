// One place that opens the SQLite file, for the read path and for Prisma alike.
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Sqlite = Database.Database;

/** `file:./data/x.db` or a bare path -> a path better-sqlite3 accepts. */
export function fileFromUrl(url: string): string {
  return url.startsWith("file:") ? url.slice("file:".length) : url;
}

/**
 * Every connection gets the same settings: WAL so readers never block the
 * writer, a busy timeout so a second writer waits instead of failing, and
 * foreign keys on (SQLite leaves them off by default).
 */
export function applyPragmas(db: Sqlite, synchronous: string) {
  // The mode is kept in the file; a read-only connection can read it but not set it.
  if (!db.readonly) db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  db.pragma(`synchronous = ${synchronous}`);
}

export function openSqlite(url: string, opts: { readonly?: boolean; synchronous?: string } = {}): Sqlite {
  const db = new Database(fileFromUrl(url), { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  applyPragmas(db, opts.synchronous ?? "NORMAL");
  return db;
}

/**
 * Drops SQLite's per-value samples (the sqlite_stat4 table ANALYZE fills) and
 * keeps its per-index statistics (sqlite_stat1). better-sqlite3 builds SQLite
 * with STAT4, and while samples exist, a statement whose plan could depend on
 * a bound value is parsed and planned again each time a value is bound to it,
 * that is on every run: a lookup of an event's participants took 20 µs with
 * samples and 10 µs without on the 100k bench data. The plans of the 42
 * statements the benchmark's requests run are the same with and without them,
 * at 100k and at 1M events. Reloads this connection's statistics; other
 * connections load them when they open. Returns whether there were any.
 */
export function dropValueSamples(db: Sqlite): boolean {
  if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat4'").get()) return false;
  if (!db.prepare("SELECT 1 FROM sqlite_stat4 LIMIT 1").get()) return false;
  db.exec("DELETE FROM sqlite_stat4; ANALYZE sqlite_schema");
  return true;
}

/**
 * Prisma's own connection (the one every write goes through). The adapter
 * opens one better-sqlite3 connection with a 5 s busy timeout; the pragmas
 * that are per connection (synchronous) are set by applyPrismaPragmas.
 */
export function openPrisma(url: string, opts: { readonly?: boolean } = {}): PrismaClient {
  const readonly = opts.readonly ? { readonly: true, fileMustExist: true } : {};
  const factory = new PrismaBetterSQLite3({ url, timeout: 5000, ...readonly });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => endsSafely(await start(...args));
    return adapter;
  };
  return new PrismaClient({ adapter: factory });
}

type Transaction = Awaited<ReturnType<Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>["startTransaction"]>>;

/**
 * The adapter lets one transaction run at a time, under a lock that Prisma
 * (6.19) releases only after a COMMIT or ROLLBACK statement that succeeded.
 * After an I/O error or a full disk SQLite has already rolled the transaction
 * back, so Prisma's ROLLBACK fails ("no transaction is active"), and a COMMIT
 * can fail too: the lock then stayed taken, and every later write waited for
 * ever (prisma/orm#29933, open). A ROLLBACK with nothing to roll back
 * succeeds here; a failed COMMIT rolls back and releases the lock before its
 * error goes on.
 */
function endsSafely(tx: Transaction): Transaction {
  const client = (tx as unknown as { client: Sqlite }).client;
  const executeRaw = tx.executeRaw.bind(tx);
  tx.executeRaw = async (query) => {
    const end = /^\s*(COMMIT|ROLLBACK)\b/i.exec(query.sql)?.[1]?.toUpperCase();
    if (!end) return executeRaw(query);
    try {
      return await executeRaw(query);
    } catch (err) {
      if (end === "ROLLBACK" && !client.inTransaction) return 0;
      if (client.inTransaction) {
        try {
          client.exec("ROLLBACK");
        } catch {}
      }
      await tx.rollback(); // releases the lock (and only that: see the adapter's BetterSQLite3Transaction)
      throw err;
    }
  };
  return tx;
}

/** The writer's connection gets the same settings as the reader's: without this its `synchronous` would be SQLite's default (FULL), whatever SQLITE_SYNCHRONOUS says. */
export async function applyPrismaPragmas(prisma: PrismaClient, synchronous: string) {
  if (!/^(OFF|NORMAL|FULL|EXTRA)$/.test(synchronous)) throw new Error(`synchronous must be OFF, NORMAL, FULL or EXTRA, not ${synchronous}`);
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  await prisma.$queryRawUnsafe(`PRAGMA synchronous = ${synchronous}`);
}
