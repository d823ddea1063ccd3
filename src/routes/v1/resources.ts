// The read routes of every collection, registered from the collection table
// (routes/v1/collections.ts): GET /v1/{collection}, GET /v1/{collection}/{id},
// the nested lists and GET /v1/{collection}/{id}/revisions.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParam, problemResponses } from "../../schemas/common.ts";
import { revisionList, revisionsQuery } from "../../schemas/changes.ts";
import { exists } from "../../repositories/parts.ts";
import { listRevisions } from "../../repositories/revisions.ts";
import { found, notFound, Problem } from "../../domain/problems.ts";
import { aOne, type Collection } from "../../domain/collections.ts";
import { pagingOf } from "./paging.ts";
import { csvColumns, formatOf, sendCsv, sendNdjson } from "./formats.ts";
import { COLLECTION_TABLE, LIST_CONTROLS, type CollectionSpec, type ListQuery } from "./collections.ts";

/** The filters of a validated list query: every member that is not a list control. */
function filtersOf(q: ListQuery): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  for (const key in q) if (!(LIST_CONTROLS as readonly string[]).includes(key)) filters[key] = q[key];
  return filters;
}

/** Answers a list in the negotiated format; `scope` narrows it for nested routes. */
export async function sendList(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, spec: CollectionSpec, q: ListQuery, scope: Record<string, string> = {}) {
  const format = formatOf(req, q.format, spec.formats);
  const filters = { ...filtersOf(q), ...scope };
  const shape = { include: q.include, fields: q.fields };
  if (format === "ndjson") return sendNdjson(reply, await spec.repository.export(app.reader, filters, q.sort, shape));
  const stream = spec.streams?.[format];
  if (stream) return stream(app, reply, filters, q.sort);
  const paging = pagingOf(app, q);
  const present = spec.present?.[format];
  if (present) return present(app, req, reply, filters, q, paging);
  if (format === "csv") {
    const page = await spec.repository.list(app.reader, filters, paging, { include: spec.csv?.include, fields: q.fields });
    const row = spec.csv?.row;
    return sendCsv(reply, csvColumns(spec.fields, q.fields, spec.csv?.extra), row ? { data: page.data.map(row), page: page.page } : page);
  }
  return spec.repository.list(app.reader, filters, paging, shape);
}

/** The `{id}` path parameter of a collection, with its prefix and a seed id as example. */
export const idParamOf = (spec: CollectionSpec) => idParam(spec.prefix, spec.example_id);

const routes: FastifyPluginAsyncZod = async (app) => {
  const requireOne = async (collection: Collection, id: string) => {
    if (!(await exists(app.reader, collection, id))) throw notFound(COLLECTION_TABLE[collection].singular, id);
  };

  for (const spec of Object.values(COLLECTION_TABLE)) {
    const params = idParamOf(spec);
    app.get(`/${spec.name}`, {
      schema: {
        tags: [spec.name],
        ...spec.list,
        querystring: spec.listQuery,
        response: { 200: spec.listResponse, 400: problemResponses[400] },
      },
    }, async (req, reply) => sendList(app, req, reply, spec, req.query as ListQuery));

    app.get(`/${spec.name}/:id`, {
      schema: {
        tags: [spec.name],
        summary: spec.get.summary,
        description: spec.get.description,
        params,
        querystring: spec.get.query,
        response: { 200: spec.detailSchema, 404: problemResponses[404] },
      },
    }, async (req) => found(await spec.get.read(app.reader, req.params.id, req.query as { include?: string[] }), spec.singular, req.params.id));

    for (const nested of spec.nested ?? []) {
      const of = COLLECTION_TABLE[nested.of];
      app.get(`/${spec.name}/:id/${nested.path}`, {
        schema: {
          tags: [spec.name],
          summary: nested.summary,
          description: nested.description,
          params,
          querystring: of.listQuery,
          response: { 200: of.listResponse, 400: problemResponses[400], 404: problemResponses[404] },
        },
      }, async (req, reply) => {
        await requireOne(spec.name, req.params.id);
        return sendList(app, req, reply, of, req.query as ListQuery, { [nested.scope]: req.params.id });
      });
    }
  }
};

/** GET /v1/{collection}/{id}/revisions, after the change feed (as before, for the document's order). */
export const revisions: FastifyPluginAsyncZod = async (app) => {
  for (const spec of Object.values(COLLECTION_TABLE)) {
    const collection = spec.name;
    app.get(`/${collection}/:id/revisions`, {
      schema: {
        tags: [collection],
        summary: `List ${aOne(collection)}'s revisions`,
        description: `The ${spec.singular}'s history, oldest first, \`limit\` at a time (pass \`page.next_cursor\` as \`cursor\` for the next page): who wrote each version, when, what changed, and the whole record after it. Deleted and merged records keep their history. See also \`?as_of=\` on \`GET /v1/${collection}/{id}\`.`,
        params: idParamOf(spec),
        querystring: revisionsQuery,
        response: { 200: revisionList, 400: problemResponses[400], 404: problemResponses[404] },
      },
    }, async (req) => {
      const { limit, cursor } = req.query;
      // The cursor is signed like the lists' and names this record, so it cannot be moved to another one.
      const sort = `revisions:${collection}/${req.params.id}`;
      let afterSeq: number | undefined;
      if (cursor !== undefined) {
        const after = app.cursors.decode(cursor);
        if (!after || after.sort !== sort || typeof after.key !== "number") {
          throw new Problem(400, "invalid_request", "query cursor: must be a page.next_cursor value of this record's revisions, unchanged", { errors: [{ in: "query", name: "cursor", message: "must be a page.next_cursor value of this record's revisions, unchanged" }] });
        }
        afterSeq = after.key;
      }
      const page = await listRevisions(app.reader, collection, req.params.id, { limit, afterSeq });
      if (page.total === 0) throw notFound(spec.singular, req.params.id);
      const next = page.lastSeq === null ? null : app.cursors.encode({ sort, key: page.lastSeq, id: req.params.id });
      return { data: page.data, page: { limit, next_cursor: next, total: page.total } };
    });
  }
};

export default routes;
