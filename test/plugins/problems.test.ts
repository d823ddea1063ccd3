// Method errors and server errors: a consistent problem for each, and nothing
// of the server's internals in any of them.
import t from "tap";
import { build } from "../helpers/build.ts";
import { assertProblem } from "../helpers/problem.ts";
import { pathPattern } from "../../src/plugins/problems.ts";

t.test("a wrong method on a known path gets a 405 problem with Allow", async (t) => {
  const app = await build(t);
  const cases: [string, string, string][] = [
    ["DELETE", "/healthz", "GET, HEAD"],
    ["POST", "/healthz", "GET, HEAD"],
    ["PUT", "/v1/events", "GET, HEAD, POST"],
    ["PUT", "/v1/events/evt_x", "DELETE, GET, HEAD, PATCH"],
    ["PUT", "/v1/actors/act_georgiy-zinoviev", "DELETE, GET, HEAD, PATCH"],
    ["POST", "/v1/sources/src_x/claims", "GET, HEAD"],
    ["OPTIONS", "/v1/claims", "GET, HEAD, POST"],
    ["DELETE", "/v1/changes", "GET, HEAD"],
    ["GET", "/v1/actors/act_x/merge", "POST"],
    ["POST", "/docs/static/index.css", "GET, HEAD"],
  ];
  for (const [method, url, allow] of cases) {
    const res = await app.inject({ method: method as "GET", url });
    const body = assertProblem(t, res, 405, "method_not_allowed");
    t.equal(res.headers.allow, allow, `${method} ${url}`);
    t.match(body.detail, method);
  }
});

t.test("an unknown path is still a 404, whatever the method", async (t) => {
  const app = await build(t);
  for (const [method, url] of [["GET", "/v1/nothing"], ["DELETE", "/v1/events/evt_x/nothing"], ["POST", "/v2/events"], ["GET", "/healthz/x"]]) {
    const res = await app.inject({ method: method as "GET", url });
    assertProblem(t, res, 404, "not_found");
    t.notOk(res.headers.allow);
  }
});

t.test("route paths become patterns that match request paths", async (t) => {
  t.ok(pathPattern("/v1/events/:id").test("/v1/events/evt_x"));
  t.notOk(pathPattern("/v1/events/:id").test("/v1/events/evt_x/claims"));
  t.ok(pathPattern("/docs/static/*").test("/docs/static/a/b.css"));
  t.notOk(pathPattern("/v1/events.csv").test("/v1/eventsxcsv"), "dots are literal");
});

t.test("an internal error gets a generic 500 problem: no message, stack, SQL or ORM code", async (t) => {
  const app = await build(t);
  app.get("/test/boom", async () => {
    const err = new Error("SQLITE_ERROR: no such column: secret near \"SELECT * FROM api_keys\"") as Error & { code?: string };
    err.code = "P2002";
    throw err;
  });
  app.get("/test/boom-status", async () => {
    throw Object.assign(new Error("PrismaClientKnownRequestError at /srv/app/src/repositories/events.ts:12"), { statusCode: 502 });
  });
  for (const url of ["/test/boom", "/test/boom-status"]) {
    const res = await app.inject({ method: "GET", url });
    const body = assertProblem(t, res, 500, "internal_error");
    t.notMatch(res.body, /secret|api_keys|no such column|\.ts|Prisma/);
    t.same(Object.keys(body).sort(), ["code", "detail", "instance", "status", "title", "type"]);
  }
});
