import t from "tap";
import Database from "better-sqlite3";
import { build, getJson, sqlOf } from "../helpers/build.ts";
import { TEMPLATE } from "../helpers/paths.ts";

const seed = new Database(TEMPLATE, { readonly: true });

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === "") { quoted = true; i++; continue; }
    if (c === ",") { row.push(field); field = ""; i++; continue; }
    if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i += 2; continue; }
    if (c === "\n" || c === "\r" || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    field += c; i++;
  }
  if (field !== "" || row.length) throw new Error("the last record does not end with CRLF");
  return rows;
}

t.test("CSV: format=csv or Accept: text/csv, one RFC 4180 row per record", async (t) => {
  const app = await build(t);
  for (const [url, headers] of [["/v1/events?format=csv&limit=500", {}], ["/v1/events?limit=500", { accept: "text/csv" }]] as const) {
    const res = await app.inject({ method: "GET", url, headers });
    t.equal(res.statusCode, 200);
    t.match(res.headers["content-type"], /^text\/csv; charset=utf-8/);
    const [header, ...rows] = parseCsv(res.body);
    t.same(header.slice(0, 3), ["id", "type", "plover_category"]);
    t.same(header.slice(-4), ["place_name", "country", "latitude", "longitude"]);
    const count = (seed.prepare("SELECT count(*) AS n FROM events").get() as { n: number }).n;
    t.equal(rows.length, count, "one row per event");
    t.ok(rows.every((r) => r.length === header.length), "every row has every column");
    const json = (await getJson(app, "/v1/events?limit=500")).body.data;
    const summaryAt = header.indexOf("summary");
    t.same(rows.map((r) => r[summaryAt]), json.map((e: any) => e.summary), "fields with commas and quotes survive the round trip");
    t.equal(res.headers["x-total-count"], String(count));
  }
  const page = await app.inject({ method: "GET", url: "/v1/claims?format=csv&limit=5&fields=claimant_id,stance&stance=asserts" });
  const [header, ...rows] = parseCsv(page.body);
  t.same(header, ["id", "claimant_id", "stance"], "fields= chooses the columns");
  t.equal(rows.length, 5);
  t.ok(rows.every((r) => r[2] === "asserts"), "filters apply");
  t.ok(page.headers["x-next-cursor"], "the next page's cursor is in a header");
  const next = await app.inject({ method: "GET", url: `/v1/claims?format=csv&limit=5&fields=claimant_id,stance&stance=asserts&cursor=${encodeURIComponent(page.headers["x-next-cursor"] as string)}` });
  t.equal(next.statusCode, 200);
  t.notOk(parseCsv(next.body).slice(1).some((r) => rows.some((p) => p[0] === r[0])), "and leads to the next rows");
  for (const c of ["actors", "sources", "places"]) {
    const res = await app.inject({ method: "GET", url: `/v1/${c}?format=csv&limit=500` });
    t.equal(res.statusCode, 200, c);
    t.equal(parseCsv(res.body).length - 1, (seed.prepare(`SELECT count(*) AS n FROM ${c}`).get() as { n: number }).n, `${c}: a row each`);
  }
  const actors = parseCsv((await app.inject({ method: "GET", url: "/v1/actors?format=csv&name=zinovyev" })).body);
  t.match(actors[1][actors[0].indexOf("aliases")], /Zinovyev/, "aliases are flattened");
});

