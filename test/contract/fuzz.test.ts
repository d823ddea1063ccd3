// Contract fuzzing: requests generated for every operation of the live
// OpenAPI document, with valid values from the document's own examples and
// boundary and hostile ones. Every answer must be a documented status, never
// a 5xx, and its body must validate against the document's schema for it.
// On reads, every header of the answer must be documented on its status too.
// Writes go with a write key most of the time (else none, a read-only key or
// a made-up one), with If-Match (mostly the record's current ETag) and
// sometimes an Idempotency-Key, so that they succeed and meet every refusal.
// The per-status counts are printed; the seed is fixed and in the message.
import t from "tap";
import fc from "fast-check";
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
const addFormats = formats as unknown as (ajv: object) => void;
import { build } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20241021);
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

const HOSTILE = [
  "", " ", "0", "-1", "1e309", "-1e309", "NaN", "Infinity", "9007199254740993", "1.5", "abc", "null", "true", "[]", "{}",
  "x".repeat(10_000), "🙂💥", "Zinövyev", "\u0000", "%00", "' OR 1=1 --", "\"; DROP TABLE events; --", "NEAR(a b)", "\"unterminated",
  "a AND", "*", "-", "(", "^x", "col:val", "__proto__", "constructor", "../../etc/passwd", "2024-13-45", "2024-02-30", "1,2,3",
  ",,,", "act_", "evt_nope", "-start_date", "start_date,-id", "include,include",
];

type Op = { method: string; path: string; op: any };

/** Headers of HTTP itself, which no operation documents. */
const HTTP_HEADERS = new Set(["content-type", "content-length", "date", "connection", "keep-alive", "transfer-encoding", "vary"]);
/** Security and CORS headers, sent on every answer and described once in the document's introduction. */
const SECURITY_HEADERS = /^(content-security-policy|cross-origin-.*|origin-agent-cluster|referrer-policy|strict-transport-security|x-content-type-options|x-dns-prefetch-control|x-download-options|x-frame-options|x-permitted-cross-domain-policies|x-xss-protection|access-control-.*)$/;

/** The headers of an answer that its documented response does not name (HTTP's own and the security headers aside). */
function undocumentedHeaders(res: { headers: Record<string, unknown> }, documented: any): string[] {
  const named = new Set(Object.keys(documented.headers ?? {}).map((h) => h.toLowerCase()));
  return Object.keys(res.headers).filter((name) => !HTTP_HEADERS.has(name) && !SECURITY_HEADERS.test(name) && !named.has(name));
}

/** The object a `$ref` points at (components are shared), or the object itself. */
const resolve = (doc: any, node: any): any => (node?.$ref ? resolve(doc, node.$ref.slice(2).split("/").reduce((o: any, k: string) => o?.[k], doc)) : node);

/** Every operation, with its parameters, responses and body schemas looked up where they are shared. */
function operations(doc: any): Op[] {
  const out: Op[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths))
    for (const [method, given] of Object.entries<any>(item)) {
      if (!["get", "post", "patch", "put", "delete"].includes(method)) continue;
      const op = {
        ...given,
        parameters: (given.parameters ?? []).map((p: any) => resolve(doc, p)),
        responses: Object.fromEntries(Object.entries<any>(given.responses ?? {}).map(([s, r]) => [s, resolve(doc, r)])),
      };
      if (given.requestBody) {
        op.requestBody = { ...given.requestBody, content: Object.fromEntries(Object.entries<any>(given.requestBody.content).map(([t, m]) => [t, { ...m, schema: resolve(doc, m.schema) }])) };
      }
      out.push({ method, path, op });
    }
  return out;
}

/** A parameter's example: the one Swagger UI pre-fills, or the first of those it only shows. */
const exampleOf = (p: any) => p.schema?.example ?? p.example ?? p.schema?.examples?.[0];

/** A value for one parameter: its example, a hostile string, or an array where a scalar belongs. */
function paramValue(p: any) {
  const example = exampleOf(p);
  const valid = example === undefined ? [] : [fc.constant(String(example))];
  const enums = (p.schema?.enum ?? []).map((v: unknown) => fc.constant(String(v)));
  return fc.oneof(
    { weight: 3, arbitrary: fc.oneof(...(valid.length + enums.length ? [...valid, ...enums] : [fc.constant("x")])) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...HOSTILE.slice(0, 12)), { minLength: 2, maxLength: 3 }) },
  );
}

/** The operation's JSON media type (application/json, application/merge-patch+json...), if it takes a body. */
const bodyType = (op: any) => Object.keys(op.requestBody?.content ?? {}).find((type) => /json$/.test(type));

