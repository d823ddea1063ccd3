// Rate limits shared through Redis (REDIS_URL): instances on one Redis count
// one budget per client between them; without Redis each counts alone. Redis
// that does not answer at start stops the server in one line; Redis that goes
// away later lets requests through rather than refusing them.
//
// Needs a Redis server: TEST_REDIS_URL, or redis://127.0.0.1:6379 (every machine
// of this project runs one). Without one, these tests are skipped and say why.
import t from "tap";
import { createServer, connect, type Socket } from "node:net";
import { once } from "node:events";
import { randomInt } from "node:crypto";
import { build } from "../helpers/build.ts";
import { assertProblem } from "../helpers/problem.ts";
import { RedisUnavailable } from "../../src/plugins/limits.ts";
import { REDIS_UNAVAILABLE, REDIS_URL } from "../helpers/redis.ts";

const unavailable = REDIS_UNAVAILABLE;

const budgets = { RATE_LIMIT_ENABLED: true, RATE_LIMIT_READ_PER_MINUTE: 5, RATE_LIMIT_WRITE_PER_MINUTE: 2 };
/** A client address of its own for each test, so that no run meets another's counts in Redis. */
const someClient = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

t.test("two instances on one Redis share one budget per client", { skip: unavailable }, async (t) => {
  const a = await build(t, { config: { ...budgets, REDIS_URL } });
  const b = await build(t, { config: { ...budgets, REDIS_URL } });
  for (const app of [a, b]) app.post("/test/echo", async () => ({ ok: true }));
  const client = someClient();
  const read = (app: typeof a) => app.inject({ method: "GET", url: "/v1/events?limit=1", remoteAddress: client });
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await read(i % 2 ? b : a)).statusCode);
  t.same(statuses, [200, 200, 200, 200, 200], "five reads, spread over both instances, are within the budget");
  const sixth = await read(b);
  assertProblem(t, sixth, 429, "rate_limited");
  t.equal((await read(a)).statusCode, 429, "the other instance refuses too: the count is shared");
  t.equal((await a.inject({ method: "GET", url: "/v1/events?limit=1", remoteAddress: someClient() })).statusCode, 200, "another client has its own budget");

  // Writes have their own budget in Redis as in memory: the reads spent none of it.
  const write = (app: typeof a) => app.inject({ method: "POST", url: "/test/echo", payload: {}, remoteAddress: client });
  t.equal((await write(a)).statusCode, 200);
  t.equal((await write(b)).statusCode, 200);
  assertProblem(t, await write(a), 429, "rate_limited");
});

t.test("without REDIS_URL, each instance counts alone", async (t) => {
  const a = await build(t, { config: budgets });
  const b = await build(t, { config: budgets });
  const client = someClient();
  const read = (app: typeof a) => app.inject({ method: "GET", url: "/v1/events?limit=1", remoteAddress: client });
  for (let i = 0; i < 5; i++) await read(a);
  t.equal((await read(a)).statusCode, 429, "the first instance's budget is spent");
  t.equal((await read(b)).statusCode, 200, "the second has its own");
});

t.test("Redis that does not answer at start is one line naming REDIS_URL", async (t) => {
  // A port nothing listens on: take one, then close it.
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const port = (probe.address() as { port: number }).port;
  probe.close();
  await t.rejects(build(t, { config: { ...budgets, REDIS_URL: `redis://user:secret@127.0.0.1:${port}` } }), RedisUnavailable);
  await build(t, { config: { ...budgets, REDIS_URL: `redis://user:secret@127.0.0.1:${port}` } }).catch((err: Error) => {
    t.match(err.message, /^REDIS_URL: Redis at redis:\/\/\*\*\*@127\.0\.0\.1:\d+ does not answer/);
    t.notMatch(err.message, /secret/, "the password is not echoed");
    t.equal(err.message.split("\n").length, 1);
  });
});

t.test("Redis that goes away after start: requests are let through, not refused", { skip: unavailable }, async (t) => {
  // The instance reaches Redis through a relay this test can cut.
  const target = new URL(REDIS_URL);
  const sockets = new Set<Socket>();
  const relay = createServer((inbound) => {
    const outbound = connect(Number(target.port || 6379), target.hostname);
    sockets.add(inbound).add(outbound);
    inbound.pipe(outbound).pipe(inbound);
    const end = () => { inbound.destroy(); outbound.destroy(); };
    inbound.on("error", end).on("close", end);
    outbound.on("error", end).on("close", end);
  }).listen(0, "127.0.0.1");
  await once(relay, "listening");
  t.teardown(() => { relay.close(); for (const s of sockets) s.destroy(); });
  const app = await build(t, { config: { ...budgets, REDIS_URL: `redis://127.0.0.1:${(relay.address() as { port: number }).port}` } });
  const client = someClient();
  const read = () => app.inject({ method: "GET", url: "/v1/events?limit=1", remoteAddress: client });
  t.equal((await read()).headers["x-ratelimit-remaining"], "4", "counted in Redis while it answers");
  relay.close();
  for (const s of sockets) s.destroy();
  await new Promise((r) => setTimeout(r, 100));
  const statuses = [];
  for (let i = 0; i < 8; i++) statuses.push((await read()).statusCode);
  t.same(statuses, Array(8).fill(200), "with Redis gone, nothing is refused and nothing fails");
});
