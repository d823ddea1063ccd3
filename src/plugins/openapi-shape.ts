// The generated OpenAPI document, made into a product: every operation named,
// every response header and refusal documented with a real example, what is
// written out many times shared through `components`, security declared as the
// server enforces it, and examples that Swagger UI pre-fills only where they
// find records. Everything here works from method, path and status, so routes
// declare none of it, and new routes are covered as they are added.
import { COLLECTION_NAMES } from "../domain/collections.ts";

/** The tags, each described once; a test fails when an operation uses another. */
export const TAGS = [
  ...Object.entries(COLLECTION_NAMES).map(([name, c]) => ({ name, description: c.about })),
  { name: "changes", description: "Every create, update, delete and merge, in commit order, to stay in sync." },
  { name: "imports", description: "Bulk loads: bundles, all or nothing, and the files of UCDP, ACLED, GDELT and PLOVER, row by row." },
  { name: "stats", description: "Counts of events and claims by group (type, month, country, actor, stance...), to see the shape of the data before reading records." },
  { name: "meta", description: "Health and documentation." },
];

/** Operation ids that the rule in operationIdOf would name less well. */
const OPERATION_IDS: Record<string, string> = {
  "GET /healthz": "getHealth",
  "GET /": "getHome",
  "POST /v1/imports": "importRecords",
  "GET /v1/stats/events": "getEventStats",
  "GET /v1/stats/claims": "getClaimStats",
  "GET /v1/events/{id}/similar": "listSimilarEvents",
};

const pascal = (word: string) => word.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
const singular = (word: string) => (word.endsWith("ies") ? `${word.slice(0, -3)}y` : /(ss|x|ch|sh|as|us)es$/.test(word) ? word.slice(0, -2) : word.replace(/s$/, ""));

/**
 * An operation's id, from its method and path: GET /v1/events -> listEvents,
 * GET /v1/events/{id} -> getEvent, GET /v1/events/{id}/claims -> listEventClaims,
 * POST /v1/claims -> createClaim, PATCH -> update, DELETE -> delete, and a POST
 * to a verb under a record (/v1/actors/{id}/merge) -> mergeActor.
 */
export function operationIdOf(method: string, path: string): string {
  const verb = method.toUpperCase();
  const fixed = OPERATION_IDS[`${verb} ${path}`];
  if (fixed) return fixed;
  const segments = path.split("/").filter((s) => s && s !== "v1");
  const endsWithParam = segments.at(-1)?.startsWith("{") ?? false;
  const words = segments.filter((s) => !s.startsWith("{"));
  // Every word but the last names a record it is under: singular.
  const owners = words.slice(0, -1).map((w) => pascal(singular(w))).join("");
  const last = words.at(-1) ?? "root";
  if (verb === "GET") return endsWithParam ? `get${owners}${pascal(singular(last))}` : `list${owners}${pascal(last)}`;
  if (verb === "POST" && !endsWithParam && segments.length > 1 && segments.at(-2)?.startsWith("{")) return `${last}${owners}`;
  const action = { POST: "create", PATCH: "update", PUT: "replace", DELETE: "delete" }[verb] ?? verb.toLowerCase();
  return `${action}${owners}${pascal(singular(last))}`;
}

type Json = Record<string, any>;

const header = (description: string, schema: Json, example: unknown) => ({ description, schema: { ...schema, example } });

