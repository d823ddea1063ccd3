// Rate limits: a budget a minute per client IP and per API key, lower for
// writes than for reads, answered with 429 problem+json and Retry-After.
import t from "tap";
import { build } from "../helpers/build.ts";
import { assertProblem } from "../helpers/problem.ts";

const budgets = { RATE_LIMIT_ENABLED: true, RATE_LIMIT_READ_PER_MINUTE: 5, RATE_LIMIT_WRITE_PER_MINUTE: 2 };

async function limited(t: Parameters<typeof build>[0]) {
  const app = await build(t, { config: budgets });
  app.post("/test/echo", async (req) => ({ received: req.body }));
  return app;
}

t.test("reads past the read budget get a 429 problem with Retry-After", async (t) => {
  const app = await limited(t);
  for (let i = 0; i < 5; i++) {
    const res = await app.inject({ method: "GET", url: "/v1/events?limit=1" });
    t.equal(res.statusCode, 200, `read ${i + 1}`);
    t.equal(res.headers["x-ratelimit-remaining"], String(4 - i));
  }
  const res = await app.inject({ method: "GET", url: "/v1/events?limit=1" });
  const body = assertProblem(t, res, 429, "rate_limited");
  const retry = Number(res.headers["retry-after"]);
  t.ok(retry >= 1 && retry <= 60, `Retry-After is a number of seconds within the window (${retry})`);
  t.match(body.detail, /5 a minute/);
  const unknown = await app.inject({ method: "GET", url: "/v1/nothing" });
  t.equal(unknown.statusCode, 429, "unknown paths count too: crawlers get no free budget");
});

t.test("writes have their own, lower budget", async (t) => {
  const app = await limited(t);
  for (let i = 0; i < 2; i++) {
    const res = await app.inject({ method: "POST", url: "/test/echo", payload: { i } });
    t.equal(res.statusCode, 200, `write ${i + 1}`);
  }
  const res = await app.inject({ method: "POST", url: "/test/echo", payload: { i: 3 } });
  const body = assertProblem(t, res, 429, "rate_limited");
  t.match(body.detail, /writes: the limit is 2 a minute/);
  t.ok(res.headers["retry-after"]);
  const read = await app.inject({ method: "GET", url: "/v1/events?limit=1" });
  t.equal(read.statusCode, 200, "reads are still within their budget");
});

t.test("/healthz is never limited", async (t) => {
  const app = await limited(t);
  for (let i = 0; i < 8; i++) await app.inject({ method: "GET", url: "/v1/events?limit=1" });
  for (let i = 0; i < 8; i++) {
    const res = await app.inject({ method: "GET", url: "/healthz" });
    t.equal(res.statusCode, 200);
  }
});

t.test("each client IP has its own budget", async (t) => {
  const app = await limited(t);
  for (let i = 0; i < 6; i++) await app.inject({ method: "GET", url: "/v1/events?limit=1", remoteAddress: "203.0.113.1" });
  const first = await app.inject({ method: "GET", url: "/v1/events?limit=1", remoteAddress: "203.0.113.1" });
  t.equal(first.statusCode, 429);
  const other = await app.inject({ method: "GET", url: "/v1/events?limit=1", remoteAddress: "203.0.113.2" });
  t.equal(other.statusCode, 200);
});

t.test("an API key's budget is shared across addresses, and made-up keys mint no new budget", async (t) => {
  const app = await limited(t);
  const key = { authorization: "Bearer key-one" };
  for (let i = 0; i < 5; i++) {
    const res = await app.inject({ method: "GET", url: "/v1/events?limit=1", headers: key, remoteAddress: `198.51.100.${i + 1}` });
    t.equal(res.statusCode, 200);
  }
  const spread = await app.inject({ method: "GET", url: "/v1/events?limit=1", headers: key, remoteAddress: "198.51.100.99" });
  assertProblem(t, spread, 429, "rate_limited");

  for (let i = 0; i < 5; i++) {
    await app.inject({ method: "GET", url: "/v1/events?limit=1", headers: { authorization: `Bearer made-up-${i}` }, remoteAddress: "192.0.2.7" });
  }
  const fresh = await app.inject({ method: "GET", url: "/v1/events?limit=1", headers: { authorization: "Bearer made-up-new" }, remoteAddress: "192.0.2.7" });
  t.equal(fresh.statusCode, 429, "the address's own budget still applies");
});

t.test("RATE_LIMIT_ENABLED=false turns the limits off", async (t) => {
  const app = await build(t, { config: { ...budgets, RATE_LIMIT_ENABLED: false } });
  for (let i = 0; i < 10; i++) {
    const res = await app.inject({ method: "GET", url: "/v1/events?limit=1" });
    t.equal(res.statusCode, 200);
    t.notOk(res.headers["x-ratelimit-limit"]);
  }
});
