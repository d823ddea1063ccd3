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
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  db.pragma(`synchronous = ${synchronous}`);
}

export function openSqlite(url: string, opts: { readonly?: boolean; synchronous?: string } = {}): Sqlite {
  const db = new Database(fileFromUrl(url), { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  applyPragmas(db, opts.synchronous ?? "NORMAL");
  return db;
}

export function openPrisma(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url}) });
}
