import t, { type Test } from "tap";
import { build, getJson } from "../helpers/build.ts";

const isProblem = (t: Test, res: { headers: Record<string, unknown> }, body: any, status: number) => {
  t.equal(res.headers["content-type"], "application/problem+json; charset=utf-8");
  t.equal(body.status, status, "status repeats the HTTP status");
  t.type(body.title, "string");
  t.type(body.detail, "string");
  t.notMatch(JSON.stringify(body), /at \/|\.ts:|SQLITE|Prisma|P20\d\d/, "no stack trace, SQL or ORM code");
};

t.test("bad list parameters get a 400 problem naming the parameter", async (t) => {
  const app = await build(t);
  const cases: [string, string, RegExp][] = [
    ["limit=0", "limit", /1 to 500/],
    ["limit=501", "limit", /1 to 500/],
    ["limit=1e309", "limit", /1 to 500/],
    ["limit=abc", "limit", /1 to 500/],
    ["limit=2.5", "limit", /1 to 500/],
    ["limit=5&limit=6", "limit", /given once, not repeated/],
    ["colour=red", "colour", /not a known parameter/],
    ["cursor=not-a-cursor", "cursor", /next_cursor/],
  ];
  for (const collection of ["events", "actors", "claims", "sources", "places"]) {
    for (const [query, name, message] of cases) {
      const { res, status, body } = await getJson(app, `/v1/${collection}?${query}`);
      t.equal(status, 400, `${collection}?${query}`);
      isProblem(t, res, body, 400);
      t.equal(body.code, "invalid_request");
      t.ok(body.errors.some((e: any) => e.name === name && e.in === "query" && message.test(e.message)), `${collection}?${query} names ${name}`);
    }
  }
});

t.test("an unknown id gets a 404 problem", async (t) => {
  const app = await build(t);
  for (const path of ["/v1/events/evt_nope", "/v1/actors/act_nope", "/v1/claims/clm_nope", "/v1/sources/src_nope", "/v1/places/plc_nope",
    "/v1/events/evt_nope/claims", "/v1/actors/act_nope/events", "/v1/actors/act_nope/claims", "/v1/sources/src_nope/claims"]) {
    const { res, status, body } = await getJson(app, path);
    t.equal(status, 404, path);
    isProblem(t, res, body, 404);
    t.equal(body.code, "not_found");
    t.match(body.detail, /_nope/);
  }
});

t.test("an unknown route gets a 404 problem", async (t) => {
  const app = await build(t);
  const { res, status, body } = await getJson(app, "/v1/nothing-here");
  t.equal(status, 404);
  isProblem(t, res, body, 404);
});