/** Every response header the API sends beyond HTTP's own, described once. */
export const HEADERS: Record<string, Json> = {
  "X-Request-Id": header("The request's id, as given in the request's `X-Request-Id` (letters, digits, `.`, `_`, `-`; up to 64) or made up. Logs name requests by it.", { type: "string" }, "2b7e1516-28ae-4d2a-9f8b-6a0d3c4e5f60"),
  "X-RateLimit-Limit": header("Requests a client may make a minute (reads and writes have separate budgets).", { type: "integer" }, 600),
  "X-RateLimit-Remaining": header("Requests left in this minute's budget.", { type: "integer" }, 599),
  "X-RateLimit-Reset": header("Seconds until the budget is full again.", { type: "integer" }, 60),
  ETag: header("A strong entity tag of the representation sent: send it back as `If-None-Match` to get a 304 when nothing changed, or as `If-Match` on a write.", { type: "string" }, '"q1Z8oC3q9m0hRkL2yX0VbA"'),
  "Cache-Control": header("On a read: caches may store the answer but must check it with the server (`If-None-Match`) before each reuse. On the answer to a write, or to a request that carries an API key: `no-store`, no cache may keep it.", { type: "string" }, "public, max-age=0, must-revalidate"),
  Allow: header("The methods the path takes (RFC 9110), on a 405.", { type: "string" }, "GET, HEAD, POST"),
  "X-Total-Count": header("On CSV pages: how many records match the filters, across all pages (the JSON body has it in `page.total`).", { type: "integer" }, 12),
  "X-Next-Cursor": header("On CSV pages that are not the last: the `cursor` of the next page (the JSON body has it in `page.next_cursor`).", { type: "string" }, "eyJrIjpbImNsbV96ZWxlbnNreSJdfQ.Zk3x"),
  Link: header('RFC 8288 links: `<URL>; rel="next"` on a page that is not the last, the same request with the next `cursor`.', { type: "string" }, '</v1/claims?limit=2&cursor=eyJrIjpbImNsbV96ZWxlbnNreSJdfQ.Zk3x>; rel="next"'),
  "Content-Disposition": header("On CSV answers: a file name to save the download under.", { type: "string" }, 'attachment; filename="claims.csv"'),
  Location: header("The URL of the record: the one created (201), or the actor a merged one now redirects to (308).", { type: "string" }, "/v1/actors/act_georgiy-zinoviev"),
  "Idempotent-Replayed": header("`true` when this is the stored answer to an earlier request with the same `Idempotency-Key` and body: nothing was created this time.", { type: "string", enum: ["true"] }, "true"),
  "X-Record-Version": header("With `as_of`: the version of the record that was current at that instant.", { type: "integer" }, 1),
  "Last-Modified": header("With `as_of`: when that version was written.", { type: "string" }, "Mon, 21 Oct 2024 09:00:00 GMT"),
  "Retry-After": header("Seconds to wait before trying again.", { type: "integer" }, 10),
  "WWW-Authenticate": header("The RFC 6750 challenge: what kind of key is needed and, for a bad one, why it failed.", { type: "string" }, 'Bearer realm="conflict-records", error="insufficient_scope", scope="write"'),
};

const ref = (kind: "headers" | "parameters" | "responses" | "schemas", name: string) => ({ $ref: `#/components/${kind}/${name}` });
const headerRefs = (...names: string[]) => Object.fromEntries(names.map((n) => [n, ref("headers", n)]));

