import t from "tap";
import Database from "better-sqlite3";
import { build, getJson, sqlOf } from "../helpers/build.ts";
import { TEMPLATE } from "../helpers/paths.ts";

const seed = new Database(TEMPLATE, { readonly: true });
type App = Awaited<ReturnType<typeof build>>;

async function walk(app: App, base: string, between?: (page: number) => unknown) {
  const seen: string[] = [];
  const totals: number[] = [];
  let url = base;
  for (let n = 0; n < 200; n++) {
    const { status, body } = await getJson(app, url);
    if (status !== 200) throw new Error(`${url}: ${status} ${JSON.stringify(body)}`);
    totals.push(body.page.total);
    seen.push(...body.data.map((r: { id: string }) => r.id));
    if (!body.page.next_cursor) break;
    await between?.(n);
    url = `${base}&cursor=${encodeURIComponent(body.page.next_cursor)}`;
  }
  return { seen, totals };
}

t.test("every sort of every collection pages through its records in order, ties broken by id", async (t) => {
  const app = await build(t);
  const sorts: Record<string, [string, string][]> = {
    events: [["start_date", "start_date"], ["end_date", "end_date"], ["updated_at", "updated_at"], ["type", "type"]],
    claims: [["claimed_at", "ifnull(claimed_at, '')"], ["updated_at", "updated_at"]],
    actors: [["name", "name_norm"]],
    sources: [["published_at", "ifnull(published_at, '')"]],
    places: [["name", "name"]],
  };
  for (const [collection, keys] of Object.entries(sorts)) {
    for (const [key, expr] of [["id", "id"], ...keys]) {
      for (const desc of [false, true]) {
        const dir = desc ? "DESC" : "ASC";
        const expected = (seed.prepare(`SELECT id FROM ${collection} ORDER BY ${expr} ${dir}, id ${dir}`).all() as { id: string }[]).map((r) => r.id);
        const { seen } = await walk(app, `/v1/${collection}?limit=4&fields=id&sort=${desc ? "-" : ""}${key}`);
        t.same(seen, expected, `${collection} sort=${desc ? "-" : ""}${key}`);
      }
    }
  }
});

t.test("pages stay stable while rows are inserted between them", async (t) => {
  const app = await build(t);
  const db = sqlOf(t, app);
  const insert = { run: (...values: string[]) => db.run(`INSERT INTO events (id, type, plover_category, title, summary, start_date, end_date, date_precision, place_id, status, created_at, updated_at)
    VALUES (?, 'troop_deployment', 'MOBILIZE', 'Inserted while paging', 'A row written between two page requests.', ?, ?, 'day', ?, 'reported', '2030-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z')`, ...values) };
  const base = "/v1/events?country=RUS,KOR,PRK&sort=-start_date&limit=2&fields=start_date";
  const expected = (seed.prepare(`SELECT e.id FROM events e JOIN places p ON p.id = e.place_id WHERE p.country IN ('RUS', 'KOR', 'PRK')
    ORDER BY e.start_date DESC, e.id DESC`).all() as { id: string }[]).map((r) => r.id);
  t.ok(expected.length >= 6, "enough rows for several pages");
  const { seen, totals } = await walk(app, base, async (n) => {
    // Rows that sort before the cursor and match the filter (newer dates come first), and rows the filter excludes.
    await insert.run(`evt_zz-inserted-${n}`, "2030-01-01", "2030-01-01", "plc_vladivostok");
    await insert.run(`evt_00-inserted-${n}`, "2099-12-31", "2099-12-31", "plc_seoul");
    await insert.run(`evt_xx-elsewhere-${n}`, "2024-10-15", "2024-10-15", "plc_ukraine");
  });
  t.same(seen, expected, "every original row once, in order: nothing shifted, nothing repeated");
  t.equal(new Set(seen).size, seen.length, "no duplicates");
  t.equal(seen.length, totals[0], "the walk returns exactly the total the first page announced");
  t.ok(totals[totals.length - 1] > totals[0], "later totals count the rows inserted since (each page counts the set as it is then)");
});

t.test("a cursor is bound to its sort and cannot be forged", async (t) => {
  const app = await build(t);
  const first = await getJson(app, "/v1/events?limit=2&sort=-start_date");
  const cursor: string = first.body.page.next_cursor;
  t.ok(cursor);
  const other = await getJson(app, `/v1/events?limit=2&sort=start_date&cursor=${encodeURIComponent(cursor)}`);
  t.equal(other.status, 400);
  t.match(other.body.errors, [{ in: "query", name: "cursor", message: /sort=-start_date/ }], "names the sort it belongs to");
  const [payload, tag] = cursor.split(".");
  const forged = Buffer.from(JSON.stringify(["-start_date", "2099-01-01", "evt_x"])).toString("base64url");
  for (const bad of [`${forged}.${tag}`, `${payload}.AAAA${tag.slice(4)}`, payload, `${payload}.${tag}.x`, "%%%"]) {
    const res = await getJson(app, `/v1/events?limit=2&sort=-start_date&cursor=${encodeURIComponent(bad)}`);
    t.equal(res.status, 400, `tampered: ${bad.slice(0, 20)}`);
    t.equal(res.body.errors[0].name, "cursor");
  }
  const signedElsewhere = await build(t, { config: { CURSOR_SECRET: "another-secret-of-enough-length" } });
  const res = await getJson(signedElsewhere, `/v1/events?limit=2&sort=-start_date&cursor=${encodeURIComponent(cursor)}`);
  t.equal(res.status, 400, "a cursor signed with another secret");
  const next = await getJson(app, `/v1/events?limit=2&sort=-start_date&cursor=${encodeURIComponent(cursor)}`);
  t.equal(next.status, 200, "the real cursor works");
});

