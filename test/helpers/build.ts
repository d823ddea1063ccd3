// build(t): a fresh app on its own copy of the template database, closed and
// deleted when the test ends.
import { copyFileSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import type { Test } from "tap";
import { buildApp } from "../../src/app.ts";
import { loadConfig, type Config } from "../../src/config.ts";
import Database from "better-sqlite3";
import type { SqliteReader } from "../../src/db/sqlite-reader.ts";
import type { PgReader } from "../../src/db/pg-reader.ts";
import { EMPTY_TEMPLATE, TEMPLATE, TMP_DIR } from "./paths.ts";
import { copyPostgres } from "./postgres.ts";

export function copyDatabase(t: Test, template = TEMPLATE): string {
  const file = `${TMP_DIR}${randomUUID()}.db`;
  copyFileSync(template, file);
  t.teardown(() => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  });
  return file;
}

/**
 * The engine build() gives tests: SQLite, or with TEST_ENGINE=postgres a
 * copy of the PostgreSQL template (npm test runs the engine-neutral files
 * again so; see scripts/test.mjs).
 */
export const TEST_ENGINE: "sqlite" | "postgres" = process.env.TEST_ENGINE === "postgres" ? "postgres" : "sqlite";

/**
 * A test's options that skip it on PostgreSQL, saying why: for a test of
 * what SQLite alone does (its query plans, its file), which the run on
 * PostgreSQL counts as skipped, not passed.
 */
export const sqliteOnly = (why: string) => ({ skip: TEST_ENGINE === "postgres" ? `SQLite only: ${why}` : false });

/** A database for one test, of the engine under test: a copy of the seeded template (or the empty one). */
export async function testDatabaseUrl(t: Test, opts: { empty?: boolean } = {}): Promise<string> {
  if (TEST_ENGINE === "postgres") return copyPostgres(t, opts);
  return `file:${copyDatabase(t, opts.empty ? EMPTY_TEMPLATE : TEMPLATE)}`;
}

export async function build(t: Test, opts: { empty?: boolean; config?: Partial<Config> } = {}) {
  const url = await testDatabaseUrl(t, opts);
  // Load shedding is off unless a test turns it on: on a shared, busy machine the
  // test process can be descheduled for over a second, which would read as overload.
  const config = loadConfig({}, { DATABASE_URL: url, LOG_LEVEL: "silent", MAX_EVENT_LOOP_DELAY_MS: 0, RATE_LIMIT_ENABLED: false, ...opts.config });
  const app = await buildApp(config);
  t.teardown(() => app.close());
  return app;
}

/** GET a path and parse the JSON body. */
export async function getJson(app: Awaited<ReturnType<typeof build>>, url: string, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: "GET", url, headers });
  return { res, status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined };
}

/** The SQLite connection behind an app's read path, for tests that watch or query it directly. */
export function readerDb(app: Awaited<ReturnType<typeof build>>) {
  return (app.reader as SqliteReader).db;
}

/** SQL run straight on an app's database, of either engine, bypassing the API: for tests that set up or inspect rows. */
export type RawSql = {
  all<T = Record<string, unknown>>(text: string, ...params: unknown[]): Promise<T[]>;
  get<T = Record<string, unknown>>(text: string, ...params: unknown[]): Promise<T | undefined>;
  run(text: string, ...params: unknown[]): Promise<void>;
};

/**
 * A connection of its own to `app`'s database (SQLite's file, or PostgreSQL's
 * pool), closed at the end of `t`. Placeholders are `?`, on both engines.
 */
export function sqlOf(t: Test, app: Awaited<ReturnType<typeof build>>): RawSql {
  if (app.reader.engine === "postgres") {
    const pool = (app.reader as PgReader).pool;
    const numbered = (text: string) => {
      let i = 0;
      return text.replace(/\?/g, () => `$${++i}`);
    };
    const all = async <T>(text: string, ...params: unknown[]) => (await pool.query(numbered(text), params)).rows as T[];
    return { all, get: async <T>(text: string, ...params: unknown[]) => (await all<T>(text, ...params))[0], run: async (text, ...params) => void (await all(text, ...params)) };
  }
  const db = new Database((app.reader as SqliteReader).db.name);
  t.teardown(() => db.close());
  return {
    all: async (text, ...params) => db.prepare(text).all(...params) as never[],
    get: async (text, ...params) => db.prepare(text).get(...params) as never,
    run: async (text, ...params) => void db.prepare(text).run(...params),
  };
}
