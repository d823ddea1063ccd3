// Two real server processes on one PostgreSQL database, as behind a load
// balancer: concurrent writers on both lose no update and one wins each
// ETag; a write on one is what the other reads next, with a new ETag and
// new totals; and a follower of the change feed, polling either instance
// while both write, sees every change once, in order.
import t, { type Test } from "tap";
import pg from "pg";
import { copyPostgres, POSTGRES_UNAVAILABLE } from "../helpers/postgres.ts";
import { startServer, type RunningServer } from "../helpers/server.ts";
import { tokenIn } from "../helpers/keys.ts";
import { REDIS_UNAVAILABLE, REDIS_URL } from "../helpers/redis.ts";

async function twoServers(t: Test) {
  const url = await copyPostgres(t);
  const token = await tokenIn(url, "curator");
  const servers = await Promise.all([startServer(t, "", { DATABASE_URL: url }), startServer(t, "", { DATABASE_URL: url })]);
  return { servers, auth: { authorization: `Bearer ${token}`, "content-type": "application/json" } };
}

const PLACE = "/v1/places/plc_vladivostok";

async function read(server: RunningServer, path: string) {
  const res = await fetch(`${server.base}${path}`);
  return { status: res.status, etag: res.headers.get("etag"), body: await res.json() };
}

t.test("concurrent PATCHes on two instances: one winner per ETag, no update lost", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const { servers, auth } = await twoServers(t);
  const first = await read(servers[0], PLACE);
  let version = first.body.version as number;
  let winners = 0;
  for (let round = 1; round <= 6; round++) {
    const { etag } = await read(servers[round % 2], PLACE);
    // Four writers, two on each instance, all holding the same ETag.
    const answers = await Promise.all(Array.from({ length: 4 }, (_, i) =>
      fetch(`${servers[i % 2].base}${PLACE}`, { method: "PATCH", headers: { ...auth, "if-match": etag! }, body: JSON.stringify({ name: `Vladivostok ${round}.${i}` }) })
        .then(async (r) => ({ status: r.status, body: await r.json() }))));
    const statuses = answers.map((a) => a.status).sort();
    t.same(statuses, [200, 412, 412, 412], `round ${round}: one winner, three told the record changed (${statuses.join(" ")})`);
    winners += statuses.filter((s) => s === 200).length;
    version += 1;
    const after = await read(servers[(round + 1) % 2], PLACE);
    t.equal(after.body.version, version, `round ${round}: each win is one version`);
    t.equal(after.body.name, answers.find((a) => a.status === 200)!.body.name, `round ${round}: the winner's write is what both read`);
  }
  t.equal(winners, 6);
});

t.test("a write on one instance is the other's next read: new body, new ETag, new totals", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const { servers: [a, b], auth } = await twoServers(t);
  const before = await read(b, PLACE);
  const listBefore = await read(b, "/v1/places?limit=1");
  const patched = await fetch(`${a.base}${PLACE}`, { method: "PATCH", headers: { ...auth, "if-match": before.etag! }, body: JSON.stringify({ name: "Vladivostok (Primorsky Krai)" }) });
  t.equal(patched.status, 200);
  const after = await read(b, PLACE);
  t.equal(after.body.name, "Vladivostok (Primorsky Krai)");
  t.not(after.etag, before.etag, "a new ETag");
  const stale = await fetch(`${b.base}${PLACE}`, { headers: { "if-none-match": before.etag! } });
  t.equal(stale.status, 200, "the old ETag no longer matches on the other instance");
  const created = await fetch(`${a.base}/v1/places`, { method: "POST", headers: auth, body: JSON.stringify({ name: "Khabarovsk", kind: "city", country: "RUS", latitude: 48.48, longitude: 135.07, geo_precision: "locality", external_ids: {} }) });
  t.equal(created.status, 201);
  const listAfter = await read(b, "/v1/places?limit=1");
  t.equal(listAfter.body.page.total, listBefore.body.page.total + 1, "the other instance's remembered total follows the write");
  const stats = await read(b, "/v1/stats/events?group_by=country");
  const event = await fetch(`${a.base}/v1/events`, { method: "POST", headers: auth, body: JSON.stringify({
    type: "other", title: "Written on the first instance", summary: "A record to count.", start_date: "2024-10-22", end_date: "2024-10-22", date_precision: "day", status: "reported", place_id: "plc_vladivostok",
  }) });
  t.equal(event.status, 201, await event.clone().text());
  const statsAfter = await read(b, "/v1/stats/events?group_by=country");
  t.equal(statsAfter.body.total, stats.body.total + 1, "remembered statistics follow too");
  // Both instances sign cursors with the secret stored in the database: a page begun on one continues on the other.
  const page1 = await read(a, "/v1/events?limit=5&sort=-start_date");
  const page2 = await read(b, `/v1/events?limit=5&sort=-start_date&cursor=${encodeURIComponent(page1.body.page.next_cursor)}`);
  t.equal(page2.status, 200, "a cursor from one instance is valid on the other");
  const whole = await read(b, "/v1/events?limit=10&sort=-start_date");
  t.same([...page1.body.data, ...page2.body.data].map((e: { id: string }) => e.id), whole.body.data.map((e: { id: string }) => e.id), "and continues where it stopped");
});

