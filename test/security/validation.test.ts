// Validation gaps an outside probe found: each is now a 400 that says what to
// fix (or, for a file in another charset, an explicit decoding).
import t from "tap";
import { build, getJson } from "../helpers/build.ts";
import { bearer, current } from "../helpers/keys.ts";
import { assertProblem } from "../helpers/problem.ts";
import { fixture } from "../helpers/store.ts";

t.test("include= takes only its own names, not built-in object properties", async (t) => {
  const app = await build(t);
  for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"]) {
    for (const collection of ["events", "claims", "sources", "actors", "places"]) {
      const res = await app.inject(`/v1/${collection}?include=${name}`);
      t.match(assertProblem(t, res, 400, "invalid_request").errors, [{ in: "query", name: "include" }], `${collection} include=${name}`);
    }
  }
  t.equal((await app.inject("/v1/events?include=place")).statusCode, 200, "a real include works");
});

t.test("unknown query parameters are refused on /revisions, POST, PATCH and merge", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const revisions = await app.inject("/v1/claims/clm_nis-about-1500-special-forces-in-russia/revisions?bogus=1");
  t.match(assertProblem(t, revisions, 400).errors, [{ in: "query", name: "bogus", message: "is not a known parameter or field" }]);
  const post = await app.inject({ method: "POST", url: "/v1/places?dry_run=true", headers: auth, payload: { name: "Nowhere", kind: "city", geo_precision: "locality" } });
  t.match(assertProblem(t, post, 400).errors, [{ in: "query", name: "dry_run" }], "POST");
  const { etag } = await current(app, "/v1/places/plc_seoul");
  const patch = await app.inject({ method: "PATCH", url: "/v1/places/plc_seoul?force=true", headers: { ...auth, "if-match": etag }, payload: { admin1: "Seoul" } });
  t.match(assertProblem(t, patch, 400).errors, [{ in: "query", name: "force" }], "PATCH");
  const merge = await app.inject({ method: "POST", url: "/v1/actors/act_nato/merge?force=1", headers: auth, payload: { into: "act_russia" } });
  t.match(assertProblem(t, merge, 400).errors, [{ in: "query", name: "force" }], "merge");
  t.equal((await current(app, "/v1/places/plc_seoul")).etag, etag, "nothing was written");
  t.equal((await app.inject("/v1/actors/act_nato")).statusCode, 200);
});

t.test("/revisions honours limit and pages with a cursor", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const url = "/v1/places/plc_seoul";
  for (let i = 0; i < 4; i++) {
    const { etag } = await current(app, url);
    t.equal((await app.inject({ method: "PATCH", url, headers: { ...auth, "if-match": etag }, payload: { admin1: `Seoul ${i}` } })).statusCode, 200);
  }
  const all = (await getJson(app, `${url}/revisions`)).body;
  t.equal(all.data.length, 5, "the seed's version and four changes");
  t.same(all.page, { limit: 50, next_cursor: null, total: 5 });
  const seen: number[] = [];
  let next: string | null = null;
  let pages = 0;
  do {
    const res = await getJson(app, `${url}/revisions?limit=2${next ? `&cursor=${encodeURIComponent(next)}` : ""}`);
    t.equal(res.status, 200);
    t.ok(res.body.data.length <= 2, "at most limit revisions");
    t.equal(res.body.page.total, 5);
    seen.push(...res.body.data.map((r: { seq: number }) => r.seq));
    next = res.body.page.next_cursor;
    pages++;
  } while (next && pages < 10);
  t.equal(pages, 3);
  t.same(seen, all.data.map((r: { seq: number }) => r.seq), "every revision once, in order");
  const first = (await getJson(app, `${url}/revisions?limit=2`)).body.page.next_cursor;
  const moved = await app.inject(`/v1/places/plc_pyongyang/revisions?limit=2&cursor=${encodeURIComponent(first)}`);
  t.match(assertProblem(t, moved, 400).errors, [{ name: "cursor" }], "a cursor of another record's history is refused");
  assertProblem(t, await app.inject(`${url}/revisions?limit=0`), 400);
  assertProblem(t, await app.inject(`${url}/revisions?limit=501`), 400);
});

