// Annotations: where a record says more than its source. Every record kind
// returns them, lists can ask for them with fields=, CSV keeps them whole,
// writes store them, and a mark on a field the record lacks is refused.
import t from "tap";
import { build } from "../helpers/build.ts";
import { bearer, current } from "../helpers/keys.ts";
import { assertProblem } from "../helpers/problem.ts";

type Mark = { field: string; mark: string; reason: string };

t.test("every record kind returns its marks, with a reason", async (t) => {
  const app = await build(t);
  const cases = [
    ["/v1/events/evt_2024-10-more-north-korean-troops-to-depart-for-russia", "end_date", "inferred"],
    ["/v1/claims/clm_zinoviev-cooperation-not-against-south-korea", "claimed_at", "inferred"],
    ["/v1/sources/src_cheong-remarks-2024-10-21", "kind", "inferred"],
    ["/v1/actors/act_national-intelligence-service", "name", "added"],
    ["/v1/places/plc_vladivostok", "admin1", "added"],
  ] as const;
  for (const [url, field, mark] of cases) {
    const res = await app.inject({ method: "GET", url });
    t.equal(res.statusCode, 200, url);
    const found = (JSON.parse(res.body).annotations as Mark[]).find((m) => m.field === field);
    t.match(found, { field, mark, reason: /\w+ \w+/ }, `${url}: ${field} is marked ${mark}`);
  }
  // A record that says nothing beyond its source has an empty list, not a missing field.
  const plain = JSON.parse((await app.inject({ method: "GET", url: "/v1/claims/clm_nis-about-1500-special-forces-in-russia" })).body);
  t.same(plain.annotations, []);
});

t.test("lists return marks, and fields= can ask for them alone", async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: "GET", url: "/v1/events?status=expected&fields=status,annotations" });
  t.equal(res.statusCode, 200);
  const { data } = JSON.parse(res.body);
  t.equal(data.length, 2, "the two events the report gives only as \"soon\"");
  for (const e of data) {
    t.same(Object.keys(e).sort(), ["annotations", "id", "status"]);
    t.ok((e.annotations as Mark[]).some((m) => m.field === "status" && m.mark === "inferred"), `${e.id}: its status is marked`);
  }
  const claims = JSON.parse((await app.inject({ method: "GET", url: "/v1/claims?claimant=Cheong&fields=claimed_at" })).body).data;
  t.ok(claims.length >= 4 && claims.every((c: { annotations?: unknown }) => c.annotations === undefined), "fields= without annotations leaves them out");
});

t.test("CSV keeps each mark whole, as JSON in one cell", async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: "GET", url: "/v1/places?format=csv&fields=name,annotations" });
  t.equal(res.statusCode, 200);
  const row = res.body.split("\r\n").find((l) => l.startsWith("plc_vladivostok,"));
  t.ok(row, "Vladivostok's row");
  const cell = row!.slice(row!.indexOf(",", "plc_vladivostok,".length) + 1);
  const marks = JSON.parse(cell.slice(1, -1).replace(/""/g, '"')) as Mark[];
  t.ok(marks.some((m) => m.field === "admin1" && m.mark === "added"));
});

t.test("writes store marks; a mark on a field the record lacks is a 422 that names it", async (t) => {
  const app = await build(t);
  const auth = { ...(await bearer(app)), "content-type": "application/json" };
  const created = await app.inject({
    method: "POST", url: "/v1/places", headers: auth,
    payload: { name: "Khabarovsk", kind: "city", country: "RUS", latitude: 48.48, longitude: 135.07, geo_precision: "locality", annotations: [{ field: "latitude", mark: "added", reason: "The city centre's position; the source names only the city." }] },
  });
  t.equal(created.statusCode, 201, created.body);
  const url = created.headers.location as string;
  const read = await current(app, url);
  t.same(read.body.annotations, [{ field: "latitude", mark: "added", reason: "The city centre's position; the source names only the city." }]);

  const unknown = await app.inject({
    method: "PATCH", url, headers: { ...auth, "if-match": read.etag },
    payload: { annotations: [{ field: "population", mark: "added", reason: "Not a field of a place at all." }] },
  });
  const body = assertProblem(t, unknown, 422, "unprocessable");
  t.match(body.errors, [{ in: "body", name: "/annotations/0/field", message: /"population" is not one/ }]);

  const absent = await app.inject({
    method: "PATCH", url, headers: { ...auth, "if-match": read.etag },
    payload: { annotations: [{ field: "admin1", mark: "added", reason: "The region is outside knowledge." }] },
  });
  t.match(assertProblem(t, absent, 422, "unprocessable").errors, [{ name: "/annotations/0/field", message: /does not have/ }]);

  const badMark = await app.inject({
    method: "PATCH", url, headers: { ...auth, "if-match": read.etag },
    payload: { annotations: [{ field: "latitude", mark: "guessed", reason: "Not a mark." }] },
  });
  t.equal(badMark.statusCode, 400, "a mark outside the vocabulary is refused with the request");
  t.equal((await current(app, url)).body.version, 1, "nothing refused was written");
});
