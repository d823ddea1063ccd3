// Import jobs on PostgreSQL: the same API as on SQLite. A UCDP GED file
// imported as a job (Prefer: respond-async) commits its records, revisions and
// counts all at once, with the same revisions, in the same order, as the same
// file imported on SQLite; a second import of it changes nothing, one with
// changed rows updates them; a dry run leaves nothing; a job cut off (the app
// closed, or the server killed, while it runs) reads failed afterwards with
// nothing of it stored; a job another live server runs is left alone.
import t, { type Test } from "tap";
import pg from "pg";
import Database from "better-sqlite3";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { buildApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { CUT_OFF } from "../../src/imports/jobs.ts";
import { JOB_LOCK } from "../../src/imports/job-store.ts";
import { createKey } from "../../src/services/keys.ts";
import { copyDatabase } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";
import { runTs } from "../helpers/child.ts";
import { startServer } from "../helpers/server.ts";
import { jobUnderway } from "../helpers/import-job.ts";
import { EMPTY_TEMPLATE, TMP_DIR } from "../helpers/paths.ts";
import { freshPostgres, POSTGRES_UNAVAILABLE } from "../helpers/postgres.ts";
import { writeDatasetFile } from "../../bench/dataset-files.ts";

const ROWS = 1500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type App = Awaited<ReturnType<typeof buildApp>>;

/** A migrated, empty PostgreSQL database of the test's own. */
async function migratedPostgres(t: Test): Promise<string> {
  const url = await freshPostgres(t);
  const migrated = await runTs("scripts/migrate.ts", [], { DATABASE_URL: url });
  if (migrated.code !== 0) throw new Error(migrated.err);
  return url;
}

/** The app on a database URL (PostgreSQL here, or an SQLite file), as build() makes it. */
async function buildPg(t: Test, url: string, config: Record<string, unknown> = {}): Promise<App> {
  const app = await buildApp(loadConfig({}, { DATABASE_URL: url, LOG_LEVEL: "silent", MAX_EVENT_LOOP_DELAY_MS: 0, RATE_LIMIT_ENABLED: false, ...config }));
  let closed = false;
  const close = app.close.bind(app);
  app.close = (async () => {
    if (!closed) await close();
    closed = true;
  }) as typeof app.close;
  t.teardown(() => app.close());
  return app;
}

async function query(url: string, sql: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** GETs the job until it has ended; returns every state seen and the last answer. */
async function follow(app: App, location: string, auth: Record<string, string>) {
  const seen: string[] = [];
  for (;;) {
    const res = await app.inject({ method: "GET", url: location, headers: auth });
    if (res.statusCode !== 200) throw new Error(`GET ${location}: ${res.statusCode} ${res.body}`);
    const job = res.json();
    if (seen.at(-1) !== job.state) seen.push(job.state);
    if (!["queued", "running"].includes(job.state)) return { seen, job };
    await sleep(50);
  }
}

const post = (app: App, auth: Record<string, string>, csv: string, query = "") =>
  app.inject({ method: "POST", url: `/v1/imports?format=ucdp-ged${query}`, headers: { ...auth, "content-type": "text/csv", prefer: "respond-async" }, payload: csv });

const total = async (app: App, path: string) => (await app.inject({ method: "GET", url: `${path}?limit=1` })).json().page.total as number;

const FILE = `${TMP_DIR}pg-jobs-${randomUUID()}.csv`;
t.teardown(() => rmSync(FILE, { force: true }));

t.test("a job on PostgreSQL commits what the same job commits on SQLite", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  await writeDatasetFile("ucdp-ged", ROWS, FILE);
  const csv = readFileSync(FILE, "utf8");
  const url = await migratedPostgres(t);
  const app = await buildPg(t, url);
  const auth = await bearer(app, "importer", ["read", "write", "admin"]);

  const res = await post(app, auth, csv);
  t.equal(res.statusCode, 202, res.body);
  const { seen, job } = await follow(app, String(res.headers.location), auth);
  t.equal(job.state, "committed", JSON.stringify(job.error));
  t.same(seen.filter((s) => s !== "queued" && s !== "running"), ["committed"]);
  t.match(job.report, { format: "ucdp-ged", dry_run: false, rows: ROWS, missing: { scheme: "ucdp-ged", count: 0 } });
  const imported = job.report.imported as number;
  t.ok(imported > ROWS * 0.9, `${imported} of ${ROWS} rows imported`);
  t.equal(job.report.counts.events.created, imported);
  t.equal(await total(app, "/v1/events"), imported, "page.total counts the job's events");
  for (const c of ["actors", "places", "sources", "claims"]) t.equal(await total(app, `/v1/${c}`), job.report.counts[c].created, `page.total of ${c}`);
  t.same(readdirSync(app.importJobs.dir), [], "the spooled upload was removed");

  // The change feed: one revision per record, with seqs 1..n, none missing.
  const created = Object.values(job.report.counts as Record<string, { created: number }>).reduce((n, c) => n + c.created, 0);
  const [{ n, low, high }] = await query(url, "SELECT count(*)::int AS n, min(seq) AS low, max(seq) AS high FROM revisions");
  t.same({ n, low, high }, { n: created, low: 1, high: created }, "a revision per record, seqs without a gap");
  const changes = (await app.inject({ method: "GET", url: "/v1/changes?limit=5", headers: auth })).json();
  t.equal(changes.data.length, 5, "the change feed serves them");

  // The same file on SQLite: the same report and the same revisions, in the same order.
  // SQLite whatever engine build() gives (TEST_ENGINE).
  const liteFile = copyDatabase(t, EMPTY_TEMPLATE);
  const lite = await buildPg(t, `file:${liteFile}`);
  const liteAuth = await bearer(lite, "importer");
  const liteJob = (await follow(lite, String((await post(lite, liteAuth, csv)).headers.location), liteAuth)).job;
  t.same(job.report, liteJob.report, "the same report as on SQLite");
  const cols = "collection, entity_id, version, action, author, changes, snapshot";
  const pgRevisions = await query(url, `SELECT ${cols} FROM revisions ORDER BY seq`);
  const liteDb = new Database(liteFile, { readonly: true });
  const liteRevisions = liteDb.prepare(`SELECT ${cols} FROM revisions ORDER BY seq`).all();
  liteDb.close();
  t.equal(pgRevisions.length, liteRevisions.length);
  t.same(pgRevisions.find((r, i) => JSON.stringify(r) !== JSON.stringify(liteRevisions[i])) ?? null, null, "the same revisions, in the same order");
  const served = async (a: App) => (await a.inject({ method: "GET", url: "/v1/events?limit=3" })).json().data.map(({ created_at: _c, updated_at: _u, ...e }: Record<string, unknown>) => e);
  t.same(await served(app), await served(lite), "the same events served (but for when they were written)");

  // The same file again: nothing changes.
  const again = (await follow(app, String((await post(app, auth, csv)).headers.location), auth)).job;
  t.equal(again.state, "committed");
  t.ok(Object.values(again.report.counts as Record<string, { created: number; updated: number }>).every((c) => c.created === 0 && c.updated === 0), "a second import changes nothing");
  t.equal(again.report.counts.events.unchanged, imported);

  // Some rows changed: those events are updated (an UPDATE ... FROM VALUES), with a revision of version 2 each.
  const lines = csv.split("\n");
  const header = lines[0].split(",");
  const best = header.indexOf("best");
  const changedLines = lines.map((l, i) => {
    if (i === 0 || i > 20 || !l) return l;
    const f = l.split(",");
    f[best] = String(Number(f[best]) + 1);
    return f.join(",");
  });
  t.not(best, -1, "the file has a best column");
  const third = (await follow(app, String((await post(app, auth, changedLines.join("\n"))).headers.location), auth)).job;
  t.equal(third.state, "committed", JSON.stringify(third.error));
  t.ok(third.report.counts.claims.updated + third.report.counts.events.updated > 0, `rows changed: ${JSON.stringify(third.report.counts)}`);
  const [v2] = await query(url, "SELECT count(*)::int AS n FROM revisions WHERE version = 2");
  t.equal(v2.n, third.report.counts.claims.updated + third.report.counts.events.updated + third.report.counts.actors.updated + third.report.counts.places.updated + third.report.counts.sources.updated, "a version-2 revision per updated record");
  const [{ gaps }] = await query(url, "SELECT (max(seq) - min(seq) + 1 - count(*))::int AS gaps FROM revisions");
  t.equal(gaps, 0, "still no gap in the change feed");
  t.equal(await total(app, "/v1/events"), imported, "no event added by the updates");
});

t.test("a dry-run job on PostgreSQL writes nothing", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  await writeDatasetFile("ucdp-ged", 200, FILE);
  const url = await migratedPostgres(t);
  const app = await buildPg(t, url);
  const auth = await bearer(app, "importer");
  const res = await post(app, auth, readFileSync(FILE, "utf8"), "&dry_run=true");
  t.equal(res.statusCode, 202, res.body);
  const { job } = await follow(app, String(res.headers.location), auth);
  t.match(job, { state: "checked", dry_run: true, report: { dry_run: true, rows: 200 } });
  t.ok(job.report.counts.events.created > 0, "the report says what it would have made");
  t.equal(await total(app, "/v1/events"), 0, "no event stored");
  const [{ n }] = await query(url, "SELECT count(*)::int AS n FROM revisions");
  t.equal(n, 0, "no revision");
  const [{ c }] = await query(url, "SELECT n AS c FROM record_counts WHERE collection = 'events'");
  t.equal(c, 0, "the stored count is untouched");
});

