// POST /v1/imports with a dataset's own file as the body.
import t from "tap";
import { build, getJson } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";
import { fixture } from "../helpers/store.ts";
import { assertProblem } from "../helpers/problem.ts";
import { parseDelimited } from "../../src/formats/csv.ts";

/** The header and the first n records of a CSV file, cut at the line the next record starts on. */
function firstRecords(csv: string, n: number) {
  const next = parseDelimited(csv)[n + 1];
  return csv.split("\n").slice(0, next.line - 1).join("\n") + "\n";
}

const UCDP = firstRecords(fixture("ucdp-ged/GEDEvent_v26_0_5.russia-ukraine.csv"), 20); // line 19 holds a row with high < best
const ACLED = fixture("acled/acled-format.sample.csv");
const GDELT = fixture("gdelt-v2-events/20260703064500.export.korea.CSV").split("\n").slice(0, 6).join("\n") + "\n"; // six rows
const PLOVER = JSON.stringify(JSON.parse(fixture("plover/PLOVER_GSR_CAMEO.sample.json")).slice(0, 4), null, 2);
const UCDP_JSON = fixture("ucdp-ged/gedevents_api_israel_2002.json");

t.test("every dataset format goes in through HTTP, with the report of the command line", async (t) => {
  const app = await build(t, { empty: true });
  const auth = await bearer(app, "importer");
  const post = (format: string, type: string, payload: string, query = "") =>
    app.inject({ method: "POST", url: `/v1/imports?format=${format}${query}`, headers: { ...auth, "content-type": type }, payload });

  const ucdp = await post("ucdp-ged", "text/csv", UCDP);
  t.equal(ucdp.statusCode, 200, ucdp.body);
  const report = JSON.parse(ucdp.body);
  t.match(report, { format: "ucdp-ged", dry_run: false, rows: 20, imported: 19, counts: { events: { created: 19, updated: 0, unchanged: 0 } }, missing: { scheme: "ucdp-ged", count: 0 } });
  t.same(report.rejected.map((r: { line: number; external_id: string }) => [r.line, r.external_id]), [[19, "632018"]], "the bad row is named by its line");
  t.match(report.rejected[0].reason, /must not exceed high/);
  const event = (await getJson(app, "/v1/events/evt_ucdp-ged-631811")).body;
  t.match(event, { type: "battle", start_date: "2026-05-01", place: { name: "Arkhangel’skoye village" } });
  const feed = (await getJson(app, "/v1/changes?collections=events&limit=1000")).body.data;
  t.ok(feed.some((c: { id: string; author: string }) => c.id === "evt_ucdp-ged-631811" && c.author === "importer"), "revisions name the key");

  const again = JSON.parse((await post("ucdp-ged", "text/csv", UCDP)).body);
  t.match(again.counts.events, { created: 0, updated: 0, unchanged: 19 }, "a second import changes nothing");

  const acled = await post("acled", "text/csv", ACLED);
  t.equal(acled.statusCode, 200, acled.body);
  t.match(JSON.parse(acled.body), { format: "acled", rows: 6, imported: 5, rejected: [{ line: 8, external_id: "TST0006", reason: /not an ACLED event type/ }], counts: { events: { created: 5 } } });
  t.equal((await getJson(app, "/v1/events?q=Testivka")).body.data.length, 1, "ACLED's TST0001 is found");

  const gdelt = await post("gdelt", "text/tab-separated-values", GDELT);
  t.equal(gdelt.statusCode, 200, gdelt.body);
  t.match(JSON.parse(gdelt.body), { format: "gdelt", rows: 6, imported: 6, counts: { events: { created: 6 } } }, "GDELT has no header: six lines, six rows");
  const gdeltPlain = await post("gdelt", "text/plain", GDELT);
  t.match(JSON.parse(gdeltPlain.body).counts.events, { created: 0, updated: 0 }, "text/plain reads the same");

  const plover = await post("plover", "application/json", PLOVER);
  t.equal(plover.statusCode, 200, plover.body);
  const pr = JSON.parse(plover.body);
  t.match(pr, { format: "plover", rows: 4, imported: 3 });
  t.same(pr.skipped.map((s: { line: number }) => s.line), [2], "the DOCUMENT record is skipped, named by the line of the JSON it starts on");
  t.equal((await getJson(app, "/v1/events/evt_plover-plover-gsr01-agree-0001")).body.type, "agreement");

  const total = async () => (await getJson(app, "/v1/events?limit=1")).body.page.total;
  const before = await total();
  const dry = await post("ucdp-json", "application/json", UCDP_JSON, "&dry_run=true");
  t.equal(dry.statusCode, 200, dry.body);
  const dr = JSON.parse(dry.body);
  t.match(dr, { format: "ucdp-json", dry_run: true, rows: 25 });
  t.ok(dr.counts.events.created > 0, "a dry run counts what it would create");
  t.equal(await total(), before, "and writes nothing");
  const wet = JSON.parse((await post("ucdp-json", "application/json", UCDP_JSON)).body);
  t.same(wet.counts, dr.counts, "the real import does what the dry run said");
});

t.test("keys, media types, formats and unreadable files", async (t) => {
  const app = await build(t, { empty: true });
  const writer = await bearer(app, "importer");
  const reader = await bearer(app, "reader", ["read"]);
  const post = (url: string, headers: Record<string, string>, payload: string) => app.inject({ method: "POST", url, headers, payload });
  assertProblem(t, await post("/v1/imports?format=acled", { "content-type": "text/csv" }, ACLED), 401);
  assertProblem(t, await post("/v1/imports?format=acled", { ...reader, "content-type": "text/csv" }, ACLED), 403);
  assertProblem(t, await post("/v1/imports?format=acled", { ...writer, "content-type": "application/xml" }, ACLED), 415);
  assertProblem(t, await post("/v1/imports?format=shapefile", { ...writer, "content-type": "text/csv" }, ACLED), 400);
  assertProblem(t, await post("/v1/imports?format=acled", { ...writer, "content-type": "text/csv" }, "a,b\n1,2\n"), 400, "unreadable_file");
  assertProblem(t, await post("/v1/imports?format=plover", { ...writer, "content-type": "application/json" }, "[{"), 400, "unreadable_file");
  assertProblem(t, await post("/v1/imports", { ...writer, "content-type": "text/csv" }, ACLED), 400, "invalid_request");
  t.equal((await getJson(app, "/v1/events?limit=1")).body.data.length, 0, "nothing was written");
  // The CSV parser is the import route's alone.
  assertProblem(t, await post("/v1/events", { ...writer, "content-type": "text/csv" }, ACLED), 415);

  const small = await build(t, { empty: true, config: { IMPORT_BODY_LIMIT_BYTES: 100 } });
  const auth = await bearer(small);
  assertProblem(t, await small.inject({ method: "POST", url: "/v1/imports?format=acled", headers: { ...auth, "content-type": "text/csv" }, payload: ACLED }), 413);
});