t.test("a follower polling either instance while both write sees every change once", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const { servers, auth } = await twoServers(t);
  let since = (await read(servers[0], "/v1/changes?limit=1000")).body.next_since as string;
  const seen: number[] = [];
  const ids: string[] = [];
  let writing = true;
  const follow = (async () => {
    for (let i = 0; writing || i % 2 === 1; i++) {
      const { body } = await read(servers[i % 2], `/v1/changes?since=${since}&limit=1000`);
      for (const c of body.data) {
        seen.push(c.seq);
        ids.push(c.id);
      }
      since = body.next_since;
      if (!writing && body.data.length === 0) break;
    }
  })();
  const created: string[] = [];
  await Promise.all(servers.map(async (server, s) => {
    for (let i = 0; i < 15; i++) {
      const res = await fetch(`${server.base}/v1/places`, { method: "POST", headers: auth, body: JSON.stringify({ name: `Feed ${s}.${i}`, kind: "city", country: "RUS", latitude: 43.1, longitude: 131.9, geo_precision: "locality", external_ids: {} }) });
      t.equal(res.status, 201);
      created.push(String(res.headers.get("location")).split("/").pop()!);
    }
  }));
  writing = false;
  await follow;
  // One last read after the writers are done: anything still unseen would be a gap.
  const rest = await read(servers[0], `/v1/changes?since=${since}&limit=1000`);
  for (const c of rest.body.data) {
    seen.push(c.seq);
    ids.push(c.id);
  }
  t.equal(new Set(seen).size, seen.length, "no change seen twice");
  t.same([...seen].sort((x, y) => x - y), seen, "in order");
  t.same([...ids].sort(), [...created].sort(), "every created record's change, once");
});

t.test("a PostgreSQL database that goes away is a 503 that says so, and reads come back with it", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const url = await copyPostgres(t);
  const [server] = [await startServer(t, "", { DATABASE_URL: url })];
  t.equal((await read(server, PLACE)).status, 200);
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  t.teardown(() => admin.end());
  // Every session of the server is cut, as a restart of PostgreSQL would; the pool reconnects on the next read.
  await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
  const statuses: number[] = [];
  for (let i = 0; i < 3; i++) statuses.push((await read(server, PLACE)).status);
  t.ok(statuses.every((s) => s === 200 || s === 503), `a cut session is a 503 at worst, never a 500 (${statuses.join(" ")})`);
  t.equal(statuses[statuses.length - 1], 200, "and the next reads are served again");
  // Now the database itself goes: a 503 that names the condition, with Retry-After.
  await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
  await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
  const res = await fetch(`${server.base}${PLACE}`);
  t.equal(res.status, 503, await res.clone().text() + server.output().slice(-1500));
  t.equal(res.headers.get("content-type"), "application/problem+json; charset=utf-8");
  t.equal((await res.json()).code, "database_unavailable");
  t.ok(Number(res.headers.get("retry-after")) > 0);
  await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
  t.equal((await read(server, PLACE)).status, 200, "served again once the database is back");
});

t.test("two server processes on one PostgreSQL and one Redis count one rate limit per client", { skip: POSTGRES_UNAVAILABLE || REDIS_UNAVAILABLE }, async (t) => {
  const url = await copyPostgres(t);
  const env = { DATABASE_URL: url, REDIS_URL, RATE_LIMIT_ENABLED: "true", RATE_LIMIT_READ_PER_MINUTE: "5", TRUST_PROXY: "true" };
  const servers = await Promise.all([startServer(t, "", env), startServer(t, "", env)]);
  // A client address of this run's own (the servers trust X-Forwarded-For), so no other run's counts meet it in Redis.
  const client = `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
  const get = (i: number) => fetch(`${servers[i % 2].base}/v1/events?limit=1`, { headers: { "x-forwarded-for": client } }).then((r) => r.status);
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) statuses.push(await get(i));
  t.same(statuses, [200, 200, 200, 200, 200, 429, 429], "five reads spread over both processes, then both refuse: one budget");
});