t.test("a job on PostgreSQL cut off by the app's close reads failed, with nothing stored", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  await writeDatasetFile("ucdp-ged", 20_000, FILE);
  const url = await migratedPostgres(t);
  const app = await buildPg(t, url);
  const auth = await bearer(app, "importer");
  const res = await post(app, auth, readFileSync(FILE, "utf8"));
  t.equal(res.statusCode, 202);
  const location = String(res.headers.location);
  let job = { state: "queued", rows_read: 0 };
  while (!(job.state === "running" && job.rows_read > 0) && ["queued", "running"].includes(job.state)) {
    job = (await app.inject({ method: "GET", url: location, headers: auth })).json();
    await sleep(20);
  }
  t.equal(job.state, "running", `closed while running (${job.rows_read} rows read)`);
  const write = await app.inject({ method: "POST", url: "/v1/places", headers: { ...auth, "content-type": "application/json" }, payload: { name: "Testville", kind: "city", geo_precision: "locality" } });
  t.equal(write.statusCode, 503, "other writes wait for the job");
  t.ok(Number(write.headers["retry-after"]) >= 1, "with a Retry-After");
  await app.close();

  const again = await buildPg(t, url);
  const after = (await again.inject({ method: "GET", url: location, headers: auth })).json();
  t.match(after, { state: "failed", error: CUT_OFF, report: null });
  t.equal(await total(again, "/v1/events"), 0, "none of its events is stored");
  const [{ n }] = await query(url, "SELECT count(*)::int AS n FROM revisions");
  t.equal(n, 0, "nor any revision");
  const placed = await again.inject({ method: "POST", url: "/v1/places", headers: { ...auth, "content-type": "application/json" }, payload: { name: "Testville", kind: "city", geo_precision: "locality" } });
  t.equal(placed.statusCode, 201, "writes are open again");
});

