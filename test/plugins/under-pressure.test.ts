// Load shedding: when the event loop is saturated, requests get a 503 problem
// with Retry-After at once, /healthz included.
import t from "tap";
import { setTimeout as sleep } from "node:timers/promises";
import { build } from "../helpers/build.ts";
import { assertProblem } from "../helpers/problem.ts";

t.test("a saturated event loop answers 503 problem+json with Retry-After", async (t) => {
  // A threshold far below the 1.5 s block, but above what a busy shared machine's
  // scheduling adds; and the first check waits out any lag the test itself met.
  const app = await build(t, { config: { MAX_EVENT_LOOP_DELAY_MS: 200 } });
  let before = await app.inject({ method: "GET", url: "/healthz" });
  for (let i = 0; i < 60 && before.statusCode !== 200; i++) {
    await sleep(50);
    before = await app.inject({ method: "GET", url: "/healthz" });
  }
  t.equal(before.statusCode, 200, "healthy before the loop is blocked");

  const until = Date.now() + 1500;
  while (Date.now() < until); // hold the event loop, as a CPU-bound request would

  let res = await app.inject({ method: "GET", url: "/healthz" });
  for (let i = 0; i < 40 && res.statusCode !== 503; i++) {
    await sleep(50); // the delay is sampled once a second
    res = await app.inject({ method: "GET", url: "/healthz" });
  }
  const body = assertProblem(t, res, 503, "overloaded");
  t.equal(res.headers["retry-after"], "10");
  t.match(body.detail, /overloaded/);
  const api = await app.inject({ method: "GET", url: "/v1/events?limit=1" });
  assertProblem(t, api, 503, "overloaded");
});

t.test("MAX_EVENT_LOOP_DELAY_MS=0 turns the check off", async (t) => {
  const app = await build(t, { config: { MAX_EVENT_LOOP_DELAY_MS: 0 } });
  const until = Date.now() + 1200;
  while (Date.now() < until);
  await sleep(1100);
  const res = await app.inject({ method: "GET", url: "/healthz" });
  t.equal(res.statusCode, 200);
});
