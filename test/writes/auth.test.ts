// API keys: 401 without or with a bad key, 403 without the scope, open reads
// unless READ_REQUIRES_KEY, and only hashes in the database.
import t from "tap";
import { build, sqlOf } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";
import { createKey, hashToken, listKeys, parseScopes, revokeKey } from "../../src/services/keys.ts";

const place = { name: "Khabarovsk", kind: "city", country: "RUS", geo_precision: "locality" };

t.test("writes need a key with the write scope", async (t) => {
  const app = await build(t);
  const post = (headers: Record<string, string>) => app.inject({ method: "POST", url: "/v1/places", headers, payload: place });

  const none = await post({});
  t.equal(none.statusCode, 401);
  t.equal(none.headers["content-type"], "application/problem+json; charset=utf-8");
  t.match(none.headers["www-authenticate"], /^Bearer realm=/);
  t.equal(JSON.parse(none.body).code, "unauthorized");

  const bad = await post({ authorization: "Bearer crk_not-a-real-token" });
  t.equal(bad.statusCode, 401);
  t.match(bad.headers["www-authenticate"], /error="invalid_token"/);
  t.equal((await post({ authorization: "Basic abc" })).statusCode, 401, "not a bearer token");

  const reader = await bearer(app, "reader", ["read"]);
  const forbidden = await post(reader);
  t.equal(forbidden.statusCode, 403);
  t.match(forbidden.headers["www-authenticate"], /error="insufficient_scope", scope="write"/);
  t.equal(JSON.parse(forbidden.body).code, "forbidden");

  const writer = await createKey(app.prisma, "writer", ["read", "write"]);
  t.equal((await post({ authorization: `Bearer ${writer.token}` })).statusCode, 201);
  t.ok(await revokeKey(app.prisma, writer.id));
  t.notOk(await revokeKey(app.prisma, writer.id), "a key is revoked once");
  t.equal((await post({ authorization: `Bearer ${writer.token}` })).statusCode, 401, "a revoked key is refused");

  for (const [method, url] of [["PATCH", "/v1/places/plc_seoul"], ["DELETE", "/v1/places/plc_seoul"], ["POST", "/v1/actors/act_georgiy-zinoviev/merge"], ["POST", "/v1/imports"]] as const) {
    t.equal((await app.inject({ method, url, payload: {} })).statusCode, 401, `${method} ${url} needs a key`);
    t.equal((await app.inject({ method, url, headers: reader, payload: {} })).statusCode, 403, `${method} ${url} needs the write scope`);
  }
});

t.test("only a hash of each token is stored", async (t) => {
  const app = await build(t);
  const key = await createKey(app.prisma, "ci", parseScopes("read,write,admin"));
  t.match(key.token, /^crk_[\w-]{43}$/);
  const row = (await sqlOf(t, app).get<Record<string, string>>("SELECT * FROM api_keys WHERE id = ?", key.id))!;
  t.equal(row.token_hash, hashToken(key.token));
  t.notMatch(JSON.stringify(row), key.token.slice(4));
  const listed = await listKeys(app.prisma);
  t.same(listed.map((k) => [k.name, k.scopes]), [["ci", "read,write,admin"]]);
  t.notOk("token_hash" in listed[0], "listing does not show hashes");
  t.throws(() => parseScopes("read,delete"), /scopes must be/);
  await t.rejects(createKey(app.prisma, "bad\nname", ["read"]), /key name/);
});

t.test("reads are open, unless READ_REQUIRES_KEY=true", async (t) => {
  const open = await build(t);
  t.equal((await open.inject({ method: "GET", url: "/v1/events?limit=1" })).statusCode, 200);

  const closed = await build(t, { config: { READ_REQUIRES_KEY: true } });
  const res = await closed.inject({ method: "GET", url: "/v1/events?limit=1" });
  t.equal(res.statusCode, 401);
  t.match(res.headers["www-authenticate"], /Bearer/);
  t.equal((await closed.inject({ method: "GET", url: "/healthz" })).statusCode, 200, "liveness stays open");
  const reader = await bearer(closed, "reader", ["read"]);
  t.equal((await closed.inject({ method: "GET", url: "/v1/events?limit=1", headers: reader })).statusCode, 200);
  const writeOnly = await bearer(closed, "bot", ["write"]);
  t.equal((await closed.inject({ method: "GET", url: "/v1/events?limit=1", headers: writeOnly })).statusCode, 403);
  // A write answers with the record it wrote, read internally whatever the setting.
  const writer = await bearer(closed, "writer", ["write"]);
  const created = await closed.inject({ method: "POST", url: "/v1/places", headers: writer, payload: place });
  t.equal(created.statusCode, 201);
  t.equal(JSON.parse(created.body).name, "Khabarovsk");
  t.equal((await closed.inject({ method: "GET", url: "/v1/places/plc_seoul", headers: { "x-internal-read": "guess" } })).statusCode, 401, "the internal header cannot be guessed");
});
