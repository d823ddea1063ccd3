// POST /v1/{collection}, PATCH and DELETE /v1/{collection}/{id}, and
// POST /v1/actors/{id}/merge. Each needs a key with the `write` scope.
//
// ETags: a record's ETag is the strong tag of its GET /v1/{collection}/{id}
// representation (etagOf of the exact bytes, see plugins/caching.ts). A write
// makes that representation as GET does (readRecord), compares If-Match with
// its tag, and then re-checks inside the transaction that the record's
// version is the one it compared, so a write that slips in between still
// gets a 412. The tag covers what the record embeds (names of its actors,
// place...), so a change to those also makes an old tag stale: conservative,
// never wrong. Write responses carry the record's new representation and tag.
import { z } from "zod";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { actorDetailSchema } from "../../../schemas/actors.ts";
import { createBody, deleteQuery, idempotencyHeader, ifMatchHeader, mergeBody, noQuery, patchBody, writeProblems as P } from "../../../schemas/writes.ts";
import { etagOf, matchesTag } from "../../../plugins/caching.ts";
import { Problem, notFound } from "../../../domain/problems.ts";
import { zodFastSerializerCompiler } from "../../../plugins/serializer.ts";
import { tombstoneOf } from "../../../repositories/tombstones.ts";
import { createRecord, deleteRecord, goneProblem, mergeActors, updateRecord } from "../../../services/writes.ts";
import { aOne, type Collection } from "../../../domain/collections.ts";
import { COLLECTION_TABLE } from "../collections.ts";
import { idParamOf } from "../resources.ts";
import { withIdempotency } from "../../../services/idempotency.ts";

/**
 * The record's current representation, exactly as `GET /v1/{collection}/{id}`
 * sends it (the same read and the same compiled serializer), with its tag.
 * Read directly rather than through app.inject(): Fastify refuses injections
 * once the app is closing, and a write still in progress at shutdown must
 * answer with what it stored, not a 500.
 */
export async function readRecord(app: FastifyInstance, collection: Collection, id: string) {
  const spec = COLLECTION_TABLE[collection];
  const record = (await spec.get.read(app.reader, id, {})) as { version: number } | null;
  if (record) {
    const body = zodFastSerializerCompiler({ schema: spec.detailSchema, method: "GET", url: `/v1/${collection}/:id`, httpStatus: "200" })(record);
    return { body, etag: etagOf(body), version: record.version };
  }
  const tombstone = await tombstoneOf(app.reader, collection, id);
  if (tombstone) throw goneProblem(collection, tombstone);
  throw notFound(spec.singular, id);
}

/** The tag If-Match must carry, or the 428 / 412 that says why the write may not go on. */
function checkIfMatch(req: FastifyRequest, etag: string) {
  const given = req.headers["if-match"];
  if (!given) throw new Problem(428, "precondition_required", "This write needs an If-Match header with the record's ETag: GET the record, then send its ETag back.");
  // `*` ("any version") would let two writers overwrite each other: a write must name the version it saw.
  if (given.split(",").some((t) => t.trim() === "*")) throw new Problem(428, "precondition_required", "If-Match: * names no version: send the record's ETag from GET, so that you never overwrite a version you have not seen.");
  if (!matchesTag(given, etag, false)) throw new Problem(412, "precondition_failed", "If-Match does not match the record's current ETag: it changed since you read it. GET it again and reapply your change.");
}

const sendRecord = (reply: FastifyReply, status: number, rep: { body: string; etag: string }) =>
  reply.code(status).header("etag", rep.etag).type("application/json; charset=utf-8").send(rep.body);

function sendStored(reply: FastifyReply, r: { status: number; body: string; headers: Record<string, string> }) {
  for (const [k, v] of Object.entries(r.headers)) reply.header(k, v);
  return reply.code(r.status).type("application/json; charset=utf-8").send(r.body);
}

const author = (req: FastifyRequest) => req.apiKey?.name ?? "anonymous";

