// Load shedding: when the event loop is saturated, requests get a 503 problem
// with Retry-After at once, /healthz included.
import t from "tap";
import { setTimeout as sleep } from "node:timers/promises";
import { build } from "../helpers/build.ts";
import { assertProblem } from "../helpers/problem.ts";

t.test("a saturated event loop answers 503 problem+json with Retry-After", async (t) => {
  // A threshold far below the 500 ms stretches, but above what a busy shared machine's
  // scheduling adds; and the first check waits out any lag the test itself met.
  const app = await build(t, { config: { MAX_EVENT_LOOP_DELAY_MS: 200 } });
  let before = await app.inject({ method: "GET", url: "/healthz" });
  for (let i = 0; i < 60 && before.statusCode !== 200; i++) {
    await sleep(50);
    before = await app.inject({ method: "GET", url: "/healthz" });
  }
  t.equal(before.statusCode, 200, "healthy before the loop is blocked");

  // Hold the event loop, as CPU-bound requests would: for 3 s, in stretches of 500 ms with a moment's yield
  // between. The check reads the mean delay of the last second's samples. One block of 1.5 s gives a single
  // sample, and if the check's timer runs before that sample is recorded, the sample is averaged into the
  // next second with a hundred small ones and never crosses the threshold (seen once in CI). Stretches
  // make every second of the 3 s hold a few ~500 ms samples, whichever way the timers fall.
  const until = Date.now() + 3000;
  while (Date.now() < until) {
    const stretch = Date.now() + 500;
    while (Date.now() < stretch);
    await sleep(1);
  }

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