/** A JSON body: the schema's example, the example mutated with hostile values, or junk. */
function bodyValue(op: any) {
  const type = bodyType(op);
  const media = type && op.requestBody.content[type];
  if (!media) return fc.constant(undefined);
  const example = media.schema?.example ?? media.example ?? {};
  const junk = fc.oneof(fc.constant({ __proto__: { admin: true } }), fc.constant(JSON.parse('{"__proto__": {"polluted": 1}}')), fc.constant([]), fc.constant("text"), fc.constant(null), fc.constant(1e308));
  const mutated = fc.tuple(fc.constantFrom(...Object.keys(example).concat(["__proto__", "unknown_field"])), fc.oneof(fc.constantFrom(...HOSTILE), fc.constant(["x"]), fc.constant(-1), fc.constant(1e308), fc.constant({})))
    .map(([k, v]) => ({ ...example, [k]: v }));
  return fc.oneof({ weight: 2, arbitrary: fc.constant(example) }, { weight: 1, arbitrary: mutated }, { weight: 1, arbitrary: junk });
}

t.test("every operation answers documented, schema-valid, non-5xx responses", async (t) => {
  // Rate limiting is on, with budgets no run reaches, so that its headers are checked too.
  const app = await build(t, { config: { RATE_LIMIT_ENABLED: true, RATE_LIMIT_READ_PER_MINUTE: 1_000_000, RATE_LIMIT_WRITE_PER_MINUTE: 1_000_000 } });
  const doc = (await app.inject({ method: "GET", url: "/openapi.json" })).json();
  // Writes are reached with a write key; a read-only key and a made-up one get 403 and 401.
  const AUTH = {
    none: {},
    write: await bearer(app, "fuzzer", ["read", "write"]),
    read: await bearer(app, "reader", ["read"]),
    unknown: { authorization: "Bearer not-a-key" },
  };
  const auth = fc.oneof({ weight: 4, arbitrary: fc.constant("write" as const) }, { weight: 1, arbitrary: fc.constantFrom("none" as const, "read" as const, "unknown" as const) });
  // If-Match: the record's current ETag (read just before the write), a stale or made-up one, `*`, or none.
  // `*` is a 428 like no tag at all; stale tags are what reach 412.
  const ifMatch = fc.oneof({ weight: 3, arbitrary: fc.constant("current") }, { weight: 1, arbitrary: fc.constantFrom(undefined, "*") }, { weight: 1, arbitrary: fc.constantFrom('"stale"', "garbage") });
  // Real ids of each collection beside the examples, so that writes find records to change, delete and merge.
  const realIds: Record<string, string[]> = {};
  for (const collection of ["events", "actors", "claims", "sources", "places"]) {
    realIds[collection] = (await app.inject({ method: "GET", url: `/v1/${collection}?limit=6&fields=id` })).json().data.map((r: { id: string }) => r.id);
  }
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  const validators = new Map<string, ReturnType<typeof ajv.compile>>();
  const validator = (key: string, schema: unknown) => {
    if (!validators.has(key)) validators.set(key, ajv.compile({ ...(schema as object), components: doc.components }));
    return validators.get(key)!;
  };
  const failures: string[] = [];
  let requests = 0;
  const statuses = new Map<number, number>();

  for (const { method, path, op } of operations(doc)) {
    const params: any[] = op.parameters ?? [];
    const query = params.filter((p) => p.in === "query");
    const pathParams = params.filter((p) => p.in === "path");
    const collection = /^\/v1\/(\w+)\//.exec(path)?.[1] ?? "";
    const writes = method !== "get";
    const type = bodyType(op);
    const arb = fc.record({
      path: fc.tuple(...pathParams.map((p) => fc.oneof(
        fc.constant(String(exampleOf(p) ?? "x")),
        ...(realIds[collection]?.length ? [fc.constantFrom(...realIds[collection])] : []),
        fc.constantFrom(...HOSTILE.filter((h) => h !== "")),
        fc.string({ minLength: 1, maxLength: 20 }),
      ))),
      query: fc.tuple(...query.map((p) => fc.option(paramValue(p), { nil: undefined, freq: 2 }))),
      extra: fc.option(fc.constantFrom("unknown=1", "__proto__=x", "limit=1&limit=2"), { nil: undefined, freq: 4 }),
      body: bodyValue(op),
      // Mostly the media type the operation documents; sometimes plain JSON or one it refuses.
      contentType: fc.oneof({ weight: 6, arbitrary: fc.constant(type) }, { weight: 1, arbitrary: fc.constantFrom("application/json", "text/plain", "application/xml") }),
      auth: writes ? auth : fc.constant("none" as const),
      ifMatch: writes ? ifMatch : fc.constant(undefined),
      idempotencyKey: fc.option(fc.constantFrom("k1", "k2", "k3"), { nil: undefined, freq: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ path: pv, query: qv, extra, body, contentType, auth: who, ifMatch: tag, idempotencyKey }) => {
        let url = path;
        pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodeURIComponent(pv[i] as string))));
        const qs = new URLSearchParams();
        query.forEach((p, i) => {
          const v = qv[i];
          if (v === undefined) return;
          for (const item of Array.isArray(v) ? v : [v]) qs.append(p.name, item);
        });
        const search = [qs.toString(), extra].filter(Boolean).join("&");
        const headers: Record<string, string> = { ...AUTH[who] };
        if (tag === "current") {
          // The ETag of the record the write is about (for a merge, the actor merged away).
          const record = url.replace(/\/merge$/, "");
          const etag = (await app.inject({ method: "GET", url: record })).headers.etag;
          if (typeof etag === "string") headers["if-match"] = etag;
        } else if (tag !== undefined) headers["if-match"] = tag;
        if (method === "post" && idempotencyKey) headers["idempotency-key"] = idempotencyKey;
        if (body !== undefined) headers["content-type"] = contentType ?? "application/json";
        const res = await app.inject({
          method: method.toUpperCase() as "GET",
          url: search ? `${url}?${search}` : url,
          headers,
          ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
        });
        requests++;
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        const where = `${method.toUpperCase()} ${url}${search ? `?${search.slice(0, 200)}` : ""} -> ${res.statusCode}`;
        if (res.statusCode >= 500) failures.push(`${where}: server error ${res.body.slice(0, 300)}`);
        if (/\bat .+\.(ts|js):\d+|SQLITE_|PrismaClient|P20\d\d\b/.test(res.body)) failures.push(`${where}: leaks internals`);
        const documented = op.responses?.[String(res.statusCode)] ?? op.responses?.default;
        if (!documented) {
          failures.push(`${where}: status not documented (${Object.keys(op.responses ?? {}).join(", ")})`);
          return;
        }
        if (method === "get") for (const name of undocumentedHeaders(res, documented)) failures.push(`${where}: header ${name} not documented on ${res.statusCode}`);
        // The media type as documented: its profile, if any, names a shape of its own; charset does not matter.
        const params = String(res.headers["content-type"] ?? "").split(";").map((x) => x.trim());
        const type = params[0]!;
        const profiled = [type, ...params.slice(1).filter((x) => x.startsWith("profile="))].join("; ");
        const media = documented.content?.[profiled] ?? documented.content?.[type];
        if (!documented.content || res.statusCode === 304 || res.statusCode === 204) return;
        if (!media) {
          failures.push(`${where}: content type ${type} not documented (${Object.keys(documented.content).join(", ")})`);
          return;
        }
        if (!/json$/.test(type) || !media.schema) return;
        const validate = validator(`${method} ${path} ${res.statusCode} ${profiled}`, media.schema);
        if (!validate(res.json())) failures.push(`${where}: body does not match the schema: ${ajv.errorsText(validate.errors).slice(0, 300)}`);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }
  t.ok(requests > 0);
  t.comment(`statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
  // Reads and writes, successes and each kind of refusal a write can meet: a generator
  // that only ever met 400 and 401 would prove little.
  for (const status of [200, 201, 204, 400, 401, 403, 404, 409, 410, 412, 415, 422, 428])
    t.ok(statuses.get(status), `the generator reaches ${status}`);
  t.same([...new Set(failures)].slice(0, 30), [], `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}: ${requests} requests`);
});

t.test("a method a path does not take is a 405 whose Allow lists the path's methods, and whose headers are all documented", async (t) => {
  const app = await build(t, { config: { RATE_LIMIT_ENABLED: true, RATE_LIMIT_READ_PER_MINUTE: 1_000_000, RATE_LIMIT_WRITE_PER_MINUTE: 1_000_000 } });
  const doc = (await app.inject({ method: "GET", url: "/openapi.json" })).json();
  const documented = resolve(doc, { $ref: "#/components/responses/MethodNotAllowed" });
  t.ok(documented?.headers?.Allow, "the 405 response documents Allow");
  const auth = await bearer(app, "fuzzer", ["read", "write"]);
  let sent = 0;
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    const methods = Object.keys(item).map((m) => m.toUpperCase());
    // What the server takes on the path: the documented methods, and HEAD wherever GET is.
    const allow = [...methods, ...(methods.includes("GET") ? ["HEAD"] : [])].sort().join(", ");
    const url = path.replace(/\{(\w+)\}/g, "evt_2024-10-21-summons-russian-ambassador");
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].filter((m) => !methods.includes(m))) {
      // With and without a key: a key makes the answer `no-store`.
      for (const headers of [{}, auth]) {
        const res = await app.inject({ method: method as "GET", url, headers });
        sent++;
        const where = `${method} ${url}${"authorization" in headers ? " with a key" : ""}`;
        t.equal(res.statusCode, 405, `${where}: 405`);
        t.equal(res.headers.allow, allow, `${where}: Allow lists ${allow}`);
        t.same(undocumentedHeaders(res, documented), [], `${where}: every header is documented`);
      }
    }
  }
  t.ok(sent > 100, `${sent} requests`);
});
