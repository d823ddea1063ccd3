// The planner's value samples (sqlite_stat4) make SQLite plan a statement again
// on every run (see dropValueSamples in src/db/sqlite.ts): the server drops
// them from a file when it opens it and after its own ANALYZE at close, and
// keeps the per-index statistics (sqlite_stat1) that plans are chosen from.
import t from "tap";
import Database from "better-sqlite3";
import { buildApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { copyDatabase } from "../helpers/build.ts";

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
};

t.test("a file analyzed elsewhere is served without value samples, and its statistics are kept", async (t) => {
  const file = copyDatabase(t);
  const db = new Database(file);
  db.exec("ANALYZE");
  db.close();
  t.ok(count(file, "sqlite_stat4") > 0, "ANALYZE sampled values (better-sqlite3 builds SQLite with STAT4)");
  const stat1 = count(file, "sqlite_stat1");
  t.ok(stat1 > 0);

  // A CURSOR_SECRET of its own, so the server writes no secret into the file: a
  // first row in the settings table would have its statistics added at close.
  const app = await buildApp(loadConfig({}, { DATABASE_URL: `file:${file}`, LOG_LEVEL: "silent", MAX_EVENT_LOOP_DELAY_MS: 0, RATE_LIMIT_ENABLED: false, CURSOR_SECRET: "value-samples-test-secret" }));
  t.equal(count(file, "sqlite_stat4"), 0, "the server dropped the samples when it opened the file");
  t.equal(count(file, "sqlite_stat1"), stat1, "and kept the per-index statistics");
  const res = await app.inject("/v1/events?from=2024-10-01&type=troop_deployment&limit=2");
  t.equal(res.statusCode, 200);

  // Samples written while the server runs (another process's ANALYZE) are gone after it closes:
  // its own ANALYZE at close (PRAGMA optimize) is followed by the same drop.
  const other = new Database(file);
  other.exec("ANALYZE");
  other.close();
  t.ok(count(file, "sqlite_stat4") > 0);
  await app.close();
  t.equal(count(file, "sqlite_stat4"), 0, "none are left when the server closes");
  t.equal(count(file, "sqlite_stat1"), stat1);
});