/** What each refusal is called as a shared response, and what the problem looks like: each example is a real answer (a test replays them). */
const PROBLEMS: Record<string, { name: string; headers?: string[]; example: Json }> = {
  "304": { name: "NotModified", headers: ["ETag"], example: {} },
  "308": {
    name: "Merged",
    headers: ["Location"],
    example: { type: "about:blank", title: "Permanent Redirect", status: 308, detail: "The actor act_zinovyev was merged into act_georgiy-zinoviev at 2024-10-22T08:30:00.000Z; follow Location.", instance: "/v1/actors/act_zinovyev", code: "merged", merged_into: "act_georgiy-zinoviev", deleted_at: "2024-10-22T08:30:00.000Z" },
  },
  "400": {
    name: "BadRequest",
    example: { type: "about:blank", title: "Bad Request", status: 400, detail: "query limit: must be an integer from 1 to 500, in decimal digits", instance: "/v1/events?limit=501", code: "invalid_request", errors: [{ in: "query", name: "limit", message: "must be an integer from 1 to 500, in decimal digits" }] },
  },
  "401": {
    name: "Unauthorized",
    headers: ["WWW-Authenticate"],
    example: { type: "about:blank", title: "Unauthorized", status: 401, detail: 'This request needs an API key with the "write" scope: send Authorization: Bearer TOKEN.', instance: "/v1/claims", code: "unauthorized" },
  },
  "403": {
    name: "Forbidden",
    headers: ["WWW-Authenticate"],
    example: { type: "about:blank", title: "Forbidden", status: 403, detail: 'This API key (reader) lacks the "write" scope this request needs.', instance: "/v1/claims", code: "forbidden" },
  },
  "404": {
    name: "NotFound",
    example: { type: "about:blank", title: "Not Found", status: 404, detail: 'No event has the id "evt_2024-10-21-no-such-event".', instance: "/v1/events/evt_2024-10-21-no-such-event", code: "not_found" },
  },
  "405": {
    name: "MethodNotAllowed",
    headers: ["Allow", "Cache-Control"],
    example: { type: "about:blank", title: "Method Not Allowed", status: 405, detail: "PUT is not allowed on /v1/events; it allows GET, HEAD, POST.", instance: "/v1/events", code: "method_not_allowed" },
  },
  "409": {
    name: "Conflict",
    example: { type: "about:blank", title: "Conflict", status: 409, detail: "The id plc_vladivostok is already used by another place.", instance: "/v1/places", code: "conflict", errors: [{ in: "body", name: "/id", message: "is already used" }] },
  },
  "410": {
    name: "Gone",
    example: { type: "about:blank", title: "Gone", status: 410, detail: "The place plc_khabarovsk was deleted at 2024-10-22T08:30:00.000Z: entered twice.", instance: "/v1/places/plc_khabarovsk", code: "gone", deleted_at: "2024-10-22T08:30:00.000Z", reason: "entered twice", merged_into: null },
  },
  "412": {
    name: "PreconditionFailed",
    example: { type: "about:blank", title: "Precondition Failed", status: 412, detail: "If-Match does not match the record's current ETag: it changed since you read it. GET it again and reapply your change.", instance: "/v1/places/plc_vladivostok", code: "precondition_failed" },
  },
  "413": {
    name: "ContentTooLarge",
    example: { type: "about:blank", title: "Payload Too Large", status: 413, detail: "The request body is larger than the limit of 1048576 bytes.", instance: "/v1/places", code: "payload_too_large" },
  },
  "414": {
    name: "UriTooLong",
    example: { type: "about:blank", title: "URI Too Long", status: 414, detail: "The query string is 2100 characters long; the limit is 2048.", instance: `/v1/events?q=${"x".repeat(243)}`, code: "query_too_long" },
  },
  "415": {
    name: "UnsupportedMediaType",
    example: { type: "about:blank", title: "Unsupported Media Type", status: 415, detail: 'The body\'s media type "text/xml" is not accepted: send application/json.', instance: "/v1/places", code: "unsupported_media_type" },
  },
  "422": {
    name: "UnprocessableContent",
    example: { type: "about:blank", title: "Unprocessable Entity", status: 422, detail: '/claimant_id: no actor has the id "act_nobody", in this bundle or in the store', instance: "/v1/claims", code: "unprocessable", errors: [{ in: "body", name: "/claimant_id", message: 'no actor has the id "act_nobody", in this bundle or in the store' }] },
  },
  "428": {
    name: "PreconditionRequired",
    example: { type: "about:blank", title: "Precondition Required", status: 428, detail: "This write needs an If-Match header with the record's ETag: GET the record, then send its ETag back.", instance: "/v1/places/plc_vladivostok", code: "precondition_required" },
  },
  "429": {
    name: "TooManyRequests",
    headers: ["Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"],
    example: { type: "about:blank", title: "Too Many Requests", status: 429, detail: "Too many reads: the limit is 600 a minute. Retry after 42 seconds.", instance: "/v1/events", code: "rate_limited" },
  },
  "431": {
    name: "HeaderFieldsTooLarge",
    example: { type: "about:blank", title: "Request Header Fields Too Large", status: 431, detail: "The request's headers are larger than the server takes (16 KiB in all): send fewer or shorter headers.", code: "headers_too_large" },
  },
  "503": {
    name: "ServiceUnavailable",
    headers: ["Retry-After"],
    example: { type: "about:blank", title: "Service Unavailable", status: 503, detail: "The server is overloaded. Retry after 10 seconds.", instance: "/v1/events", code: "overloaded" },
  },
};
export const PROBLEM_EXAMPLES = Object.fromEntries(Object.entries(PROBLEMS).filter(([s]) => s !== "304").map(([s, p]) => [s, p.example]));