t.test("GeoJSON: a FeatureCollection of events at their places", async (t) => {
  const app = await build(t);
  for (const [url, headers] of [["/v1/events?format=geojson&bbox=120,40,180,75", {}], ["/v1/events?bbox=120,40,180,75", { accept: "application/geo+json" }]] as const) {
    const res = await app.inject({ method: "GET", url, headers });
    t.equal(res.statusCode, 200);
    t.match(res.headers["content-type"], /^application\/geo\+json/);
    const body = JSON.parse(res.body);
    t.equal(body.type, "FeatureCollection");
    t.ok(body.features.length >= 2);
    for (const f of body.features) {
      const place = seed.prepare("SELECT p.longitude, p.latitude FROM events e JOIN places p ON p.id = e.place_id WHERE e.id = ?").get(f.id) as any;
      t.same(f.geometry, { type: "Point", coordinates: [place.longitude, place.latitude] }, `${f.id}: [lon, lat]`);
      t.equal(f.properties.id, f.id);
    }
    t.equal(body.page.total, body.features.length);
  }
  const placeless = JSON.parse((await app.inject({ method: "GET", url: "/v1/events?format=geojson&limit=500" })).body);
  t.ok(placeless.features.some((f: any) => f.geometry === null), "an event without a place has a null geometry");
});

t.test("NDJSON streams every matching record, ignoring limit and cursor", async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: "GET", url: "/v1/claims?format=ndjson&limit=1&stance=asserts,denies&include=quantities" });
  t.equal(res.statusCode, 200);
  t.match(res.headers["content-type"], /^application\/x-ndjson/);
  t.notOk(res.headers.etag, "a stream is not tagged");
  const lines = res.body.split("\n");
  t.equal(lines.pop(), "", "every line ends with a newline");
  const records = lines.map((l) => JSON.parse(l));
  const expected = (seed.prepare("SELECT id FROM claims WHERE stance IN ('asserts', 'denies') ORDER BY id").all() as { id: string }[]).map((r) => r.id);
  t.same(records.map((r) => r.id), expected, "all of them, filtered, in order");
  t.ok(records.every((r) => Array.isArray(r.quantities)), "include applies");
  const accept = await app.inject({ method: "GET", url: "/v1/events?sort=-start_date", headers: { accept: "application/x-ndjson" } });
  const events = accept.body.trim().split("\n").map((l) => JSON.parse(l));
  t.same(events.map((e) => e.id), (seed.prepare("SELECT id FROM events ORDER BY start_date DESC, id DESC").all() as { id: string }[]).map((r) => r.id), "Accept, and the sort");
});

t.test("NDJSON export reads lazily: a large export runs one statement, in batches", async (t) => {
  const app = await build(t);
  // 3,000 rows in one statement, which both engines take.
  const ids = Array.from({ length: 3000 }, (_, i) => `evt_bulk-${String(i).padStart(5, "0")}`);
  await sqlOf(t, app).run(`INSERT INTO events (id, type, plover_category, title, summary, start_date, end_date, date_precision, status, created_at, updated_at)
    VALUES ${ids.map(() => "(?, 'other', 'OTHER', 'Bulk event', 'Inserted to export.', '2024-01-01', '2024-01-01', 'day', 'reported', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')").join(", ")}`, ...ids);
  const before = app.reader.queryCount;
  const res = await app.inject({ method: "GET", url: "/v1/events?format=ndjson&type=other" });
  const lines = res.body.trim().split("\n");
  t.equal(lines.length, 3000 + (seed.prepare("SELECT count(*) AS n FROM events WHERE type = 'other'").get() as { n: number }).n);
  // one streaming statement, plus one external-id query per batch of 500
  t.ok(app.reader.queryCount - before <= 1 + Math.ceil(lines.length / 500), `${app.reader.queryCount - before} statements for ${lines.length} records`);
  const other = await getJson(app, "/v1/events?limit=1");
  t.equal(other.status, 200, "the connection serves other requests afterwards");
});

t.test("the Accept header picks JSON when it asks for it, or for anything", async (t) => {
  const app = await build(t);
  for (const accept of ["application/json", "*/*", "text/html, */*;q=0.1", "text/csv;q=0, application/json", "image/png"]) {
    const res = await app.inject({ method: "GET", url: "/v1/events?limit=1", headers: { accept } });
    t.match(res.headers["content-type"], /^application\/json/, accept);
  }
  const res = await app.inject({ method: "GET", url: "/v1/events?limit=1&format=json", headers: { accept: "text/csv" } });
  t.match(res.headers["content-type"], /^application\/json/, "format= wins over Accept");
});
