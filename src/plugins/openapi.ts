// The OpenAPI document is built from the routes' zod schemas. It is served at
// /openapi.json, browsed at /docs, and written to openapi.yaml by `npm run openapi`.
import fp from "fastify-plugin";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import type { SwaggerTransform, SwaggerTransformObject } from "@fastify/swagger";
import { z } from "zod";
import { problemSchema } from "../schemas/common.ts";
import { writeProblemSchema } from "../schemas/writes.ts";
import { SNAPSHOTS } from "../schemas/history.ts";
import { historyCollection } from "./history.ts";
import { tombstonedCollection } from "./tombstones.ts";

const DESCRIPTION = `Structured, attributed records of a conflict: **events** (what happened), **actors** (who),
**claims** (who says what about it, with what stance) and **sources** (where each claim was recorded).

Every figure and assertion is a claim held by a claimant and recorded in a source; competing figures stay side
by side. Dates carry a precision, figures carry the claimant's hedging, and denials and refusals to comment are
claims too, linked to the claims they answer.

The first data set is a news report of 21 October 2024 on North Korean troops sent to Russia.

Conventions: snake_case names; lists answer \`{ data, page: { limit, next_cursor, total } }\` and page with
\`cursor\`; errors are RFC 9457 \`application/problem+json\`.`;

type Doc = {
  paths?: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>>;
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

const problem = (description: string) => problemSchema.meta({ description });
const writeProblem = (description: string) => writeProblemSchema.meta({ description });

/**
 * Responses that come from the plugins rather than the route handlers, so that
 * the document lists every status an operation can answer with: the limits
 * (src/plugins/limits.ts, problems.ts), keys on reads (auth.ts), conditional
 * GETs (caching.ts), tombstones (tombstones.ts) and history (history.ts).
 * A route's own description of a status wins.
 */
function pluginResponses(method: string, url: string, hasBody: boolean): Record<string, z.ZodType> {
  const out: Record<string, z.ZodType> = {
    400: problem("The request is invalid: the URL is malformed, or has too many parameters, or a parameter is malformed, unknown or out of range."),
    414: problem("The URL, its query string or one of its path segments is longer than the server accepts."),
    503: problem("The server is overloaded (its event loop lags): nothing was done. Retry after the seconds in `Retry-After`."),
  };
  // /healthz is never rate limited, so that a load balancer can always ask.
  if (url !== "/healthz") out[429] = problem("Too many requests from this client or API key in the last minute (reads and writes have separate budgets; see the `X-RateLimit-*` headers). Retry after the seconds in `Retry-After`.");
  if (hasBody) {
    out[413] = problem("The request body is larger than the server accepts.");
    out[415] = problem("The request body's media type is not one the operation accepts: send `application/json`.");
  }
  if (method === "GET" && url.startsWith("/v1/")) {
    out[304] = z.null().meta({ description: "Not modified: `If-None-Match` holds the current ETag. No body." });
    out[401] = problem("Only when the server requires keys for reads (READ_REQUIRES_KEY=true): no API key, or an unknown or revoked one.");
    out[403] = problem("Only when the server requires keys for reads (READ_REQUIRES_KEY=true): the API key lacks the `read` scope.");
    const gone = tombstonedCollection(url);
    if (gone) out[410] = writeProblem(`The ${gone === "actors" ? "actor" : "record"} was deleted${gone === "actors" ? " or merged into another" : ""}: the problem carries \`deleted_at\`, \`reason\` and \`merged_into\`.`);
    if (gone === "actors") out[308] = writeProblem("The actor was merged into another: `Location` is the same request on the survivor, whose id is also in `merged_into`.");
  }
  return out;
}

/** Each route's schema, with the plugins' responses, converted by the zod type provider. */
const transformRoute: SwaggerTransform = (input) => {
  const { schema, route } = input;
  if (!schema || schema.hide) return jsonSchemaTransform(input);
  const methods = ([] as string[]).concat(route.method);
  const method = methods.includes("GET") ? "GET" : methods[0];
  const response = { ...pluginResponses(method, route.url, schema.body !== undefined), ...(schema.response as Record<string, z.ZodType> | undefined) };
  // With as_of, a record's GET answers from its history, in another shape.
  const history = method === "GET" ? historyCollection(route.url) : null;
  if (history) {
    const detail = response[200];
    response[200] = z.union([detail, SNAPSHOTS[history]]).meta({
      description: `The record now, or with \`as_of\` the record as it was then, from its revisions: without \`as_of\` the first shape (${history.slice(0, -1)} detail), with it the second (snapshot).`,
    });
  }
  return jsonSchemaTransform({ ...input, schema: { ...schema, response } });
};

/**
 * Finishes the document: problem responses get their real media type, and
 * what the zod conversion adds without meaning is taken out.
 */
const finishDocument: SwaggerTransformObject = (documentObject) => {
  const doc = jsonSchemaTransformObject(documentObject) as Doc;
  for (const path of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(path)) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (Number(status) >= 400 && response.content?.["application/json"]) {
          response.content = { "application/problem+json": response.content["application/json"] };
        }
      }
    }
  }
  dropUnreferenced(doc);
  dropSafeIntegerBounds(doc);
  return doc as ReturnType<SwaggerTransformObject>;
};

export default fp(
  async (app, opts: { serverUrl?: string }) => {
    await app.register(swagger, {
      openapi: {
        openapi: "3.1.0",
        info: { title: "Conflict records API", version: "1.0.0", description: DESCRIPTION, license: { name: "MIT", identifier: "MIT" } },
        servers: [{ url: opts.serverUrl ?? "http://localhost:3000", description: "This server" }],
        components: {
          securitySchemes: {
            bearer: {
              type: "http",
              scheme: "bearer",
              description: "An API key: `Authorization: Bearer TOKEN`. Create one with `npm run keys -- create --name NAME --scopes read,write`. Writes need the `write` scope; reads need `read` only when the server sets READ_REQUIRES_KEY=true.",
            },
          },
        },
        tags: [
          { name: "events", description: "What happened, with when, where and who took part." },
          { name: "actors", description: "States, bodies, people, units, agencies and organisations, with their aliases and affiliations." },
          { name: "claims", description: "Who says what, in which source, with what stance, hedging and figures." },
          { name: "sources", description: "Reports, statements, briefings and posts, with attribution chains." },
          { name: "places", description: "Where events happen." },
          { name: "changes", description: "Every create, update, delete and merge, in commit order, to stay in sync." },
          { name: "imports", description: "Bulk loads of bundles, all or nothing." },
          { name: "meta", description: "Health and documentation." },
        ],
      },
      transform: transformRoute,
      transformObject: finishDocument,
    });
    await app.register(swaggerUi, { routePrefix: "/docs", uiConfig: { docExpansion: "list", deepLinking: true } });
    app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  },
  { name: "openapi" },
);