/** Statuses every operation can meet, whatever it does. */
const EVERYWHERE = {
  "414": "The URL or its query string is longer than the server accepts.",
  "429": "Too many requests from this client: wait for the seconds in `Retry-After`.",
  "431": "The request's header fields (the URL among them) are larger than the server accepts (16 KiB in all).",
  "503": "The server is overloaded (`overloaded`), runs read-only and this is a write (`read_only`), or its database cannot be used (`database_read_only`, `database_damaged`, `database_full`, `database_busy`, `database_unavailable`): `code` says which. Retry after the seconds in `Retry-After` when it is sent; without it, retrying will not help until the operator acts.",
};

/** Headers that go with a successful answer, by method and what the path names. */
function successHeaders(method: string, path: string, status: string, op: Json): string[] {
  const out = ["X-Request-Id"];
  if (path !== "/healthz") out.push("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset");
  if (method === "get" && status === "200") out.push("ETag", "Cache-Control");
  if (method === "patch" && status === "200") out.push("ETag");
  if (status === "201") out.push("ETag", "Location");
  if (method === "post" && op.parameters?.some((p: Json) => p.name === "idempotency-key")) out.push("Idempotent-Replayed");
  if (method === "get" && op.parameters?.some((p: Json) => p.name === "cursor")) {
    out.push("Link");
    if (op.responses?.[status]?.content?.["text/csv"]) out.push("X-Total-Count", "X-Next-Cursor", "Content-Disposition");
  } else if (method === "get" && op.responses?.[status]?.content?.["text/csv"]) out.push("Content-Disposition");
  if (method === "get" && op.parameters?.some((p: Json) => p.name === "as_of")) out.push("X-Record-Version", "Last-Modified");
  return out;
}

/**
 * Headers that go with a refusal: its own, the request id, and the rate-limit
 * budget, counted before anything else is checked. Node answers 431 before the
 * application sees the request, and load shedding (503) comes before counting.
 */
