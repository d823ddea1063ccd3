// The OpenAPI document as a product: every operation named and tagged with a
// described tag, Swagger UI's pre-filled requests finding records, every
// refusal's example a real answer of its status, and a relative server URL.
import t from "tap";
import { request } from "node:http";
import { build } from "../helpers/build.ts";
import { bearer, current } from "../helpers/keys.ts";
import { SCOPES, type Scope } from "../../src/services/keys.ts";
import { importJobWithId } from "../helpers/import-job.ts";
import { PROBLEM_EXAMPLES, operationIdOf } from "../../src/plugins/openapi-shape.ts";

type App = Awaited<ReturnType<typeof build>>;

const resolve = (doc: any, node: any): any => (node?.$ref ? resolve(doc, node.$ref.slice(2).split("/").reduce((o: any, k: string) => o?.[k], doc)) : node);

const operations = (doc: any) =>
  Object.entries<any>(doc.paths).flatMap(([path, item]) => Object.entries<any>(item).map(([method, op]) => ({ path, method, op })));

t.test("operation ids come from method and path, and are unique", async (t) => {
  t.equal(operationIdOf("get", "/v1/events"), "listEvents");
  t.equal(operationIdOf("get", "/v1/events/{id}"), "getEvent");
  t.equal(operationIdOf("get", "/v1/events/{id}/claims"), "listEventClaims");
  t.equal(operationIdOf("post", "/v1/claims"), "createClaim");
  t.equal(operationIdOf("patch", "/v1/places/{id}"), "updatePlace");
  t.equal(operationIdOf("delete", "/v1/sources/{id}"), "deleteSource");
  t.equal(operationIdOf("post", "/v1/actors/{id}/merge"), "mergeActor");
  t.equal(operationIdOf("get", "/v1/actors/{id}/revisions"), "listActorRevisions");
  const app = await build(t);
  const doc = (await app.inject({ method: "GET", url: "/openapi.json" })).json();
  const ids = operations(doc).map(({ op }) => op.operationId);
  t.notOk(ids.includes(undefined), "every operation has an operationId");
  t.equal(new Set(ids).size, ids.length, "no two share one");
  const described = new Map(doc.tags.map((tag: any) => [tag.name, tag.description]));
  for (const { path, method, op } of operations(doc)) for (const tag of op.tags ?? []) t.ok(described.get(tag), `${method} ${path}: tag ${tag} is described`);
});

t.test("the server URL is relative, so Try it out calls the host the docs were opened at", async (t) => {
  const app = await build(t);
  const doc = (await app.inject({ method: "GET", url: "/openapi.json", headers: { host: "127.0.0.1:3000" } })).json();
  t.equal(doc.servers[0].url, "/");
});

/** The value Swagger UI puts in a parameter's field on Try it out (its order of preference), or undefined. */
function prefilled(p: any): unknown {
  return p.examples ? (Object.values<any>(p.examples)[0] as any)?.value : p.example ?? p.schema?.example ?? p.schema?.default;
}

t.test("each GET with Swagger UI's pre-filled values answers 200, with records where the seed has any", async (t) => {
  const app = await build(t);
  const doc = (await app.inject({ method: "GET", url: "/openapi.json" })).json();
  // The key an operation's security asks for; the seed has no import job, so one is run under the example id.
  const keys: Record<string, Record<string, string>> = { write: await bearer(app, "importer", ["write"]) };
  for (const { path, method, op } of operations(doc)) {
    if (method !== "get") continue;
    const scope = op.security?.flatMap((r: Record<string, string[]>) => Object.values(r).flat())[0];
    const headers = scope ? keys[scope] : {};
    let url = path;
    const query = new URLSearchParams();
    for (const p of (op.parameters ?? []).map((x: any) => resolve(doc, x))) {
      const value = prefilled(p);
      if (p.in === "path" && path.startsWith("/v1/imports/")) await importJobWithId(app, keys.write!, String(value));
      if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(String(value)));
      else if (p.in === "query" && value !== undefined) query.set(p.name, String(value));
    }
    const full = query.size ? `${url}?${query}` : url;
    const res = await app.inject({ method: "GET", url: full, headers });
    t.equal(res.statusCode, 200, `GET ${full}`);
    if (!/json/.test(String(res.headers["content-type"]))) continue;
    const body = res.json();
    if (!Array.isArray(body?.data)) continue;
    // Where the same path with no parameter has records, the pre-filled request finds some too.
    const bare = (await app.inject({ method: "GET", url, headers })).json();
    if (bare?.data?.length) t.ok(body.data.length >= 1, `GET ${full} finds records`);
  }
});

