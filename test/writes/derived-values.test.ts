// Derived values kept by the database or remembered by the read path, and
// followed after writes. Two are behind the events list's date and country
// filters (see the migration event_country_and_span):
//   * each event's copy of its place's country follows the place and the event;
//   * the date filter's extra lower bound (from − the longest event) follows the
//     longest event, so a long event is still found by a range in its middle.
// And an actor's event and claim counts, remembered until the data changes.
import t from "tap";
import { build } from "../helpers/build.ts";
import { bearer, current } from "../helpers/keys.ts";

t.test("the country filter follows a place's country and an event's place", async (t) => {
  const app = await build(t);
  const auth = await bearer(app, "writer", ["read", "write"]);
  const ids = async (query: string) =>
    (await app.inject({ url: `/v1/events?${query}&fields=id&limit=100` })).json().data.map((r: { id: string }) => r.id);
  const patch = async (url: string, body: unknown) => {
    const res = await app.inject({
      method: "PATCH", url, headers: { ...auth, "if-match": (await current(app, url)).etag, "content-type": "application/merge-patch+json" },
      payload: JSON.stringify(body),
    });
    t.equal(res.statusCode, 200, res.body);
  };

  const place = await app.inject({ method: "POST", url: "/v1/places", headers: auth, payload: { id: "plc_oulu", name: "Oulu", kind: "city", country: "FIN", geo_precision: "locality" } });
  t.equal(place.statusCode, 201, place.body);
  const created = await app.inject({
    method: "POST", url: "/v1/events", headers: auth,
    payload: { type: "consultation", title: "Talks in Oulu", summary: "Officials met.", start_date: "2024-10-02", date_precision: "day", place_id: "plc_oulu", status: "reported" },
  });
  t.equal(created.statusCode, 201, created.body);
  const id = created.json().id as string;

  t.same(await ids("country=FIN"), [id], "a new event is found by its place's country");
  t.same(await ids("country=FIN&type=consultation&from=2024-10-01&to=2024-10-31"), [id], "with type and dates too");

  await patch("/v1/places/plc_oulu", { country: "SWE" });
  t.same(await ids("country=FIN"), [], "after the place moves to another country, not by the old one");
  t.same(await ids("country=SWE"), [id], "but by the new one");

  await patch(`/v1/events/${id}`, { place_id: "plc_seoul" });
  t.same(await ids("country=SWE"), [], "an event moved to another place leaves the old place's country");
  t.ok((await ids("country=KOR")).includes(id), "and is found by its new place's country");

  await patch(`/v1/events/${id}`, { place_id: null });
  t.notOk((await ids("country=KOR")).includes(id), "an event with no place has no country");
});

t.test("a date range finds an event longer than any before it", async (t) => {
  const app = await build(t);
  const auth = await bearer(app, "writer", ["read", "write"]);
  const ids = async (query: string) =>
    (await app.inject({ url: `/v1/events?${query}&fields=id&limit=100` })).json().data.map((r: { id: string }) => r.id);

  t.same(await ids("from=2015-06-01&to=2015-06-30"), [], "the seed has nothing in mid-2015");
  const created = await app.inject({
    method: "POST", url: "/v1/events", headers: auth,
    payload: { type: "troop_deployment", title: "A decade of exchanges", summary: "Officers trained together.", start_date: "2010-01-01", end_date: "2019-12-31", date_precision: "day", status: "reported" },
  });
  t.equal(created.statusCode, 201, created.body);
  const id = created.json().id as string;

  t.same(await ids("from=2015-06-01&to=2015-06-30"), [id], "a range inside a ten-year event finds it");
  t.ok((await ids("from=2019-12-31")).includes(id), "from = its last day finds it");
  t.notOk((await ids("from=2020-01-01&to=2020-12-31")).includes(id), "the day after it ends does not");
  t.notOk((await ids("from=2009-01-01&to=2009-12-31")).includes(id), "nor the year before it starts");
  const counted = (await app.inject({ url: "/v1/events?from=2012-03-04&to=2012-03-04" })).json();
  t.equal(counted.page.total, 1, "the total counts it");
});

t.test("an actor's remembered counts follow a new claim", async (t) => {
  const app = await build(t);
  const auth = await bearer(app, "writer", ["read", "write"]);
  const count = async () => (await app.inject({ url: "/v1/actors/act_national-intelligence-service" })).json().claim_count as number;
  const before = await count();
  t.equal(await count(), before, "asked twice, the same");
  const created = await app.inject({
    method: "POST", url: "/v1/claims", headers: auth,
    payload: { id: "clm_nis-new", claimant_id: "act_national-intelligence-service", source_id: "src_russian-embassy-statement-2024-10-21", statement: "A statement.", stance: "asserts", certainty: "certain", verification: "unverified" },
  });
  t.equal(created.statusCode, 201, created.body);
  t.equal(await count(), before + 1, "a claim written since is counted");
});
