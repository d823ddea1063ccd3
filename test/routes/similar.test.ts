import t from "tap";
import { build, getJson } from "../helpers/build.ts";
import { importFile } from "../../src/services/dataset-import.ts";
import { haversineKm } from "../../src/repositories/similar.ts";
import { fixture } from "../helpers/store.ts";

// An ACLED-style row (invented) for the event UCDP records as 175957: a boy shot near the Erez crossing on 1 March 2002.
const ACLED_ROW = `event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
TST9001,2002-03-01,2002,1,Political violence,Violence against civilians,Attack,Military Forces of Israel,,8,Civilians (Palestine),,7,78,,376,Middle East,Israel,Gaza Strip,,,Beit Hanoun,31.54,34.54,1,Example Wire,International,An invented row for the test.,1,,0
TST9002,2002-03-01,2002,1,Political violence,Violence against civilians,Attack,Military Forces of Israel,,8,Civilians (Palestine),,7,78,,376,Middle East,Israel,Jenin,,,Jenin,32.46,35.30,1,Example Wire,International,Same day but 120 km away and no shared actor.,1,,0
TST9003,2002-03-20,2002,1,Political violence,Violence against civilians,Attack,Military Forces of Israel,,8,Civilians (Palestine),,7,78,,376,Middle East,Israel,Gaza Strip,,,Beit Hanoun,31.54,34.54,1,Example Wire,International,Same place but nineteen days later.,0,,0
`;

t.test("haversine distances", async (t) => {
  t.equal(Math.round(haversineKm(37.5665, 126.978, 39.0392, 125.7625)), 195, "Seoul to Pyongyang");
  t.equal(haversineKm(10, 20, 10, 20), 0);
});

t.test("GET /v1/events/{id}/similar finds the same event in another dataset, with a score and reasons", async (t) => {
  const app = await build(t, { empty: true });
  await importFile(app.prisma, "ucdp-json", fixture("ucdp-ged/gedevents_api_israel_2002.json"));
  t.equal((await importFile(app.prisma, "acled", ACLED_ROW)).imported, 3);

  const { status, body } = await getJson(app, "/v1/events/evt_ucdp-ged-175957/similar?within_km=10");
  t.equal(status, 200);
  const ids = body.data.map((c: { event: { id: string } }) => c.event.id);
  t.ok(ids.includes("evt_acled-tst9001"), "the ACLED record of the same shooting is a candidate");
  t.notOk(ids.includes("evt_acled-tst9002"), "an event the same day 120 km away with no shared actor is not");
  t.notOk(ids.includes("evt_acled-tst9003"), "an event at the same place nineteen days later is not");
  const match = body.data.find((c: { event: { id: string } }) => c.event.id === "evt_acled-tst9001");
  t.match(match, { event: { type: "violence_against_civilians", start_date: "2002-03-01" }, shared_actors: [] });
  t.ok(match.distance_km > 1 && match.distance_km < 5, `about 2 km apart (${match.distance_km})`);
  t.same(match.reasons.map((r: string) => r.split(" (")[0]), ["same day", "places 2.1 km apart", "same type"]);
  t.ok(match.score > 0.8 && match.score <= 1);
  for (let i = 1; i < body.data.length; i++) t.ok(body.data[i - 1].score >= body.data[i].score, "best first");
  t.ok(body.data.every((c: { reasons: string[] }) => c.reasons.some((r) => /km apart|shares/.test(r))), "every candidate is near or shares an actor");

  const narrow = await getJson(app, "/v1/events/evt_ucdp-ged-175957/similar?within_km=1");
  t.notOk(narrow.body.data.some((c: { event: { id: string } }) => c.event.id === "evt_acled-tst9001"), "within_km is honoured");
  const wide = await getJson(app, "/v1/events/evt_acled-tst9001/similar?within_km=10&days=20");
  t.ok(wide.body.data.some((c: { event: { id: string } }) => c.event.id === "evt_acled-tst9003"), "days widens the interval");
  t.ok(wide.body.data.find((c: { event: { id: string } }) => c.event.id === "evt_acled-tst9003").shared_actors.length >= 1);

  t.equal((await getJson(app, "/v1/events/evt_nope/similar")).status, 404);
  const bad = await getJson(app, "/v1/events/evt_ucdp-ged-175957/similar?within_km=5000");
  t.equal(bad.status, 400);
  t.match(bad.body.detail, /within_km/);
});
