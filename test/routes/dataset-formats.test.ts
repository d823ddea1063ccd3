// The datasets' formats on the list routes: GET /v1/events?format=acled|plover
// and GET /v1/claims?format=jsonld stream every matching record (filters and
// sort apply, limit and cursor do not), and what they export imports back.
import t from "tap";
import { parse } from "csv-parse/sync";
import { build } from "../helpers/build.ts";
import { allUnchanged, fixture } from "../helpers/store.ts";
import { importFile } from "../../src/services/dataset-import.ts";
import { ACLED_COLUMNS } from "../../src/formats/acled.ts";

type App = Awaited<ReturnType<typeof build>>;
const idsOf = async (app: App, query: string) =>
  (await app.inject({ url: `/v1/events?${query}&limit=500&fields=id` })).json().data.map((r: { id: string }) => r.id) as string[];

t.test("format=acled: ACLED's columns for the matching events, in the sort order, that import back unchanged", async (t) => {
  const app = await build(t);
  t.same((await importFile(app.prisma, "acled", fixture("acled/acled-format.sample.csv"))).imported, 5);
  const query = "country=UKR&from=2024-01-01&to=2024-06-30&sort=-start_date";
  const res = await app.inject({ url: `/v1/events?${query}&format=acled&limit=1` });
  t.equal(res.statusCode, 200);
  t.equal(res.headers["content-type"], "text/csv; charset=utf-8; header=present; profile=acled");
  t.notOk(res.headers.etag, "a stream carries no ETag");
  const rows = parse(res.body, { columns: true }) as Record<string, string>[];
  t.same(Object.keys(rows[0]), [...ACLED_COLUMNS], "ACLED's columns, in ACLED's order");
  const ids = await idsOf(app, query);
  t.ok(ids.length >= 2, "the filter matches several events");
  t.same(rows.map((r) => r.event_id_cnty), ids.map((id) => id.replace(/^evt_acled-/, "").toUpperCase()), "every matching event (limit does not apply), in the sort order, under its ACLED id");
  t.match(rows.find((r) => r.event_id_cnty === "TST0001"), { event_date: "2024-03-02", event_type: "Battles", location: "Testivka", country: "Ukraine", fatalities: "3" });
  t.ok(allUnchanged((await importFile(app.prisma, "acled", res.body)).counts), "importing the export changes nothing");

  const nested = await app.inject({ url: "/v1/actors/act_russia/events?format=acled" });
  t.equal(nested.statusCode, 200, "nested event lists offer it too");
  t.equal((parse(nested.body, { columns: true }) as unknown[]).length, (await idsOf(app, "actor=act_russia")).length);
  t.equal((await app.inject({ url: "/v1/claims?format=acled" })).statusCode, 400, "claims are not events: no ACLED format");
});

t.test("format=plover: one PLOVER record per matching event, that imports back", async (t) => {
  const app = await build(t);
  await importFile(app.prisma, "plover", fixture("plover/PLOVER_GSR_CAMEO.sample.json"));
  const res = await app.inject({ url: "/v1/events?type=protest&format=plover" });
  t.equal(res.statusCode, 200);
  t.equal(res.headers["content-type"], "application/x-ndjson; charset=utf-8; profile=plover");
  const records = res.body.trim().split("\n").map((line) => JSON.parse(line));
  const ids = await idsOf(app, "type=protest");
  t.ok(ids.length >= 5, `the sample has protests (${ids.length})`);
  t.equal(records.length, ids.length, "one line per matching event");
  t.ok(records.every((r) => r.event === "PROTEST"), "every record is a PROTEST");
  const back = await importFile(app.prisma, "plover", res.body);
  t.same(back.counts.events, { created: 0, updated: 0, unchanged: records.filter((r) => String(r.id).startsWith("PLOVER-")).length }, "the events import back unchanged");
});

t.test("format=jsonld: the matching claims as one JSON-LD graph with their attribution chains", async (t) => {
  const app = await build(t);
  const query = "claimant=NIS&sort=-claimed_at";
  const res = await app.inject({ url: `/v1/claims?${query}&format=jsonld&limit=1` });
  t.equal(res.statusCode, 200);
  t.equal(res.headers["content-type"], "application/ld+json; charset=utf-8");
  const doc = JSON.parse(res.body);
  t.match(doc["@context"], { "@vocab": "https://schema.org/", prov: "http://www.w3.org/ns/prov#" });
  const list = (await app.inject({ url: `/v1/claims?${query}&limit=500` })).json().data as { id: string; statement: string }[];
  t.same(doc["@graph"].map((n: { "@id": string }) => n["@id"]), list.map((c) => `cr:${c.id}`), "every matching claim, in the sort order");
  for (const node of doc["@graph"]) {
    t.match(node, { "@type": ["Claim", "prov:Entity"], author: { "@id": "cr:act_national-intelligence-service" }, wasAttributedTo: "cr:act_national-intelligence-service", appearance: { "@id": String }, wasQuotedFrom: String });
    t.equal(node.text, list.find((c) => `cr:${c.id}` === node["@id"])!.statement);
  }
  t.ok(doc["@graph"].some((n: { wasDerivedFrom?: string[] }) => n.wasDerivedFrom?.includes("cr:src_afp-report-2024-10-21")), "the chain back to the report");
  const negotiated = await app.inject({ url: `/v1/claims?${query}`, headers: { accept: "application/ld+json" } });
  t.equal(negotiated.headers["content-type"], "application/ld+json; charset=utf-8", "Accept: application/ld+json asks for it too");
  t.equal(negotiated.body, res.body);
});