/** How to make the server answer each refusal for real, on a seeded database. */
const RECIPES: Record<string, (app: App) => Promise<{ method: string; url: string; headers?: Record<string, string>; payload?: unknown }>> = {
  "308": async (app) => {
    const auth = await bearer(app);
    await app.inject({ method: "POST", url: "/v1/actors", headers: auth, payload: { id: "act_zinovyev", kind: "person", name: "G. Zinovyev", country: "RUS" } });
    await app.inject({ method: "POST", url: "/v1/actors/act_zinovyev/merge", headers: auth, payload: { into: "act_georgiy-zinoviev" } });
    return { method: "GET", url: "/v1/actors/act_zinovyev" };
  },
  "400": async () => ({ method: "GET", url: "/v1/events?limit=501" }),
  "401": async () => ({ method: "POST", url: "/v1/claims", payload: {} }),
  "403": async (app) => ({ method: "POST", url: "/v1/claims", headers: await bearer(app, "reader", ["read"]), payload: {} }),
  "404": async () => ({ method: "GET", url: "/v1/events/evt_2024-10-21-no-such-event" }),
  "405": async () => ({ method: "PUT", url: "/v1/events" }),
  "409": async (app) => ({
    method: "POST", url: "/v1/places", headers: await bearer(app),
    payload: { id: "plc_vladivostok", name: "Vladivostok", kind: "city", country: "RUS", geo_precision: "locality" },
  }),
  "410": async (app) => {
    const auth = await bearer(app);
    await app.inject({ method: "POST", url: "/v1/places", headers: auth, payload: { id: "plc_khabarovsk", name: "Khabarovsk", kind: "city", country: "RUS", geo_precision: "locality" } });
    const { etag } = await current(app, "/v1/places/plc_khabarovsk");
    await app.inject({ method: "DELETE", url: "/v1/places/plc_khabarovsk?reason=entered%20twice", headers: { ...auth, "if-match": etag } });
    return { method: "GET", url: "/v1/places/plc_khabarovsk" };
  },
  "412": async (app) => ({ method: "PATCH", url: "/v1/places/plc_vladivostok", headers: { ...(await bearer(app)), "if-match": '"stale"' }, payload: { admin1: "Primorsky Krai" } }),
  "413": async (app) => ({ method: "POST", url: "/v1/places", headers: await bearer(app), payload: { name: "x".repeat(1_100_000) } }),
  "415": async (app) => ({ method: "POST", url: "/v1/places", headers: { ...(await bearer(app)), "content-type": "text/xml" }, payload: "<place/>" }),
  "422": async (app) => ({
    method: "POST", url: "/v1/claims", headers: await bearer(app),
    payload: { id: "clm_example", claimant_id: "act_nobody", source_id: "src_afp-report-2024-10-21", statement: "An example.", stance: "asserts", certainty: "certain", verification: "unverified" },
  }),
  "428": async (app) => ({ method: "PATCH", url: "/v1/places/plc_vladivostok", headers: await bearer(app), payload: { admin1: "Primorsky Krai" } }),
  "414": async () => ({ method: "GET", url: `/v1/events?q=${"x".repeat(2098)}` }),
  "429": async (app) => {
    await app.inject({ method: "GET", url: "/v1/events" });
    return { method: "GET", url: "/v1/events" };
  },
};

