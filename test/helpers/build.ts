// build(t): a fresh app on its own copy of the template database, closed and
// deleted when the test ends.
import { copyFileSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import type { Test } from "tap";
import { buildApp } from "../../src/app.ts";
import { loadConfig, type Config } from "../../src/config.ts";
import type { SqliteReader } from "../../src/db/sqlite-reader.ts";
import { EMPTY_TEMPLATE, TEMPLATE, TMP_DIR } from "./paths.ts";

export function copyDatabase(t: Test, template = TEMPLATE): string {
  const file = `${TMP_DIR}${randomUUID()}.db`;
  copyFileSync(template, file);
  t.teardown(() => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  });
  return file;
}

export async function build(t: Test, opts: { empty?: boolean; config?: Partial<Config> } = {}) {
  const file = copyDatabase(t, opts.empty ? EMPTY_TEMPLATE : TEMPLATE);
  // Load shedding is off unless a test turns it on: on a shared, busy machine the
  // test process can be descheduled for over a second, which would read as overload.
  const config = loadConfig({}, { DATABASE_URL: `file:${file}`, LOG_LEVEL: "silent", MAX_EVENT_LOOP_DELAY_MS: 0, RATE_LIMIT_ENABLED: false, ...opts.config });
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