t.test("include= costs one query per include, not one per record", async (t) => {
  const app = await build(t);
  const cases: [string, string][] = [
    ["events", "participants,place,claims,sources"],
    ["claims", "claimant,source,event,about_actors,quantities,relations"],
    ["sources", "publisher,parent,claims"],
    ["actors", "affiliations"],
    ["places", "events"],
  ];
  for (const [collection, include] of cases) {
    const count = async (limit: number) => {
      const before = app.reader.queryCount;
      const { status, body } = await getJson(app, `/v1/${collection}?limit=${limit}&include=${include}`);
      t.equal(status, 200);
      return { queries: app.reader.queryCount - before, records: body.data.length };
    };
    const small = await count(2);
    const large = await count(500);
    t.ok(large.records > small.records, `${collection}: the large page has more records`);
    t.equal(large.queries, small.queries, `${collection}: ${large.queries} queries for ${large.records} records, as for ${small.records}`);
    // the page, its total, and at most two batched parts (aliases, external ids), plus one per include
    t.ok(large.queries <= include.split(",").length + 4, `${collection}: bounded by the includes`);
  }
  const { body } = await getJson(app, "/v1/events?include=participants,place,claims,sources&limit=500");
  const summons = body.data.find((e: any) => e.id === "evt_2024-10-21-summons-russian-ambassador");
  const detail = (await getJson(app, "/v1/events/evt_2024-10-21-summons-russian-ambassador")).body;
  for (const part of ["participants", "place", "claims", "sources"]) t.same(summons[part], detail[part], `the list embeds the same ${part} as the record`);
  const claims = (await getJson(app, "/v1/claims?include=claimant,source,event,about_actors,quantities,relations&limit=500")).body;
  const denial = claims.data.find((c: any) => c.id === "clm_zinoviev-cooperation-not-against-south-korea");
  const one = (await getJson(app, "/v1/claims/clm_zinoviev-cooperation-not-against-south-korea")).body;
  for (const part of ["claimant", "source", "event", "about_actors", "quantities", "relations"]) t.same(denial[part], one[part], `claims embed the same ${part}`);
});

t.test("fields= leaves out the parts it drops without reading them, and keeps those it names", async (t) => {
  const app = await build(t);
  // The seed's events and sources carry no external ids; give one of each some, so that there is something to keep.
  await app.prisma.eventExternalId.create({ data: { event_id: "evt_2024-10-21-summons-russian-ambassador", scheme: "acled", value: "TEST-1" } });
  await app.prisma.sourceExternalId.create({ data: { source_id: "src_afp-report-2024-10-21", scheme: "url", value: "https://example.org/test" } });
  const cases: [string, string, string][] = [
    // collection, fields without any part, fields naming its parts
    ["events", "id,title", "id,external_ids"],
    ["actors", "id,name", "id,aliases,external_ids"],
    ["places", "id,name", "id,external_ids"],
    ["sources", "id,title", "id,external_ids"],
  ];
  for (const [collection, narrow, parts] of cases) {
    const read = async (query: string) => {
      const before = app.reader.queryCount;
      const { status, body } = await getJson(app, `/v1/${collection}?limit=500${query}`);
      t.equal(status, 200, `${collection}${query}`);
      return { queries: app.reader.queryCount - before, data: body.data as Record<string, unknown>[] };
    };
    const all = await read("");
    const without = await read(`&fields=${narrow}`);
    const withParts = await read(`&fields=${parts}`);
    const partNames = parts.split(",").slice(1);
    t.ok(without.queries < all.queries, `${collection}: fields=${narrow} runs ${without.queries} statements, fewer than ${all.queries}`);
    t.same(without.data, all.data.map((r) => Object.fromEntries(narrow.split(",").map((f) => [f, r[f]]))), `${collection}: the same records, only those fields`);
    t.same(withParts.data, all.data.map((r) => Object.fromEntries(["id", ...partNames].map((f) => [f, r[f]]))), `${collection}: the parts named are read as without fields=`);
    t.ok(all.data.some((r) => partNames.some((p) => Object.keys(r[p] as object).length > 0)), `${collection}: the seed has such parts to compare`);
  }
  // The NDJSON export takes the same path.
  const lines = (await app.inject({ method: "GET", url: "/v1/actors?format=ndjson&fields=id,aliases" })).body.trim().split("\n").map((l) => JSON.parse(l));
  t.ok(lines.length > 1 && lines.every((l) => Object.keys(l).join() === "id,aliases"), "an export with fields= has only those fields");
  t.ok(lines.some((l) => l.aliases.length > 0), "and the aliases it names");
});