t.test("integers are plain decimal digits: hex, exponent, signed, blank and padded forms are refused", async (t) => {
  const app = await build(t);
  for (const value of ["0x10", "1e1", "+5", "-5", "5.0", "", "%205", "5%20", "0b11", "Infinity", "1_0"]) {
    for (const url of [`/v1/events?limit=${value}`, `/v1/changes?limit=${value}`, `/v1/stats/events?group_by=type&limit=${value}`]) {
      const res = await app.inject(url);
      t.match(assertProblem(t, res, 400).errors, [{ in: "query", name: "limit", message: /in decimal digits/ }], `${url}`);
    }
  }
  t.equal((await getJson(app, "/v1/events?limit=3")).body.data.length, 3, "digits work");
  t.equal((await getJson(app, "/v1/events?limit=007")).body.page.limit, 7, "leading zeros are still decimal");
  t.equal((await getJson(app, "/v1/events")).body.page.limit, 50, "the default applies");
});

t.test("as_of refuses an impossible date or time, as from= does", async (t) => {
  const app = await build(t);
  const url = "/v1/claims/clm_nis-about-1500-special-forces-in-russia";
  for (const bad of ["2024-02-30", "2023-02-29", "2024-02-30T00:00:00Z", "2024-10-22T24:00:00Z", "2024-10-22T08:60:00Z", "2024-13-01"]) {
    const res = await app.inject(`${url}?as_of=${bad}`);
    t.match(assertProblem(t, res, 400).errors, [{ in: "query", name: "as_of" }], `as_of=${bad}`);
    if (!bad.includes("T")) t.equal((await app.inject(`/v1/events?from=${bad}`)).statusCode, 400, `from=${bad} too`);
    t.equal((await app.inject(`/v1/events?updated_since=${bad}`)).statusCode, 400, `updated_since=${bad} too`);
  }
  t.equal((await app.inject(`${url}?as_of=2099-01-01T00:00:00Z`)).statusCode, 200, "a real instant works");
  t.equal((await app.inject(`${url}?as_of=2024-02-29`)).statusCode, 404, "a real leap day is a date (before the record existed)");
});

t.test("a JSON array body is told it must be an object", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const res = await app.inject({ method: "POST", url: "/v1/actors", headers: { ...auth, "content-type": "application/json" }, payload: "[]" });
  const body = assertProblem(t, res, 400, "invalid_request");
  t.match(body.errors, [{ in: "body", name: "(root)", message: "must be a JSON object ({ ... }), not an array" }]);
  t.notMatch(body.detail, /repeated/);
});

t.test("a dataset file that is not UTF-8 is refused, unless its charset is named", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const csv = fixture("acled/acled-format.sample.csv").replace("Testivka", "Testivka Zürich");
  const latin1 = Buffer.from(csv, "latin1");
  const send = (contentType: string, body: Buffer) => app.inject({ method: "POST", url: "/v1/imports?format=acled&dry_run=true", headers: { ...auth, "content-type": contentType }, payload: body });
  const refused = await send("text/csv", latin1);
  t.match(assertProblem(t, refused, 400, "bad_encoding"), { detail: /not valid utf-8 \(line 2.*charset=iso-8859-1/ });
  const named = await send("text/csv; charset=iso-8859-1", latin1);
  t.equal(named.statusCode, 200, named.body);
  const utf8 = await send("text/csv; charset=utf-8", Buffer.from(csv));
  t.equal(utf8.statusCode, 200);
  t.same(named.json().counts, utf8.json().counts, "decoded as named, it reads like the UTF-8 file");
  assertProblem(t, await send("text/csv; charset=klingon", latin1), 400, "unknown_charset");
  const json = await app.inject({ method: "POST", url: "/v1/imports?format=plover&dry_run=true", headers: { ...auth, "content-type": "application/json" }, payload: Buffer.from('[{"id":"x","text":"Z\xfcrich"}]', "latin1") });
  assertProblem(t, json, 400, "bad_encoding");
});
