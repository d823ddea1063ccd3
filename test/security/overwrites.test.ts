// No one overwrites a version they have not seen: `If-Match: *` is refused on
// every write that takes If-Match, and an import that would change records
// already stored (imports carry no If-Match) needs the admin scope.
import t from "tap";
import { build } from "../helpers/build.ts";
import { bearer, current } from "../helpers/keys.ts";
import { assertProblem } from "../helpers/problem.ts";
import { fixture } from "../helpers/store.ts";

t.test("If-Match: * is a 428 on PATCH, DELETE and merge; the record is unchanged", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const url = "/v1/claims/clm_nis-about-1500-special-forces-in-russia";
  const before = await current(app, url);
  for (const star of ["*", " * ", `*, ${before.etag}`]) {
    const patch = await app.inject({ method: "PATCH", url, headers: { ...auth, "if-match": star }, payload: { verification: "refuted" } });
    t.match(assertProblem(t, patch, 428, "precondition_required"), { detail: /If-Match: \* names no version/ }, `PATCH with If-Match: ${star}`);
  }
  const del = await app.inject({ method: "DELETE", url: "/v1/actors/act_nato", headers: { ...auth, "if-match": "*" } });
  assertProblem(t, del, 428, "precondition_required");
  const dup = await app.inject({ method: "POST", url: "/v1/actors", headers: auth, payload: { id: "act_zinovyev", kind: "person", name: "G. Zinovyev" } });
  t.equal(dup.statusCode, 201);
  assertProblem(t, await app.inject({ method: "POST", url: "/v1/actors/act_zinovyev/merge", headers: { ...auth, "if-match": "*" }, payload: { into: "act_georgiy-zinoviev" } }), 428);
  t.equal((await current(app, url)).etag, before.etag, "nothing changed");
  const ok = await app.inject({ method: "PATCH", url, headers: { ...auth, "if-match": before.etag }, payload: { verification: "corroborated" } });
  t.equal(ok.statusCode, 200, "the real ETag still works");
});

t.test("an import that changes stored records needs the admin scope; adding records and re-importing unchanged ones need only write", async (t) => {
  const app = await build(t);
  const writer = await bearer(app, "writer", ["read", "write"]);
  const admin = await bearer(app, "admin", ["read", "write", "admin"]);
  const post = (headers: Record<string, string>, payload: object, query = "") => app.inject({ method: "POST", url: `/v1/imports${query}`, headers, payload });

  const added = await post(writer, { places: [{ id: "plc_khabarovsk", name: "Khabarovsk", kind: "city", country: "RUS", geo_precision: "locality" }] });
  t.equal(added.statusCode, 200, "a write key adds records");
  t.equal((await post(writer, { places: [{ id: "plc_khabarovsk", name: "Khabarovsk", kind: "city", country: "RUS", geo_precision: "locality" }] })).statusCode, 200, "and imports them again unchanged");

  const seoul = (await current(app, "/v1/places/plc_seoul")).body;
  const { id, name, kind, country, geo_precision, latitude, longitude } = seoul;
  const overwrite = { places: [{ id, name, kind, country, geo_precision, latitude, longitude, admin1: "Overwritten" }, { id: "plc_ussuriysk", name: "Ussuriysk", kind: "city", country: "RUS", geo_precision: "locality" }] };
  const refused = await post(writer, overwrite);
  t.match(assertProblem(t, refused, 403, "forbidden"), { detail: /would change 1 existing record\(s\): plc_seoul.*"admin" scope/ });
  t.equal((await current(app, "/v1/places/plc_seoul")).body.version, seoul.version, "the stored record is unchanged");
  t.equal((await app.inject("/v1/places/plc_ussuriysk")).statusCode, 404, "and nothing else was written");
  t.match((await post(writer, overwrite, "?dry_run=true")).json(), { dry_run: true, places: { updated: 1, created: 1 } }, "a dry run needs only write");
  const allowed = await post(admin, overwrite);
  t.equal(allowed.statusCode, 200, allowed.body);
  t.equal((await current(app, "/v1/places/plc_seoul")).body.admin1, "Overwritten", "an admin key may change them");
});

t.test("a dataset file that would change stored events needs admin too", async (t) => {
  const app = await build(t);
  const writer = await bearer(app, "writer", ["read", "write"]);
  const admin = await bearer(app, "admin", ["read", "write", "admin"]);
  const file = fixture("acled/acled-format.sample.csv");
  const send = (headers: Record<string, string>, body: string) => app.inject({ method: "POST", url: "/v1/imports?format=acled", headers: { ...headers, "content-type": "text/csv" }, payload: body });
  t.equal((await send(writer, file)).statusCode, 200, "new events: write is enough");
  t.equal((await send(writer, file)).statusCode, 200, "the same file again changes nothing: write is enough");
  const changed = file.replace("3 fatalities were reported.", "4 fatalities were reported.");
  t.not(changed, file);
  assertProblem(t, await send(writer, changed), 403, "forbidden");
  t.equal((await send(admin, changed)).statusCode, 200);
});
