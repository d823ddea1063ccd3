// Import jobs over HTTP: POST /v1/imports with `Prefer: respond-async` (or a
// file above IMPORT_ASYNC_ABOVE_BYTES) answers 202 with a Location, the job
// runs in a worker thread, and GET /v1/imports/{id} follows it to its end.
import t from "tap";
import { readFileSync, readdirSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { build, getJson } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";
import { fixture } from "../helpers/store.ts";
import { assertProblem } from "../helpers/problem.ts";
import { TMP_DIR } from "../helpers/paths.ts";
import { FIRST_UCDP_ID, writeDatasetFile } from "../../bench/dataset-files.ts";

const ROWS = 3000;
const FILE = `${TMP_DIR}jobs-${randomUUID()}.csv`;
await writeDatasetFile("ucdp-ged", ROWS, FILE);
t.teardown(() => import("node:fs").then((fs) => fs.rmSync(FILE, { force: true })));
const UCDP = readFileSync(FILE, "utf8");

type App = Awaited<ReturnType<typeof build>>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** GETs the job until it has ended; returns every state seen on the way and the last answer. */
async function follow(app: App, location: string, auth: Record<string, string>) {
  const seen: string[] = [];
  for (;;) {
    const { status, body } = await getJson(app, location, auth);
    if (status !== 200) throw new Error(`GET ${location}: ${status}`);
    if (seen.at(-1) !== body.state) seen.push(body.state);
    if (!["queued", "running"].includes(body.state)) return { seen, job: body };
    await sleep(100);
  }
}

t.test("a file of a few thousand rows, imported as a job and followed to committed", async (t) => {
  const app = await build(t, { empty: true });
  const auth = await bearer(app, "importer");
  const before = (await getJson(app, "/v1/events?limit=1")).body.page.total;
  const res = await app.inject({ method: "POST", url: "/v1/imports?format=ucdp-ged", headers: { ...auth, "content-type": "text/csv", prefer: "respond-async" }, payload: UCDP });
  t.equal(res.statusCode, 202, res.body);
  const location = res.headers.location as string;
  t.match(location, /^\/v1\/imports\/imp_[0-9a-f]{20}$/, "Location names the job");
  const accepted = JSON.parse(res.body);
  t.match(accepted, { format: "ucdp-ged", dry_run: false, author: "importer", bytes_total: Buffer.byteLength(UCDP) });
  t.ok(["queued", "running"].includes(accepted.state), `the job has not ended when it is accepted (${accepted.state})`);

  // While it runs: reads are answered, and other writes are refused at once with Retry-After.
  const read = await getJson(app, "/v1/events?limit=1");
  t.equal(read.status, 200, "a read is answered during the job");
  const write = await app.inject({ method: "POST", url: "/v1/places", headers: { ...auth, "content-type": "application/json" }, payload: { name: "Testville", kind: "city", geo_precision: "locality" } });
  const problem = assertProblem(t, write, 503, "import_running");
  t.match(problem.detail, accepted.id, "the 503 names the job");
  t.ok(Number(write.headers["retry-after"]) >= 1, "with Retry-After");
  const second = await app.inject({ method: "POST", url: "/v1/imports?format=ucdp-ged", headers: { ...auth, "content-type": "text/csv", prefer: "respond-async" }, payload: UCDP });
  assertProblem(t, second, 503, "import_running");

  const { seen, job } = await follow(app, location, auth);
  t.equal(seen.at(-1), "committed", `the job ends committed (states seen: ${seen.join(" -> ")})`);
  t.match(job, { rows_read: ROWS, bytes_read: Buffer.byteLength(UCDP), error: null });
  t.ok(job.started_at && job.finished_at, "started and finished are stamped");
  t.match(job.report, { format: "ucdp-ged", dry_run: false, rows: ROWS, imported: ROWS, rejected: [], skipped: [], counts: { events: { created: ROWS, updated: 0, unchanged: 0 } }, missing: { scheme: "ucdp-ged", count: 0 } });
  t.ok(job.report.counts.claims.created >= ROWS, "every row's claims were created");
  t.equal((await getJson(app, "/v1/events?limit=1")).body.page.total, before + ROWS, "every event is in the store");
  const one = await getJson(app, `/v1/events/evt_ucdp-ged-${FIRST_UCDP_ID + 17}?include=claims`);
  t.equal(one.status, 200, "an imported event reads back");
  t.ok(one.body.claims.length >= 1, "with its claims");
  const search = await getJson(app, `/v1/events?q=${encodeURIComponent('"Place"')}&limit=1`);
  t.ok(search.body.page.total > 0, "imported events are in the full-text index");
  const revisions = await getJson(app, `/v1/events/evt_ucdp-ged-${FIRST_UCDP_ID + 17}/revisions`);
  t.match(revisions.body.data?.[0] ?? revisions.body[0], { author: "importer" }, "the revisions name the key");

  // Writes are open again, and the spooled upload is gone.
  const after = await app.inject({ method: "POST", url: "/v1/places", headers: { ...auth, "content-type": "application/json" }, payload: { name: "Testville", kind: "city", geo_precision: "locality" } });
  t.equal(after.statusCode, 201, after.body);
  await app.importJobs.idle();
  t.same(readdirSync(app.importJobs.dir), [], "the spooled upload was removed");

  const list = await getJson(app, "/v1/imports", auth);
  t.equal(list.status, 200);
  t.match(list.body, { data: [{ id: accepted.id, state: "committed", report: null }], page: { total: 1 } }, "the job is listed, without its report");

  // The same file again, above the size threshold instead of with Prefer: nothing changes.
  const again = await app.inject({ method: "POST", url: "/v1/imports?format=ucdp-ged", headers: { ...auth, "content-type": "text/csv" }, payload: UCDP });
  t.equal(again.statusCode, 202, "a file above IMPORT_ASYNC_ABOVE_BYTES is always a job");
  const second_ = (await follow(app, again.headers.location as string, auth)).job;
  t.equal(second_.state, "committed");
  t.ok(Object.values(second_.report.counts as Record<string, { created: number; updated: number }>).every((c) => c.created === 0 && c.updated === 0), "the second import changes nothing");
  t.equal(second_.report.counts.events.unchanged, ROWS);
});

t.test("a dry run job counts and writes nothing; an unreadable file fails and writes nothing", async (t) => {
  const app = await build(t, { empty: true, config: { IMPORT_ASYNC_ABOVE_BYTES: 100 } });
  const auth = await bearer(app, "importer");
  const acled = fixture("acled/acled-format.sample.csv");
  const dry = await app.inject({ method: "POST", url: "/v1/imports?format=acled&dry_run=true", headers: { ...auth, "content-type": "text/csv" }, payload: acled });
  t.equal(dry.statusCode, 202, "above the threshold (100 bytes here), a job");
  const { job } = await follow(app, dry.headers.location as string, auth);
  t.match(job, { state: "checked", dry_run: true, report: { dry_run: true, rows: 6, imported: 5, counts: { events: { created: 5 } } } });
  t.equal((await getJson(app, "/v1/events?limit=1")).body.page.total, 0, "nothing was written");

  const bad = await app.inject({ method: "POST", url: "/v1/imports?format=ucdp-ged", headers: { ...auth, "content-type": "text/csv" }, payload: "id,year\n" + "1,2020\n".repeat(50) });
  t.equal(bad.statusCode, 202);
  const failed = (await follow(app, bad.headers.location as string, auth)).job;
  t.match(failed, { state: "failed", report: null, error: /not imported as ucdp-ged; nothing was written: line 1: the header lacks the columns/ });

  // A small file without Prefer is still answered at once, as before.
  const small = await build(t, { empty: true });
  const smallAuth = await bearer(small, "importer");
  const sync = await small.inject({ method: "POST", url: "/v1/imports?format=acled", headers: { ...smallAuth, "content-type": "text/csv" }, payload: acled });
  t.equal(sync.statusCode, 200, "a small file is imported synchronously");
  t.match(JSON.parse(sync.body), { rows: 6, imported: 5 });

  assertProblem(t, await app.inject({ method: "GET", url: "/v1/imports/imp_nope", headers: auth }), 404);
  assertProblem(t, await app.inject({ method: "GET", url: "/v1/imports/imp_nope" }), 401);
  assertProblem(t, await app.inject({ method: "GET", url: "/v1/imports?limit=0", headers: auth }), 400);
});