t.test("each refusal's example in the document is an answer of its status, as the server gives it", async (t) => {
  for (const [status, example] of Object.entries<any>(PROBLEM_EXAMPLES)) {
    const recipe = RECIPES[status];
    if (status === "431") {
      // Node answers it before any route runs, so only a listening server shows it.
      const app = await build(t);
      await app.listen({ port: 0, host: "127.0.0.1" });
      const { port } = app.server.address() as { port: number };
      const real = await new Promise<{ status: number; body: string }>((done, fail) => {
        const req = request({ host: "127.0.0.1", port, path: "/v1/events", headers: { "x-padding": "x".repeat(20_000) } }, (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => done({ status: res.statusCode ?? 0, body }));
        });
        req.on("error", fail);
        req.end();
      });
      t.equal(real.status, 431, "431: a request with 20 KB of headers meets it");
      t.same(example, JSON.parse(real.body), "431: the example is the server's answer");
      continue;
    }
    if (!recipe) {
      t.equal(example.status, Number(status), `${status}: an example of its own status (not replayable here: it needs an overloaded event loop)`);
      continue;
    }
    const app = await build(t, { config: status === "429" ? { RATE_LIMIT_ENABLED: true, RATE_LIMIT_READ_PER_MINUTE: 1 } : {} });
    const req = await recipe(app);
    const res = await app.inject({ method: req.method as "GET", url: req.url, headers: req.headers, ...(req.payload === undefined ? {} : { payload: typeof req.payload === "string" ? req.payload : JSON.stringify(req.payload) }), ...(req.payload !== undefined && !req.headers?.["content-type"] ? { headers: { ...req.headers, "content-type": "application/json" } } : {}) });
    t.equal(res.statusCode, Number(status), `${status}: the recipe meets it`);
    const real = res.json();
    // What varies from run to run (times, lengths of made-up values) is not compared.
    for (const key of ["type", "title", "status", "code", "instance", "merged_into", "reason"]) {
      t.same(example[key], real[key], `${status}: ${key}`);
    }
    if (!["308", "410", "429"].includes(status)) t.equal(example.detail, real.detail, `${status}: detail`);
    else t.equal(example.detail.replace(/\d+/g, "N"), real.detail.replace(/\d+/g, "N"), `${status}: detail, numbers aside`);
  }
});

t.test("every operation declares its security as the server enforces it", async (t) => {
  const open = await build(t);
  const closed = await build(t, { config: { READ_REQUIRES_KEY: true } });
  for (const app of [open, closed]) {
    const doc = (await app.inject({ method: "GET", url: "/openapi.json" })).json();
    const keyOf = async (scopes: Scope[]) => bearer(app, scopes.join("-") || "none", scopes.length ? scopes : ["admin"]);
    for (const { path, method, op } of operations(doc)) {
      const where = `${method.toUpperCase()} ${path}${app === closed ? " (READ_REQUIRES_KEY)" : ""}`;
      // An id of the seed where the path takes one: the key check comes first, so any id would do.
      const url = path.replace("{id}", "evt_2024-10-21-summons-russian-ambassador");
      const scopes: string[] = op.security?.flatMap((r: Record<string, string[]>) => Object.values(r).flat()) ?? [];
      const anonymous = op.security?.some((r: object) => Object.keys(r).length === 0);
      t.ok(anonymous || scopes.length === 1, `${where}: open, or one scope (${JSON.stringify(op.security)})`);
      const send = async (headers: Record<string, string> = {}) => (await app.inject({ method: method.toUpperCase() as "GET", url, headers })).statusCode;
      if (anonymous) {
        t.not(await send(), 401, `${where}: open, answered without a key`);
        continue;
      }
      const [scope] = scopes as Scope[];
      t.equal(await send(), 401, `${where}: 401 without a key`);
      t.equal(await send(await keyOf(SCOPES.filter((s) => s !== scope))), 403, `${where}: 403 with a key lacking "${scope}"`);
      t.notOk([401, 403].includes(await send(await keyOf([scope!]))), `${where}: a key with "${scope}" gets past the check`);
      t.ok(op.responses["401"] && op.responses["403"], `${where}: lists 401 and 403`);
    }
    const reads = operations(doc).filter(({ method, path }) => method === "get" && /^\/v1\/(events|actors|claims|sources|places)/.test(path));
    const expected = app === closed ? [{ bearer: ["read"] }] : [{}];
    t.ok(reads.every(({ op }) => JSON.stringify(op.security) === JSON.stringify(expected)), `the records' reads: ${JSON.stringify(expected)}`);
    const imports = operations(doc).filter(({ path }) => path.startsWith("/v1/imports"));
    t.ok(imports.length === 3 && imports.every(({ op }) => JSON.stringify(op.security) === JSON.stringify([{ bearer: ["write"] }])), "import jobs are read and written with the write scope");
  }
});
