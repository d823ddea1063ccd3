// Request bodies: size, media type and syntax are checked by the framework for
// every route that takes a body, so a test-only route stands in for the writes.
import t, { type Test } from "tap";
import { build } from "../helpers/build.ts";
import { assertProblem } from "../helpers/problem.ts";
import type { Config } from "../../src/config.ts";
import { bearer, current } from "../helpers/keys.ts";

async function withEcho(t: Test, config: Partial<Config> = {}) {
  const app = await build(t, { config });
  app.post("/test/echo", async (req) => ({ received: req.body }));
  app.patch("/test/echo", async (req) => ({ received: req.body }));
  return app;
}

t.test("a body over BODY_LIMIT_BYTES gets a 413 problem", async (t) => {
  const app = await withEcho(t, { BODY_LIMIT_BYTES: 100 });
  const small = await app.inject({ method: "POST", url: "/test/echo", payload: { note: "x".repeat(50) } });
  t.equal(small.statusCode, 200, "a body under the limit is accepted");
  const res = await app.inject({ method: "POST", url: "/test/echo", payload: { note: "x".repeat(200) } });
  const body = assertProblem(t, res, 413, "payload_too_large");
  t.match(body.detail, /100 bytes/);
});

t.test("a body of another media type gets a 415 problem", async (t) => {
  const app = await withEcho(t);
  for (const type of ["text/plain", "application/xml", "application/x-www-form-urlencoded"]) {
    const res = await app.inject({ method: "POST", url: "/test/echo", headers: { "content-type": type }, payload: "a=1" });
    assertProblem(t, res, 415, "unsupported_media_type");
  }
});

t.test("malformed JSON gets a 400 problem, not a 500", async (t) => {
  const app = await withEcho(t);
  for (const [type, payload] of [
    ["application/json", '{"name": '],
    ["application/json", "{'single': 'quotes'}"],
    ["application/json", ""],
    ["application/merge-patch+json", "[1, 2"],
    ["application/json", '{"__proto__": {"admin": true}}'],
    ["application/json", '{"constructor": {"prototype": {"admin": true}}}'],
  ]) {
    const res = await app.inject({ method: "POST", url: "/test/echo", headers: { "content-type": type! }, payload });
    t.equal(res.statusCode, 400, `${type} ${JSON.stringify(payload)}`);
    assertProblem(t, res, 400);
  }
});

t.test("application/merge-patch+json is parsed as JSON", async (t) => {
  const app = await withEcho(t);
  const res = await app.inject({
    method: "PATCH", url: "/test/echo",
    headers: { "content-type": "application/merge-patch+json" }, payload: '{"title": "A new title", "summary": null}',
  });
  t.equal(res.statusCode, 200);
  t.same(JSON.parse(res.body), { received: { title: "A new title", summary: null } });
});

t.test("a request without a body may say Content-Type: application/json (many clients send it on every request)", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const json = { "content-type": "application/json" };
  const url = "/v1/places/plc_vladivostok";
  const read = await app.inject({ method: "GET", url, headers: json });
  t.equal(read.statusCode, 200, "GET");
  // Nothing refers to a new place, so it can be deleted.
  const created = await app.inject({ method: "POST", url: "/v1/places", headers: auth, payload: { name: "Nakhodka", kind: "city", country: "RUS", latitude: 42.82, longitude: 132.89, geo_precision: "locality" } });
  t.equal(created.statusCode, 201, created.body);
  const place = created.headers.location as string;
  const { etag } = await current(app, place);
  const del = await app.inject({ method: "DELETE", url: place, headers: { ...auth, ...json, "if-match": etag } });
  t.equal(del.statusCode, 204, del.body);
  t.equal((await app.inject({ method: "GET", url: place })).statusCode, 410, "it was deleted");
  const mergePatch = await app.inject({ method: "DELETE", url: "/v1/places/plc_nowhere", headers: { ...auth, "content-type": "application/merge-patch+json" } });
  assertProblem(t, mergePatch, 404);
  // A write that takes a body still says its body is empty.
  const empty = await app.inject({ method: "PATCH", url, headers: { ...auth, ...json, "if-match": "x" }, payload: "" });
  assertProblem(t, empty, 400, "malformed_json");
});
