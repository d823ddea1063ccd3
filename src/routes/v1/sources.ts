import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { asOfQuery } from "../../schemas/changes.ts";
import { idParam, listResponse, problemResponses } from "../../schemas/common.ts";
import { SOURCE_FIELDS, SOURCE_FORMATS, sourceDetailSchema, sourceList, sourceListQuery } from "../../schemas/sources.ts";
import { claimListQuery } from "../../schemas/claims.ts";
import { exportSources, getSource, listSources } from "../../repositories/sources.ts";
import { exists } from "../../repositories/shared.ts";
import { found, notFound } from "../../plugins/problems.ts";
import { pagingOf } from "./paging.ts";
import { csvColumns, formatOf, sendCsv, sendNdjson } from "./formats.ts";
import { claimsResponse, sendClaims } from "./claims.ts";

const params = idParam("src", "src_russian-embassy-statement-2024-10-21");

const sourcesResponse = listResponse(sourceList, {
  csv: `One row per source (RFC 4180, with a header row). Columns: ${SOURCE_FIELDS.join(", ")}. \`external_ids\` is written \`scheme:value\` pairs separated by \`;\`. \`fields=\` chooses the columns. The paging is in the headers \`X-Total-Count\` and \`X-Next-Cursor\`.`,
  ndjson: "Every matching source, one JSON object per line, in the `sort` order, streamed (`limit` and `cursor` are ignored).",
});

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/sources", {
    schema: {
      tags: ["sources"],
      summary: "List sources",
      description: "Sources matching every filter given, a page at a time, in the `sort` order (`id` by default). As JSON, CSV or streamed NDJSON (see `format`).",
      querystring: sourceListQuery,
      response: { 200: sourcesResponse, 400: problemResponses[400] },
    },
  }, async (req, reply) => {
    const q = req.query;
    const filters = { kind: q.kind, publisher: q.publisher, parent: q.parent, language: q.language, from: q.from, to: q.to, q: q.q, updated_since: q.updated_since };
    const format = formatOf(req, q.format, SOURCE_FORMATS);
    if (format === "ndjson") return sendNdjson(reply, exportSources(app.reader, filters, q.sort, { include: q.include, fields: q.fields }));
    if (format === "csv") return sendCsv(reply, csvColumns(SOURCE_FIELDS, q.fields), listSources(app.reader, filters, pagingOf(app, q), { fields: q.fields }));
    return listSources(app.reader, filters, pagingOf(app, q), { include: q.include, fields: q.fields });
  });

  app.get("/sources/:id", {
    schema: {
      tags: ["sources"],
      summary: "Get a source",
      description: "One source with its publisher, the source it is known through (`parent`), the sources known through it (`children`) and the claims recorded in it.",
      params,
      querystring: asOfQuery,
      response: { 200: sourceDetailSchema, 404: problemResponses[404] },
    },
  }, async (req) => found(getSource(app.reader, req.params.id), "source", req.params.id));

  app.get("/sources/:id/claims", {
    schema: {
      tags: ["sources"],
      summary: "List a source's claims",
      description: "Claims recorded in this source. Takes the same filters, sorts, includes and formats as `/v1/claims`.",
      params,
      querystring: claimListQuery,
      response: { 200: claimsResponse, 400: problemResponses[400], 404: problemResponses[404] },
    },
  }, async (req, reply) => {
    if (!exists(app.reader, "sources", req.params.id)) throw notFound("source", req.params.id);
    return sendClaims(app, req, reply, req.query, { source_id: req.params.id });
  });
};

export default routes;