function problemHeaders(status: string, own: string[]): string[] {
  if (status === "431") return own;
  const out = ["X-Request-Id", ...own];
  if (status !== "503") for (const h of ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"]) if (!out.includes(h)) out.push(h);
  return out;
}

/** Default descriptions of successful answers that the routes leave as "Default Response". */
function successDescription(method: string, path: string, status: string, operationId: string): string {
  const words = path.split("/").filter((s) => s && s !== "v1" && !s.startsWith("{"));
  const thing = singular(words.at(-1) ?? "record");
  if (status === "201") return `The ${thing} as stored, with its version: \`Location\` is its URL and \`ETag\` its tag for a later \`If-Match\`.`;
  if (method === "patch") return `The ${thing} as changed: \`ETag\` is its new tag.`;
  if (operationId === "mergeActor") return "The surviving actor, with what it took over.";
  if (operationId === "getHealth") return "The server is up and its database answers.";
  if (/^get[A-Z]\w+Stats$/.test(operationId)) return "The groups, largest first, with their counts.";
  if (operationId.endsWith("Revisions")) return `Every version of the ${singular(words[0] ?? "record")}, oldest first, with who changed what.`;
  if (operationId === "listChanges") return "The changes after `since`, in commit order, and the `next` sequence number to ask from.";
  if (operationId === "listSimilarEvents") return "Events like this one, most alike first.";
  if (method === "get") return `The ${thing}. With \`as_of\`: the ${thing} as it was then, from its revisions, in the format \`POST\` takes.`;
  return "Done.";
}

/** The parameters Swagger UI fills in on "Try it out": only those needed, so that its first request finds records. */
function keepPrefillOnlyWhereNeeded(param: Json) {
  if (param.required || param.in === "path") return;
  const schema = param.schema ?? {};
  if (schema.example !== undefined) {
    // JSON Schema's `examples` is shown to a reader but not pre-filled.
    schema.examples = [schema.example];
    delete schema.example;
  }
  if (param.example !== undefined) {
    schema.examples ??= [param.example];
    delete param.example;
  }
}

const stable = (value: unknown) => JSON.stringify(value);

type Shared = { holder: Json; key: string | number; name: string; qualified: string; rank: number };

/**
 * Moves repeated objects of one kind (parameters, responses) into components.
 * Each takes its plain name when no different object wants it, else its
 * qualified one (then a number, if even that is taken).
 */
function share(doc: Json, kind: "parameters" | "responses", items: Shared[], minUses = 2) {
  const groups = new Map<string, Shared[]>();
  for (const item of items) {
    const key = stable(item.holder[item.key]);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  // Each group is named after its member on the shortest path (/v1/claims before /v1/events/{id}/claims),
  // and of the groups that want one name, the most used takes it.
  const shared = [...groups.values()]
    .filter((g) => g.length >= minUses)
    .map((g) => [...g].sort((a, b) => a.rank - b.rank))
    .sort((a, b) => b.length - a.length || a[0]!.rank - b[0]!.rank);
  const taken = new Set<string>();
  const components = (doc.components[kind] ??= {});
  for (const group of shared) {
    const first = group[0]!;
    const base = taken.has(first.name) ? first.qualified : first.name;
    taken.add(first.name);
    let name = base;
    for (let n = 2; components[name]; n++) name = `${base}${n}`;
    components[name] = first.holder[first.key];
    for (const { holder, key } of group) holder[key] = ref(kind, name);
  }
}

/** A request body's schema, written once under components/schemas even when several media types take it. */
function shareBodySchema(doc: Json, op: Json) {
  const content = op.requestBody?.content;
  if (!content) return;
  const name = `${pascal(op.operationId)}Body`;
  for (const media of Object.values<Json>(content)) {
    const schema = media.schema;
    if (!schema || schema.$ref || (schema.type !== "object" && !schema.anyOf)) continue;
    const existing = doc.components.schemas?.[name];
    if (existing && stable(existing) !== stable(schema)) continue;
    // @fastify/swagger gives the request body the schema's description: it is said there once.
    if (schema.description === op.requestBody.description) delete schema.description;
    (doc.components.schemas ??= {})[name] = schema;
    media.schema = ref("schemas", name);
  }
}

export type ShapeOptions = { readRequiresKey: boolean; publicUrl?: string };

export function shapeDocument(doc: Json, opts: ShapeOptions): void {
  // Relative: Try it out calls the host the document was loaded from, whatever name it was opened by.
  doc.servers = [{ url: "/", description: "The server this document is served by" }];
  if (opts.publicUrl) doc.servers.push({ url: opts.publicUrl, description: "The server's public address (PUBLIC_URL)" });
  doc.tags = TAGS;
  doc.components ??= {};
  doc.components.headers = HEADERS;
  const scheme = doc.components.securitySchemes?.bearer;
  if (scheme) {
    scheme.description = `An API key, sent as \`Authorization: Bearer TOKEN\`. Create one with \`npm run keys -- create --name NAME --scopes read,write\`. Its scopes: \`read\` lets it read (needed only when the server sets READ_REQUIRES_KEY=true; ${opts.readRequiresKey ? "this server does" : "this server does not, so reads are open to anyone"}); \`write\` lets it create, change, delete, merge and import. An operation's security lists the scope it needs.`;
  }

  const paramItems: Parameters<typeof share>[2] = [];
  const responseItems: Parameters<typeof share>[2] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const [method, op] of Object.entries<Json>(item)) {
      op.operationId ??= operationIdOf(method, path);
      const responses: Json = (op.responses ??= {});
      const writes = method !== "get";
      if (!writes) {
        // Reads that ask no scope of their own are as open as the server makes them.
        op.security ??= opts.readRequiresKey && path.startsWith("/v1/") ? [{ bearer: ["read"] }] : [{}];
        if (opts.readRequiresKey && path.startsWith("/v1/")) {
          responses["401"] ??= { description: "No API key, or an unknown or revoked one: this server needs a key with the `read` scope for reads." };
          responses["403"] ??= { description: "The API key lacks the `read` scope." };
        }
        if (responses["200"]) responses["304"] ??= { description: "`If-None-Match` names the ETag of what would be sent: nothing changed since you read it." };
      }
      for (const [status, text] of Object.entries(EVERYWHERE)) responses[status] ??= { description: text };

      for (const param of op.parameters ?? []) keepPrefillOnlyWhereNeeded(param);

      for (const [status, response] of Object.entries<Json>(responses)) {
        if (response.$ref) continue;
        const code = Number(status);
        if (code < 300) {
          if (response.description === "Default Response") response.description = successDescription(method, path, status, op.operationId);
          response.headers = { ...headerRefs(...successHeaders(method, path, status, op)), ...response.headers };
          continue;
        }
        const problem = PROBLEMS[status];
        if (!problem) continue;
        response.headers = { ...headerRefs(...problemHeaders(status, problem.headers ?? [])), ...response.headers };
        if (code === 304) continue;
        const media = Object.values<Json>(response.content ?? {})[0];
        const schema = media?.schema ?? ref("schemas", "Problem");
        response.content = { "application/problem+json": { schema, example: problem.example } };
      }
      shareBodySchema(doc, op);
      // What a list is of: the last word of its path (claims, for /v1/events/{id}/claims).
      const listOf = path.split("/").filter((w) => w && !w.startsWith("{")).at(-1) ?? "root";
      for (const [i, p] of (op.parameters ?? []).entries()) {
        const name = p.in === "path" ? `${singular(path.split("/")[2] ?? "record")}_${p.name}` : p.name.replace(/-/g, "_");
        paramItems.push({ holder: op.parameters, key: i, name, qualified: `${listOf}_${name}`, rank: path.length });
      }
      for (const [status, response] of Object.entries<Json>(responses)) {
        const problem = PROBLEMS[status];
        const name = problem ? problem.name : `${pascal(op.operationId)}${status}`;
        responseItems.push({ holder: responses, key: status, name, qualified: `${name}On${method === "get" ? "Read" : "Write"}`, rank: path.length });
      }
    }
  }
  share(doc, "parameters", paramItems);
  share(doc, "responses", responseItems);
  // A method a path does not take is answered 405, whatever the path: no operation
  // can list it, so it is a shared response that the document's introduction names.
  const notAllowed = PROBLEMS["405"]!;
  doc.components.responses[notAllowed.name] = {
    description: "The path does not take this method: `Allow` lists the methods it takes.",
    headers: headerRefs(...problemHeaders("405", notAllowed.headers ?? [])),
    content: { "application/problem+json": { schema: ref("schemas", "Problem"), example: notAllowed.example } },
  };
  shareRepeatedSchemas(doc);
  pointToFirst(doc);
}


