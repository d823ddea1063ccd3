// The edges of HTTP: answers that vary by Accept say so; a request whose body
// trickles in gets its 408 within REQUEST_TIMEOUT_MS; Node's own 400, 408 and
// 431 answers are problem+json with the security headers; a missing file
// under /docs/static/ is a 404.
import t from "tap";
import { build } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";
import { listen, rawRequest, request } from "../helpers/raw.ts";

t.test("lists, which pick their representation by Accept, send Vary: Accept", async (t) => {
  const app = await build(t);
  for (const url of ["/v1/events?limit=1", "/v1/actors?limit=1", "/v1/claims?limit=1&format=json", "/v1/actors/act_russia/events?limit=1"]) {
    for (const accept of ["application/json", "text/csv"]) {
      const res = await app.inject({ url, headers: { accept } });
      t.equal(res.statusCode, 200);
      t.match(res.headers.vary, /\bAccept\b/, `${url} (${accept})`);
    }
  }
  const cors = await build(t, { config: { CORS_ORIGINS: ["https://example.org"] } });
  const both = await cors.inject({ url: "/v1/events?limit=1", headers: { origin: "https://example.org" } });
  t.match(both.headers.vary, /Origin/, "CORS's Vary is kept");
  t.match(both.headers.vary, /Accept/, "and Accept added");
});

t.test("a body that trickles in gets a problem+json 408 within REQUEST_TIMEOUT_MS", async (t) => {
  const app = await build(t, { config: { REQUEST_TIMEOUT_MS: 2000 } });
  const { authorization } = await bearer(app);
  const port = await listen(app);
  const head = `POST /v1/actors HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${authorization}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`;
  // One byte every 200 ms: each arrives well within any idle timeout, the whole never does.
  const res = await rawRequest(port, [head, ...Array.from({ length: 60 }, () => " ")], { gapMs: 200, timeoutMs: 15_000 });
  t.equal(res.status, 408, res.raw.slice(0, 200));
  t.ok(res.ms < 2000 + 1500, `answered after ${res.ms} ms, within the timeout and the check interval`);
  t.equal(res.headers["content-type"], "application/problem+json; charset=utf-8");
  t.match(JSON.parse(res.body), { status: 408, code: "request_timeout", detail: /REQUEST_TIMEOUT_MS/ });
  t.ok(res.headers["content-security-policy"], "with the security headers");
  t.equal(res.headers["x-content-type-options"], "nosniff");
});

t.test("Node's own 400 and 431 are problem+json with the security headers", async (t) => {
  const app = await build(t);
  const port = await listen(app);
  const malformed = await request(port, "GET /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x");
  const huge = await request(port, `GET /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${"a".repeat(20_000)}`);
  const line = await rawRequest(port, "GARBAGE\r\n\r\n");
  for (const [res, status, code] of [[malformed, 400, "bad_request"], [huge, 431, "headers_too_large"], [line, 400, "bad_request"]] as const) {
    t.equal(res.status, status);
    t.equal(res.headers["content-type"], "application/problem+json; charset=utf-8");
    t.match(JSON.parse(res.body), { type: "about:blank", status, code });
    t.match(res.headers["content-security-policy"], /default-src 'none'/, "the API's CSP");
    t.equal(res.headers["x-content-type-options"], "nosniff");
  }
});

t.test("a file missing under /docs/static/ is a 404; a wrong method there is still a 405", async (t) => {
  const app = await build(t);
  const missing = await app.inject("/docs/static/no-such-file.js");
  t.equal(missing.statusCode, 404);
  t.equal(missing.headers["content-type"], "application/problem+json; charset=utf-8");
  t.equal((await app.inject("/docs/static/index.css")).statusCode, 200, "a real file is served");
  t.equal((await app.inject({ method: "POST", url: "/docs/static/index.css" })).statusCode, 405);
});