t.test("a PostgreSQL server killed while its job runs: the job reads failed after the restart", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  await writeDatasetFile("ucdp-ged", 30_000, FILE);
  const url = await migratedPostgres(t);
  const keys = await buildPg(t, url);
  const { token } = await createKey(keys.prisma, "importer", ["read", "write"]);
  await keys.close();
  const headers = { authorization: `Bearer ${token}` };
  const spool = `${TMP_DIR}spool-${randomUUID()}`;
  t.teardown(() => rmSync(spool, { recursive: true, force: true }));
  const env = { DATABASE_URL: url, IMPORT_SPOOL_DIR: spool };

  const server = await startServer(t, "unused", env);
  const { status, location, job } = await jobUnderway(server.base, FILE, "ucdp-ged", headers, 1200);
  t.equal(status, 202);
  if (job.state !== "running") return void t.fail(`the job was to be killed while running, but it is ${job.state}\n${server.output()}`);
  await server.kill();

  const again = await startServer(t, "unused", env);
  const after = await (await fetch(`${again.base}${location}`, { headers })).json();
  t.match(after, { state: "failed", error: CUT_OFF, report: null }, "the job reads failed, cut off");
  t.equal((await (await fetch(`${again.base}/v1/events?limit=1`)).json()).page.total, 0, "none of its events is stored");
  t.same((await (await fetch(`${again.base}/v1/changes?limit=1`, { headers })).json()).data ?? [], [], "nor in the change feed");
  t.same(readdirSync(spool), [], "its spooled upload is gone");
  await again.stop();
});

t.test("at start, a job another live server runs is left running", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const url = await migratedPostgres(t);
  const now = new Date().toISOString();
  await query(url, "INSERT INTO import_jobs (id, format, dry_run, author, state, bytes_total, created_at) VALUES ('imp_live', 'ucdp-ged', false, 'a', 'running', 1, $1), ('imp_dead', 'ucdp-ged', false, 'a', 'running', 1, $1)", [now]);
  // The live job's worker holds its lock on its own connection.
  const worker = new pg.Client({ connectionString: url });
  await worker.connect();
  await worker.query("SELECT pg_advisory_lock($1, hashtext($2))", [JOB_LOCK, "imp_live"]);
  const app = await buildPg(t, url);
  const states = Object.fromEntries((await query(url, "SELECT id, state FROM import_jobs")).map((r) => [r.id, r.state]));
  t.same(states, { imp_live: "running", imp_dead: "failed" });
  await app.close();
  await worker.end();
});
