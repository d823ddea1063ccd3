// URL caps and server timeouts.
import t from "tap";
import { connect } from "node:net";
import { once } from "node:events";
import { build } from "../helpers/build.ts";
import { assertProblem } from "../helpers/problem.ts";
import { loadConfig } from "../../src/config.ts";

t.test("a URL longer than MAX_URL_LENGTH gets a 414 problem", async (t) => {
  const app = await build(t, { config: { MAX_URL_LENGTH: 200 } });
  const ok = await app.inject({ method: "GET", url: `/v1/events?cursor=${"a".repeat(10)}` });
  t.not(ok.statusCode, 414);
  const res = await app.inject({ method: "GET", url: `/v1/events?cursor=${"x".repeat(300)}` });
  const body = assertProblem(t, res, 414, "uri_too_long");
  t.ok(body.instance.length <= 256, "the problem does not echo the whole URL");
});

t.test("a path segment too long for the router, or not decodable, gets a problem", async (t) => {
  const app = await build(t);
  const long = await app.inject({ method: "GET", url: `/v1/events/evt_${"x".repeat(300)}` });
  const body = assertProblem(t, long, 414, "uri_too_long");
  t.ok(body.instance.length <= 256, "the problem does not echo the whole URL");
  const bad = await app.inject({ method: "GET", url: "/v1/events/evt_%E0%A4%A" });
  assertProblem(t, bad, 400, "bad_url");
});

t.test("a query string longer than MAX_QUERY_LENGTH gets a 414 problem", async (t) => {
  const app = await build(t, { config: { MAX_QUERY_LENGTH: 50 } });
  const res = await app.inject({ method: "GET", url: `/v1/events?cursor=${"a".repeat(60)}` });
  assertProblem(t, res, 414, "query_too_long");
});

t.test("more than MAX_QUERY_PARAMS parameters get a 400 problem", async (t) => {
  const app = await build(t, { config: { MAX_QUERY_PARAMS: 3 } });
  const fine = await app.inject({ method: "GET", url: "/v1/events?limit=1" });
  t.equal(fine.statusCode, 200);
  const res = await app.inject({ method: "GET", url: "/v1/events?a=1&b=2&c=3&d=4" });
  const body = assertProblem(t, res, 400, "too_many_parameters");
  t.match(body.detail, /4 parameters; the limit is 3/);
});

t.test("the defaults are documented values", async (t) => {
  const c = loadConfig({});
  t.equal(c.BODY_LIMIT_BYTES, 1_048_576);
  t.equal(c.REQUEST_TIMEOUT_MS, 30_000);
  t.equal(c.CONNECTION_TIMEOUT_MS, 60_000);
  t.equal(c.MAX_URL_LENGTH, 4096);
  t.equal(c.RATE_LIMIT_READ_PER_MINUTE, 600);
  t.equal(c.RATE_LIMIT_WRITE_PER_MINUTE, 60);
  t.equal(c.SQLITE_SYNCHRONOUS, "NORMAL");
  t.throws(() => loadConfig({ RATE_LIMIT_WRITE_PER_MINUTE: "0" }), /RATE_LIMIT_WRITE_PER_MINUTE/);
});

t.test("request and connection timeouts reach the HTTP server", async (t) => {
  const app = await build(t, { config: { REQUEST_TIMEOUT_MS: 12_345, CONNECTION_TIMEOUT_MS: 23_456 } });
  await app.ready();
  t.equal(app.server.requestTimeout, 12_345);
  t.equal(app.server.timeout, 23_456);
});

t.test("an idle connection is closed after CONNECTION_TIMEOUT_MS", async (t) => {
  const app = await build(t, { config: { CONNECTION_TIMEOUT_MS: 200 } });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as { port: number };
  const socket = connect(port, "127.0.0.1");
  await once(socket, "connect");
  socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n"); // the head is never finished
  socket.resume();
  await once(socket, "close");
  t.pass("the server closed the connection");
});