/** The places in a document where a value is a schema, by the key that holds it. */
const SCHEMA_KEYS = new Set(["schema", "items", "additionalProperties", "not", "contains", "propertyNames"]);
const SCHEMA_LIST_KEYS = new Set(["anyOf", "oneOf", "allOf", "prefixItems"]);
const WRAPPER = /(Ref|Detail|ListItem|Body|Item|Page|Result|Report)$/;

/**
 * Writes each schema that appears more than once (a vocabulary, a shape that
 * a record, its list item and its reference all have) once under
 * components/schemas, and refers to it: the largest first, so that what
 * remains repeated inside it is not counted twice.
 */
export function shareRepeatedSchemas(doc: Json, minLength = 200) {
  const schemas = (doc.components.schemas ??= {});
  for (;;) {
    const seen = new Map<string, { count: number; name: string; places: { holder: Json; key: string | number }[] }>();
    const visit = (holder: Json, key: string | number, name: string) => {
      const node = holder[key];
      if (!node || typeof node !== "object" || Array.isArray(node) || node.$ref) return;
      const text = stable(node);
      if (text.length >= minLength) {
        const entry = seen.get(text) ?? { count: 0, name, places: [] };
        entry.count++;
        entry.places.push({ holder, key });
        seen.set(text, entry);
      }
      walk(node, name);
    };
    const walk = (node: Json, name: string) => {
      for (const [k, v] of Object.entries<any>(node)) {
        if (!v || typeof v !== "object") continue;
        if (k === "properties") for (const p of Object.keys(v)) visit(v, p, `${name.replace(WRAPPER, "")}${pascal(p)}`);
        else if (SCHEMA_KEYS.has(k)) visit(node, k, k === "items" ? singular(name) : name);
        else if (SCHEMA_LIST_KEYS.has(k) && Array.isArray(v)) v.forEach((_: unknown, i: number) => visit(v, i, name));
        else if (k !== "example" && k !== "examples" && k !== "enum") walk(v, name);
      }
    };
    for (const [name, schema] of Object.entries<Json>(schemas)) walk(schema, name);
    walk(doc.paths ?? {}, "");
    walk(doc.components.responses ?? {}, "");
    let best: { text: string; count: number; name: string; places: { holder: Json; key: string | number }[] } | undefined;
    for (const [text, entry] of seen) if (entry.count > 1 && (!best || text.length > best.text.length)) best = { text, ...entry };
    if (!best) return;
    const base = /^[A-Z]/.test(best.name) ? best.name : `${pascal(best.name)}Schema`;
    let name = base;
    for (let n = 2; schemas[name]; n++) name = `${base}${n}`;
    schemas[name] = JSON.parse(best.text);
    for (const { holder, key } of best.places) holder[key] = ref("schemas", name);
  }
}

