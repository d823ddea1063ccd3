// Security headers, the CSP that Swagger UI needs, CORS, and no-store on
// anything authenticated or written.
import t from "tap";
import { build } from "../helpers/build.ts";
import { loadConfig } from "../../src/config.ts";

const csp = (header: unknown) => {
  const out = new Map<string, string[]>();
  for (const part of String(header).split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values);
  }
  return out;
};

t.test("API responses carry helmet's security headers and a CSP that allows nothing", async (t) => {
  const app = await build(t);
  for (const url of ["/v1/events?limit=1", "/v1/events/evt_nope", "/healthz", "/openapi.json"]) {
    const res = await app.inject({ method: "GET", url });
    t.equal(res.headers["x-content-type-options"], "nosniff", url);
    t.equal(res.headers["referrer-policy"], "no-referrer");
    t.ok(res.headers["strict-transport-security"]);
    t.ok(res.headers["x-frame-options"]);
    const policy = csp(res.headers["content-security-policy"]);
    t.same(policy.get("default-src"), ["'none'"], `${url}: default-src 'none'`);
    t.same(policy.get("frame-ancestors"), ["'none'"]);
    t.equal(res.headers["cross-origin-resource-policy"], "same-origin", "without CORS, same-origin");
    t.notOk(res.headers["x-powered-by"]);
  }
});

t.test("/docs has a CSP that allows every asset Swagger UI loads, and no inline script", async (t) => {
  const app = await build(t);
  const page = await app.inject({ method: "GET", url: "/docs/" });
  t.equal(page.statusCode, 200);
  const policy = csp(page.headers["content-security-policy"]);
  t.same(policy.get("script-src"), ["'self'"], "scripts from the same origin only");
  t.ok(policy.get("style-src")?.includes("'self'"));
  t.ok(policy.get("img-src")?.includes("data:"), "Swagger UI's icons are data: URIs");
  t.ok(policy.get("connect-src")?.includes("'self'"), "it may fetch the document from the same origin");

  t.notMatch(page.body, /<script(?![^>]*\bsrc=)[^>]*>/, "no inline <script> (script-src has no 'unsafe-inline')");
  t.notMatch(page.body, /\son[a-z]+=/i, "no inline event handlers (script-src-attr 'none')");
  const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  t.ok(assets.length >= 4, "it loads scripts and styles");
  for (const asset of assets) {
    const url = new URL(asset, "http://localhost/docs/");
    t.equal(url.origin, "http://localhost", `${asset} is same-origin, so 'self' allows it`);
    const res = await app.inject({ method: "GET", url: url.pathname });
    t.equal(res.statusCode, 200, `${url.pathname} is served`);
  }
  const init = await app.inject({ method: "GET", url: "/docs/static/swagger-initializer.js" });
  t.match(init.body, /resolveUrl\('\.\/json'\)|url: resolveUrl/, "the document is fetched from a relative, same-origin URL");
  const json = await app.inject({ method: "GET", url: "/docs/json" });
  t.equal(json.statusCode, 200, "which is served");
});

t.test("without CORS_ORIGINS no CORS header is sent, and preflights are 405", async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: "GET", url: "/v1/events?limit=1", headers: { origin: "https://evil.example" } });
  t.equal(res.statusCode, 200);
  t.notOk(res.headers["access-control-allow-origin"]);
  const pre = await app.inject({
    method: "OPTIONS", url: "/v1/events",
    headers: { origin: "https://evil.example", "access-control-request-method": "GET" },
  });
  t.equal(pre.statusCode, 405);
  t.notOk(pre.headers["access-control-allow-origin"]);
});

