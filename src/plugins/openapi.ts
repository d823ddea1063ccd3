// The OpenAPI document is built from the routes' zod schemas. It is served at
// /openapi.json, browsed at /docs, and written to openapi.yaml by `npm run openapi`.
import fp from "fastify-plugin";
import { Document, visit } from "yaml";
import { IMPORT_BODY_MEDIA_TYPES } from "../schemas/imports.ts";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import type { SwaggerTransform, SwaggerTransformObject } from "@fastify/swagger";
import { shapeDocument, type ShapeOptions } from "./openapi-shape.ts";
import { AS_OF_MEDIA_TYPE } from "./history.ts";
import { COLLECTION_NAMES, COLLECTIONS } from "../domain/collections.ts";

const DESCRIPTION = `Structured, attributed records of a conflict: **events** (what happened), **actors** (who),
**claims** (who says what about it, with what stance) and **sources** (where each claim was recorded).

Every figure and assertion is a claim held by a claimant and recorded in a source; competing figures stay side
by side. Dates carry a precision, figures carry the claimant's hedging, and denials and refusals to comment are
claims too, linked to the claims they answer.

The first data set is a news report of 21 October 2024 on North Korean troops sent to Russia.

Conventions: snake_case names; lists answer \`{ data, page: { limit, next_cursor, total } }\` and page with
\`cursor\`; errors are RFC 9457 \`application/problem+json\`.

A method that a path does not take is answered 405 (\`components/responses/MethodNotAllowed\`), with \`Allow\` listing
the methods it takes. Each operation lists the headers its answers carry. Besides those, every answer carries the security headers
(\`Content-Security-Policy\`, \`X-Content-Type-Options\`, \`Strict-Transport-Security\`, \`Referrer-Policy\`,
\`Cross-Origin-*\`...) and, to the origins CORS_ORIGINS allows, the CORS headers.`;

/** The document as YAML: short collections (a `$ref`, a field's schema, an enum) on one line, the rest in block style. */
export function toYaml(value: unknown): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Collection(_, node) {
      const text = JSON.stringify(node.toJSON());
      // A multi-line description reads better in block style.
      if (text.length <= FLOW_WIDTH && !text.includes("\\n")) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}
const FLOW_WIDTH = 400;

type Doc = {
  paths?: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> }; responses?: Record<string, { content?: Record<string, unknown> }> }>>;
  components?: { schemas?: Record<string, unknown> };
};

/** Removes the safe-integer bounds zod puts on every integer: they say nothing to a reader. */
function dropSafeIntegerBounds(node: unknown): void {
  if (!node || typeof node !== "object") return;
  const o = node as Record<string, unknown>;
  if (o.minimum === Number.MIN_SAFE_INTEGER) delete o.minimum;
  if (o.maximum === Number.MAX_SAFE_INTEGER) delete o.maximum;
  Object.values(o).forEach(dropSafeIntegerBounds);
}

/**
 * The zod type provider writes a registered schema twice, as `Name` (what
 * answers hold) and `NameInput` (what requests take); where the two are the
 * same (a vocabulary), requests refer to `Name`.
 */
function mergeSameInputs(doc: Doc) {
  const schemas = doc.components?.schemas;
  if (!schemas) return;
  const same = new Set(Object.keys(schemas).filter((name) => name.endsWith("Input") && schemas[name.slice(0, -5)] && JSON.stringify(schemas[name]) === JSON.stringify(schemas[name.slice(0, -5)])));
  const visit = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const o = node as { $ref?: unknown };
    const name = typeof o.$ref === "string" && o.$ref.startsWith("#/components/schemas/") ? o.$ref.slice("#/components/schemas/".length) : undefined;
    if (name && same.has(name)) o.$ref = `#/components/schemas/${name.slice(0, -5)}`;
    Object.values(node).forEach(visit);
  };
  visit(doc);
  for (const name of same) delete schemas[name];
}

