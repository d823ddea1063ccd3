// The collection table (src/domain/collections.ts, src/routes/v1/collections.ts)
// is what the routes and the document are made from.
import t from "tap";
import { build, getJson } from "../helpers/build.ts";
import { COLLECTION_NAMES, PREFIX, type Collection } from "../../src/domain/collections.ts";

const ID = new RegExp(`^(${Object.values(PREFIX).join("|")})_[a-z0-9][a-z0-9_-]*$`);

type Doc = { components?: Record<string, Record<string, unknown>> };
/** A parameter, its `$ref` to components/parameters followed. */
const deref = <T>(doc: Doc, p: T | { $ref: string }): T =>
  (typeof p === "object" && p !== null && "$ref" in p ? doc.components!.parameters[p.$ref.split("/").pop()!] : p) as T;

t.test("every id example of a path parameter is a real seed record, with its collection's prefix", async (t) => {
  const app = await build(t);
  const { body: doc } = await getJson(app, "/openapi.json");
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, { parameters?: { name: string; in: string; example?: string; description: string; schema?: { example?: string } }[] }>>)) {
    const collection = path.split("/")[2] as Collection;
    // Only the record collections: an import job's id (`/v1/imports/{id}`) is not a seed record.
    if (!(collection in PREFIX)) continue;
    for (const op of Object.values(item)) {
      for (const given of op.parameters ?? []) {
        const p = deref(doc, given);
        if (p.in !== "path" || p.name !== "id") continue;
        const example = p.example ?? p.schema?.example;
        t.ok(example, `${path}: the id parameter has an example`);
        t.match(example, ID, `${path}: ${example} looks like an id`);
        t.ok(example!.startsWith(`${PREFIX[collection]}_`), `${path}: ${example} starts with ${PREFIX[collection]}_`);
        t.match(p.description, `\`${PREFIX[collection]}_...\``, `${path}: the description names the real prefix`);
        seen.add(`/v1/${collection}/${example}`);
      }
    }
  }
  t.ok(seen.size >= Object.keys(COLLECTION_NAMES).length, "each collection has an example id");
  for (const url of seen) {
    const { status } = await getJson(app, url);
    t.equal(status, 200, `GET ${url}`);
  }
});

t.test("every id-shaped example anywhere in the document's responses and parameters names a real record", async (t) => {
  const app = await build(t);
  const { body: doc } = await getJson(app, "/openapi.json");
  // Request bodies are left out: a create example may carry a new id on purpose.
  const examples = new Set<string>();
  const walk = (node: unknown, inBody: boolean) => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, inBody));
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "requestBody") continue;
      if (key === "example" && typeof value === "string" && ID.test(value) && !inBody) examples.add(value);
      walk(value, inBody);
    }
  };
  walk(doc.paths, false);
  walk(doc.components?.parameters, false);
  walk(doc.components?.responses, false);
  // The record schemas, but not those of request bodies (Create..., Patch...), whose ids are new ones.
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) if (!/^(Create|Patch|Merge|Import)/.test(name)) walk(schema, false);
  const byPrefix = Object.fromEntries(Object.entries(PREFIX).map(([c, p]) => [p, c]));
  t.ok(examples.size > 5);
  for (const id of examples) {
    const collection = byPrefix[id.slice(0, 3)];
    const { status } = await getJson(app, `/v1/${collection}/${id}`);
    t.equal(status, 200, `${id} is a real ${collection} record`);
  }
});

t.test("the prefixes are those of the seed's ids", async (t) => {
  const app = await build(t);
  for (const [collection, prefix] of Object.entries(PREFIX)) {
    const { body } = await getJson(app, `/v1/${collection}?limit=500&fields=id`);
    t.ok(body.data.length > 0);
    for (const r of body.data) t.ok(r.id.startsWith(`${prefix}_`), `${r.id} starts with ${prefix}_`);
  }
});