const routes: FastifyPluginAsyncZod = async (app) => {
  // application/merge-patch+json is parsed as JSON by src/plugins/limits.ts.
  for (const spec of Object.values(COLLECTION_TABLE)) {
    const { name: collection, singular: one } = spec;
    const params = idParamOf(spec);
    /** The 201 answer to a create: the record as GET shows it, its tag and location. */
    const created = async (id: string) => {
      const rep = await readRecord(app, collection, id);
      return { status: 201, body: rep.body, headers: { etag: rep.etag, location: `/v1/${collection}/${id}` } };
    };

    app.post(`/${collection}`, {
      config: { scope: "write" },
      schema: {
        tags: [collection],
        summary: `Create ${aOne(collection)}`,
        description: `Creates ${aOne(collection)} from a record in the bundle format, with its parts, in one transaction. Answers 201 with the record as \`GET /v1/${collection}/{id}\` shows it, its \`Location\` and its \`ETag\`. Send an \`Idempotency-Key\` to retry safely.`,
        querystring: noQuery,
        headers: idempotencyHeader,
        body: createBody(collection),
        response: { 201: spec.detailSchema, 400: P[400], 401: P[401], 403: P[403], 409: P[409], 422: P[422] },
      },
    }, async (req, reply) =>
      withIdempotency(
        app, req, reply as FastifyReply,
        async (reserve) => created(await createRecord(app.prisma, collection, req.body as Record<string, unknown>, author(req), reserve)),
        (location) => created(location.slice(location.lastIndexOf("/") + 1)),
      ).then((r) => sendStored(reply as FastifyReply, r)));

    app.patch(`/${collection}/:id`, {
      config: { scope: "write" },
      schema: {
        tags: [collection],
        summary: `Change ${aOne(collection)}`,
        description: `Applies a JSON merge patch (\`application/merge-patch+json\`; \`application/json\` is accepted too) to the ${one}, in one transaction, and stores a revision. Needs \`If-Match\` with the ETag from \`GET /v1/${collection}/{id}\`. Answers with the changed record and its new ETag.`,
        consumes: ["application/merge-patch+json", "application/json"],
        params,
        querystring: noQuery,
        headers: ifMatchHeader,
        body: patchBody(collection),
        response: { 200: spec.detailSchema, 400: P[400], 401: P[401], 403: P[403], 404: P[404], 409: P[409], 410: P[410], 412: P[412], 422: P[422], 428: P[428] },
      },
    }, async (req, reply) => {
      const before = await readRecord(app, collection, req.params.id);
      checkIfMatch(req, before.etag);
      await updateRecord(app.prisma, collection, req.params.id, req.body as Record<string, unknown>, { author: author(req), expectVersion: before.version });
      return sendRecord(reply as FastifyReply, 200, await readRecord(app, collection, req.params.id));
    });

    app.delete(`/${collection}/:id`, {
      config: { scope: "write" },
      schema: {
        tags: [collection],
        summary: `Delete ${aOne(collection)}`,
        description: `Deletes the ${one} and leaves a tombstone: GET on its id then answers 410 with when and why, and the change feed lists the deletion. Needs \`If-Match\`. A ${one} that other records still refer to is not deleted (409, listing them).`,
        params,
        querystring: deleteQuery,
        headers: ifMatchHeader,
        response: {
          204: z.null().meta({ description: "Deleted." }),
          400: P[400], 401: P[401], 403: P[403], 404: P[404], 409: P[409], 410: P[410], 412: P[412], 428: P[428],
        },
      },
    }, async (req, reply) => {
      const before = await readRecord(app, collection, req.params.id);
      checkIfMatch(req, before.etag);
      await deleteRecord(app.prisma, collection, req.params.id, { author: author(req), expectVersion: before.version, reason: req.query.reason });
      return reply.code(204).send(null);
    });
  }

  app.post("/actors/:id/merge", {
    config: { scope: "write" },
    schema: {
      tags: ["actors"],
      summary: "Merge a duplicate actor into another",
      description: "Moves every reference to this actor (participations, claims, claims about it, published sources, memberships) to the surviving actor `into`, and gives the survivor this actor's name (as an alias), aliases, affiliations and external ids. This actor's id then redirects (308) to the survivor, and the change feed lists it as merged. `If-Match` is optional here; when given, it must match this actor's ETag. Answers with the survivor.",
      params: idParamOf(COLLECTION_TABLE.actors),
      querystring: noQuery,
      headers: ifMatchHeader,
      body: mergeBody,
      response: { 200: actorDetailSchema, 400: P[400], 401: P[401], 403: P[403], 404: P[404], 409: P[409], 410: P[410], 412: P[412], 422: P[422] },
    },
  }, async (req, reply) => {
    const before = await readRecord(app, "actors", req.params.id);
    if (req.headers["if-match"]) checkIfMatch(req, before.etag);
    await mergeActors(app.prisma, req.params.id, req.body.into, { author: author(req), expectVersion: before.version });
    return sendRecord(reply as FastifyReply, 200, await readRecord(app, "actors", req.body.into));
  });
};

export default routes;