/** Keeps only the component schemas that the paths reach. */
function dropUnreferenced(doc: Doc) {
  const schemas = doc.components?.schemas;
  if (!schemas) return;
  const reached = new Set<string>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
      const name = ref.slice("#/components/schemas/".length);
      if (!reached.has(name)) {
        reached.add(name);
        visit(schemas[name]);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(doc.paths);
  for (const name of Object.keys(schemas)) if (!reached.has(name)) delete schemas[name];
}

/**
 * Finishes the document: problem responses get their real media type, and
 * what the zod conversion adds without meaning is taken out.
 */
const finishDocument = (opts: ShapeOptions): SwaggerTransformObject => (documentObject) => {
  const doc = jsonSchemaTransformObject(documentObject) as Doc;
  unwrapRefSiblings(doc.paths);
  for (const path of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(path)) {
      for (const response of Object.values(op.responses ?? {}) as { description?: string; content?: Record<string, { schema?: { description?: string } }> }[]) {
        // @fastify/swagger gives the response the schema's description: it is said there once.
        for (const media of Object.values(response.content ?? {})) if (media.schema?.description === response.description) delete media.schema?.description;
      }
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (Number(status) >= 400 && response.content?.["application/json"]) {
          response.content = { "application/problem+json": response.content["application/json"] };
        }
      }
    }
  }
  documentSharedResponses(doc);
  // The import route's text media types each get their own schema and an example file.
  const importBody = doc.paths?.["/v1/imports"]?.post?.requestBody;
  if (importBody?.content) {
    Object.assign(importBody.content, IMPORT_BODY_MEDIA_TYPES);
    const json = importBody.content["application/json"] as { schema?: Record<string, unknown> } | undefined;
    if (json?.schema) json.schema = importJsonBody(json.schema);
  }
  mergeSameInputs(doc);
  dropUnreferenced(doc);
  dropSafeIntegerBounds(doc);
  shapeDocument(doc, opts);
  return doc as ReturnType<SwaggerTransformObject>;
};

/**
 * What POST /v1/imports reads as JSON, as a client sees it: an object (a
 * bundle, or one PLOVER record) or an array (UCDP's API JSON, PLOVER). The
 * route's own schema sees a dataset's JSON as the text it was sent as, so that
 * rejected rows are named by line; a client sends the JSON itself.
 */
function importJsonBody(generated: Record<string, unknown>) {
  const { anyOf: _asParsed, ...rest } = generated;
  return {
    ...rest,
    anyOf: [
      { type: "object", additionalProperties: true, description: `\`format=bundle\`: a bundle (\`{ ${COLLECTIONS.join(", ")} }\`). \`format=plover\`: also one PLOVER record.` },
      { type: "array", items: { type: "object", additionalProperties: true }, description: "`format=ucdp-json`: the UCDP GED API's `gedevents` array. `format=plover`: an array of PLOVER records." },
    ],
  };
}

const problemRef = (name: "Problem" | "WriteProblem") => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string, name: "Problem" | "WriteProblem" = "Problem") => ({
  description,
  content: { "application/problem+json": { schema: problemRef(name) } },
});
const BAD_REQUEST = "The request is invalid: a parameter is malformed, unknown or out of range; `errors` names each one and what it accepts.";
const RECORD_PATH = new RegExp(`^/v1/(${Object.keys(COLLECTION_NAMES).join("|")})/\\{id\\}(/(claims|events|similar))?$`);

/**
 * Responses that plugins give on any operation (limits, load shedding,
 * tombstones, history) are documented on each operation they can answer,
 * so that the document lists every status a client can see.
 */
