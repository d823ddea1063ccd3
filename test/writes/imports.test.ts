// Bulk imports: all of a bundle or none of it.
import t from "tap";
import { build, getJson, sqlOf, type RawSql } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";

const TABLES = ["actors", "actor_aliases", "actor_external_ids", "affiliations", "places", "place_external_ids", "sources", "events", "event_participants", "claims", "claim_about_actors", "quantities", "claim_relations", "revisions", "tombstones"];

async function dump(db: RawSql) {
  return Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await db.all(`SELECT * FROM ${table} ORDER BY 1`)])));
}

const good = {
  places: [{ id: "plc_khabarovsk", name: "Khabarovsk", kind: "city", country: "RUS", geo_precision: "locality" }],
  events: [{
    id: "evt_khabarovsk-sighting", type: "troop_deployment", title: "Troops seen in Khabarovsk", summary: "Seen.", start_date: "2024-10-22", date_precision: "day",
    place_id: "plc_khabarovsk", status: "reported", participants: [{ actor_id: "act_north-korea", role: "supplier" }],
  }],
};

t.test("a bundle is imported in one go, and again changes nothing", async (t) => {
  const app = await build(t);
  const auth = await bearer(app, "importer");
  const res = await app.inject({ method: "POST", url: "/v1/imports", headers: auth, payload: good });
  t.equal(res.statusCode, 200, res.body);
  t.match(JSON.parse(res.body), { format: "bundle", places: { created: 1 }, events: { created: 1 }, claims: { created: 0 } });
  t.equal((await getJson(app, "/v1/events/evt_khabarovsk-sighting")).body.place.id, "plc_khabarovsk");
  const again = await app.inject({ method: "POST", url: "/v1/imports?format=bundle", headers: auth, payload: good });
  t.match(JSON.parse(again.body), { places: { created: 0, updated: 0, unchanged: 1 }, events: { unchanged: 1 } });
  const feed = (await getJson(app, "/v1/changes?collections=places,events&limit=1000")).body.data;
  t.match(feed.slice(-2), [{ id: "plc_khabarovsk", author: "importer" }, { id: "evt_khabarovsk-sighting", author: "importer" }]);
  t.equal((await app.inject({ method: "POST", url: "/v1/imports?format=acled", headers: auth, payload: good })).statusCode, 400, "a bundle is not an ACLED file");
});

t.test("a failed import changes nothing and lists each bad record by JSON pointer", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const db = sqlOf(t, app);
  const before = await dump(db);
  const cases: [string, object, number, { name: string; id?: string }[]][] = [
    ["a dangling reference", { ...good, claims: [{ id: "clm_x", claimant_id: "act_nobody", source_id: "src_afp-report-2024-10-21", statement: "s", stance: "asserts", certainty: "certain", verification: "unverified" }] }, 422,
      [{ name: "/claims/0/claimant_id", id: "clm_x" }]],
    ["a malformed record", { ...good, events: [{ ...good.events[0], status: "rumoured" }] }, 400, [{ name: "/events/0/status", id: "evt_khabarovsk-sighting" }]],
    ["an impossible date", { ...good, events: [{ ...good.events[0], start_date: "2024-02-30" }] }, 400, [{ name: "/events/0/start_date" }]],
    ["an id used twice", { ...good, places: [good.places[0], good.places[0]] }, 409, [{ name: "/places/1" }]],
    ["an external id held by another record", { actors: [{ id: "act_new", kind: "state", name: "New", external_ids: { wikidata: "Q884" } }], ...good }, 409, [{ name: "/actors/0/external_ids/wikidata" }]],
  ];
  for (const [what, bundle, status, errors] of cases) {
    const res = await app.inject({ method: "POST", url: "/v1/imports", headers: auth, payload: bundle });
    t.equal(res.statusCode, status, `${what}: ${res.body}`);
    const body = JSON.parse(res.body);
    t.match(body.errors, errors, `${what}: names the record`);
    t.match(body.detail, /nothing was written/);
    t.same(await dump(db), before, `${what}: not a row changed`);
  }
  // The last record of a large bundle is bad: none of the others goes in either.
  const many = { places: Array.from({ length: 50 }, (_, i) => ({ id: `plc_p${i}`, name: `P${i}`, kind: "city", geo_precision: "approximate" })), events: [{ ...good.events[0], place_id: "plc_nowhere" }] };
  const res = await app.inject({ method: "POST", url: "/v1/imports", headers: auth, payload: many });
  t.equal(res.statusCode, 422);
  t.same(await dump(db), before, "fifty good places were not written either");
});

t.test("a bundle with more records of one kind than a query may bind parameters is imported", async (t) => {
  // Over SQLite's default limit of 999 bound parameters: the check for deleted ids once bound them all in one IN list (a 500).
  const app = await build(t);
  const auth = await bearer(app);
  const places = Array.from({ length: 1001 }, (_, i) => ({ id: `plc_bulk-${i}`, name: `Bulk ${i}`, kind: "city", geo_precision: "approximate" }));
  const res = await app.inject({ method: "POST", url: "/v1/imports", headers: auth, payload: { places } });
  t.equal(res.statusCode, 200, res.body.slice(0, 300));
  t.match(JSON.parse(res.body), { places: { created: 1001 } });
});