t.test("CORS_ORIGINS allows the listed origins only, and preflights work", async (t) => {
  const app = await build(t, { config: { CORS_ORIGINS: ["https://analyst.example", "http://localhost:8080"] } });
  const ok = await app.inject({ method: "GET", url: "/v1/events?limit=1", headers: { origin: "https://analyst.example" } });
  t.equal(ok.headers["access-control-allow-origin"], "https://analyst.example");
  t.match(ok.headers.vary, /Origin/);
  t.match(ok.headers["access-control-expose-headers"], /ETag/);
  t.notOk(ok.headers["access-control-allow-credentials"], "no credentials unless configured");

  const other = await app.inject({ method: "GET", url: "/v1/events?limit=1", headers: { origin: "https://evil.example" } });
  t.equal(other.statusCode, 200, "the data is public; the browser just may not hand it over");
  t.notOk(other.headers["access-control-allow-origin"]);

  const pre = await app.inject({
    method: "OPTIONS", url: "/v1/events/evt_x",
    headers: { origin: "http://localhost:8080", "access-control-request-method": "PATCH", "access-control-request-headers": "authorization, content-type, if-match" },
  });
  t.equal(pre.statusCode, 204);
  t.equal(pre.headers["access-control-allow-origin"], "http://localhost:8080");
  t.match(pre.headers["access-control-allow-methods"], /PATCH/);
  t.match(pre.headers["access-control-allow-headers"], /Authorization/);
  t.match(pre.headers["access-control-allow-headers"], /If-Match/);

  const wrong = await app.inject({ method: "DELETE", url: "/healthz" });
  t.equal(wrong.headers.allow, "GET, HEAD, OPTIONS", "405s list OPTIONS once CORS answers it");
});

t.test("CORS_ORIGINS=* is for public reads: any origin, never with credentials", async (t) => {
  const app = await build(t, { config: { CORS_ORIGINS: ["*"] } });
  const res = await app.inject({ method: "GET", url: "/v1/events?limit=1", headers: { origin: "https://anyone.example" } });
  t.equal(res.headers["access-control-allow-origin"], "*");
  t.notOk(res.headers["access-control-allow-credentials"]);
  t.equal(res.headers["cross-origin-resource-policy"], "cross-origin");

  const forced = await build(t, { config: { CORS_ORIGINS: ["*"], CORS_CREDENTIALS: true } });
  const again = await forced.inject({ method: "GET", url: "/v1/events?limit=1", headers: { origin: "https://anyone.example" } });
  t.notOk(again.headers["access-control-allow-credentials"], "even if the configuration check were bypassed");
});

t.test("credentials are sent only to listed origins, and never configured with *", async (t) => {
  const app = await build(t, { config: { CORS_ORIGINS: ["https://analyst.example"], CORS_CREDENTIALS: true } });
  const res = await app.inject({ method: "GET", url: "/v1/events?limit=1", headers: { origin: "https://analyst.example" } });
  t.equal(res.headers["access-control-allow-credentials"], "true");
  t.equal(res.headers["access-control-allow-origin"], "https://analyst.example");

  t.throws(() => loadConfig({ CORS_ORIGINS: "*", CORS_CREDENTIALS: "true" }), /CORS_CREDENTIALS: cannot be true when CORS_ORIGINS is `\*`/);
  t.throws(() => loadConfig({ CORS_ORIGINS: "https://a.example, *", CORS_CREDENTIALS: "1" }), /CORS_CREDENTIALS/);
  t.throws(() => loadConfig({ CORS_ORIGINS: "analyst.example/path" }), /not an origin/);
  t.same(loadConfig({ CORS_ORIGINS: " https://a.example ,http://b.example:8080 " }).CORS_ORIGINS, ["https://a.example", "http://b.example:8080"]);
});

t.test("authenticated and written responses are no-store; public GETs keep ETag and 304", async (t) => {
  const app = await build(t);
  app.post("/test/echo", async (req) => ({ received: req.body }));
  const url = "/v1/actors/act_georgiy-zinoviev";

  const pub = await app.inject({ method: "GET", url });
  t.match(pub.headers["cache-control"], /must-revalidate/);
  const tag = pub.headers.etag as string;
  const revalidated = await app.inject({ method: "GET", url, headers: { "if-none-match": tag } });
  t.equal(revalidated.statusCode, 304);

  const auth = await app.inject({ method: "GET", url, headers: { authorization: "Bearer some-key" } });
  t.equal(auth.statusCode, 200);
  t.equal(auth.headers["cache-control"], "no-store");
  const authMissing = await app.inject({ method: "GET", url: "/v1/events/evt_nope", headers: { authorization: "Bearer some-key" } });
  t.equal(authMissing.headers["cache-control"], "no-store", "errors too");

  const write = await app.inject({ method: "POST", url: "/test/echo", payload: { a: 1 } });
  t.equal(write.statusCode, 200);
  t.equal(write.headers["cache-control"], "no-store");
});