function documentSharedResponses(doc: Doc) {
  const hasWriteProblem = Boolean(doc.components?.schemas?.WriteProblem);
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item) as [string, { responses?: Record<string, unknown>; requestBody?: unknown; parameters?: { in: string }[] }][]) {
      const responses = (op.responses ??= {});
      const add = (status: string, response: unknown) => {
        if (!responses[status]) responses[status] = response;
      };
      if (op.parameters?.length) add("400", problem(BAD_REQUEST));
      add("414", problem("The URL or its query string is longer than the server accepts."));
      add("429", problem("Too many requests from this client: wait for the seconds in `Retry-After`."));
      add("503", problem("The server is overloaded: retry after the seconds in `Retry-After`."));
      if (op.requestBody) {
        add("413", problem("The body is larger than the server accepts."));
        add("415", problem("The body's media type is not one this operation reads."));
      }
      const record = RECORD_PATH.exec(path);
      if (method === "get" && record) {
        add("410", problem("The record was deleted (or, for an actor, merged away): the problem says when and why.", hasWriteProblem ? "WriteProblem" : "Problem"));
        if (record[1] === "actors") add("308", problem("The actor was merged into another: `Location` names the survivor.", hasWriteProblem ? "WriteProblem" : "Problem"));
        const ok = responses["200"] as { content?: Record<string, { schema?: unknown }> } | undefined;
        const json = ok?.content?.["application/json"];
        if (!record[2] && json?.schema && ok?.content) {
          // With ?as_of= the answer is the record as it was, from its revisions: another
          // shape, so another media type, and the record's own type stays exact for clients.
          ok.content[AS_OF_MEDIA_TYPE] = { schema: { $ref: "#/components/schemas/RecordAsOf" } };
          (doc.components ??= {}).schemas = {
            ...doc.components.schemas,
            RecordAsOf: {
              type: "object",
              additionalProperties: true,
              description: "With `as_of`: the record as it was at that instant, in the bundle format that POST takes (its revision's `record`); `X-Record-Version` gives its version.",
            },
          };
        }
      }
    }
  }
}

/**
 * A route's schemas as the document shows them. An operation's security is the
 * scope its route asks for (`config: { scope }`, which plugins/auth.ts
 * enforces), so the document cannot say otherwise.
 */
const routeTransform: SwaggerTransform = (input) => {
  const out = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]);
  const schema = keepRefSiblings(out.schema) as typeof out.schema;
  const scope = input.route.config?.scope;
  return { ...out, schema: scope ? { ...schema, security: [{ bearer: [scope] }] } : schema };
};

/**
 * @fastify/swagger drops what stands beside a `$ref` in a route's schemas (as
 * OpenAPI 3.0 would ignore it), which would take a field's own description
 * off a field that refers to a shared schema (a vocabulary). So the reference
 * goes inside an `allOf` on the way in, and comes out again in finishDocument.
 */
function keepRefSiblings(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(keepRefSiblings);
  if (!node || typeof node !== "object") return node;
  const { $ref, ...rest } = node as Record<string, unknown>;
  const inner = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, keepRefSiblings(v)]));
  if (typeof $ref !== "string") return inner;
  return Object.keys(rest).length ? { ...inner, allOf: [{ $ref }] } : { $ref };
}

/** Undoes keepRefSiblings: OpenAPI 3.1 takes a description beside a `$ref`. */
function unwrapRefSiblings(node: unknown): void {
  if (!node || typeof node !== "object") return;
  const o = node as Record<string, unknown>;
  const all = o.allOf as Record<string, unknown>[] | undefined;
  if (Array.isArray(all) && all.length === 1 && typeof all[0]?.$ref === "string" && Object.keys(all[0]!).length === 1) {
    delete o.allOf;
    o.$ref = all[0]!.$ref;
  }
  Object.values(o).forEach(unwrapRefSiblings);
}

export default fp(
  async (app, opts: { publicUrl?: string; readRequiresKey?: boolean }) => {
    const shape: ShapeOptions = { readRequiresKey: opts.readRequiresKey ?? false, publicUrl: opts.publicUrl };
    await app.register(swagger, {
      openapi: {
        openapi: "3.1.0",
        info: { title: "Conflict records API", version: "1.0.0", description: DESCRIPTION, license: { name: "MIT", identifier: "MIT" } },
        components: {
          securitySchemes: {
            bearer: { type: "http", scheme: "bearer" },
          },
        },
      },
      transform: routeTransform,
      transformObject: finishDocument(shape),
    });
    await app.register(swaggerUi, { routePrefix: "/docs", uiConfig: { docExpansion: "list", deepLinking: true } });
    app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
    app.get("/openapi.yaml", { schema: { hide: true } }, async (_req, reply) => reply.type("application/yaml; charset=utf-8").send(toYaml(app.swagger())));
  },
  { name: "openapi" },
);