/**
 * What is still written twice inside the component schemas (a field a record,
 * its list item and its body all have) refers to its first place instead, by
 * JSON pointer (`#/components/schemas/ClaimDetail/properties/statement`): the
 * field keeps one description, and no name is made up for it.
 */
const PROPERTY_POINTER = /^#\/components\/schemas\/[^/]+(\/properties\/[^/]+)+$/;

export function pointToFirst(doc: Json, minLength = 100) {
  const schemas = doc.components.schemas ?? {};
  const escape = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");
  for (;;) {
    const seen = new Map<string, { pointer: string; places: { holder: Json; key: string | number; pointer: string }[] }>();
    // Only schemas are replaced: a property's, an array's items, a member of anyOf...
    const visit = (holder: Json, key: string | number, pointer: string) => {
      const node = holder[key];
      if (!node || typeof node !== "object" || Array.isArray(node) || node.$ref) return;
      const text = stable(node);
      if (text.length >= minLength) {
        const entry = seen.get(text) ?? { pointer: "", places: [] };
        // The place referred to is a property (of a property...) of a named schema: every generator follows those.
        if (!entry.pointer && PROPERTY_POINTER.test(pointer)) entry.pointer = pointer;
        entry.places.push({ holder, key, pointer });
        seen.set(text, entry);
      }
      inside(node, pointer);
    };
    const inside = (schema: Json, pointer: string) => {
      for (const [k, v] of Object.entries<any>(schema)) {
        if (!v || typeof v !== "object") continue;
        if (k === "properties") for (const p of Object.keys(v)) visit(v, p, `${pointer}/properties/${escape(p)}`);
        else if (SCHEMA_KEYS.has(k)) visit(schema, k, `${pointer}/${k}`);
        else if (SCHEMA_LIST_KEYS.has(k) && Array.isArray(v)) v.forEach((_: unknown, i: number) => visit(v, i, `${pointer}/${k}/${i}`));
      }
    };
    for (const name of Object.keys(schemas)) inside(schemas[name], `#/components/schemas/${escape(name)}`);
    let best: { text: string; pointer: string; places: { holder: Json; key: string | number; pointer: string }[] } | undefined;
    for (const [text, entry] of seen) if (entry.pointer && entry.places.length > 1 && (!best || text.length > best.text.length)) best = { text, ...entry };
    if (!best) return;
    for (const { holder, key, pointer } of best.places) if (pointer !== best.pointer) holder[key] = { $ref: best.pointer };
  }
}
