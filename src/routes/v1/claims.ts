import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { asOfQuery } from "../../schemas/changes.ts";
import type { z } from "zod";
import { idParam, listResponse, problemResponses } from "../../schemas/common.ts";
import { CLAIM_FIELDS, CLAIM_FORMATS, claimDetailSchema, claimList, claimListQuery } from "../../schemas/claims.ts";
import { claimIdBatches, exportClaims, getClaim, listClaims, type ClaimFilters } from "../../repositories/claims.ts";
import { found } from "../../plugins/problems.ts";
import { pagingOf } from "./paging.ts";
import { csvColumns, formatOf, inOrder, sendChunks, sendCsv, sendNdjson } from "./formats.ts";
import { claimNodes, jsonLdDocument } from "../../formats/jsonld.ts";
import { claimsJsonLdSchema } from "../../schemas/jsonld.ts";

export const claimsResponse = listResponse(claimList, {
  csv: `One row per claim (RFC 4180, with a header row). Columns: ${CLAIM_FIELDS.join(", ")}. \`fields=\` chooses the columns; \`include=\` does not apply. The paging is in the headers \`X-Total-Count\` and \`X-Next-Cursor\`.`,
  ndjson: "Every matching claim, one JSON object per line, in the `sort` order, streamed (`limit` and `cursor` are ignored; filters, `include` and `fields` apply).",
  jsonld: claimsJsonLdSchema,
});

type Query = z.output<typeof claimListQuery>;

const filtersOf = (q: Query): ClaimFilters => ({
  claimant: q.claimant, about_actor: q.about_actor, event: q.event, source: q.source, stance: q.stance, certainty: q.certainty,
  verification: q.verification, unit: q.unit, contested: q.contested, from: q.from, to: q.to, q: q.q, updated_since: q.updated_since,
});

/** Answers a list of claims in the negotiated format; `scope` narrows it for nested routes. */
export function sendClaims(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, q: Query, scope: Partial<ClaimFilters> = {}) {
  const format = formatOf(req, q.format, CLAIM_FORMATS);
  const filters = { ...filtersOf(q), ...scope };
  const shape = { include: q.include, fields: q.fields };
  if (format === "ndjson") return sendNdjson(reply, exportClaims(app.reader, filters, q.sort, shape));
  if (format === "jsonld") {
    const nodes = inOrder(claimIdBatches(app.reader, filters, q.sort), (ids) => claimNodes(app.prisma, { ids }), (n) => String(n["@id"]).slice("cr:".length));
    return sendChunks(reply, "jsonld", jsonLdDocument(nodes));
  }
  const paging = pagingOf(app, q);
  if (format === "csv") return sendCsv(reply, csvColumns(CLAIM_FIELDS, q.fields), listClaims(app.reader, filters, paging, { fields: q.fields }));
  return listClaims(app.reader, filters, paging, shape);
}

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/claims", {
    schema: {
      tags: ["claims"],
      summary: "List claims",
      description: "Claims matching every filter given (a comma-separated value matches any of its values), a page at a time, in the `sort` order (`id` by default). As JSON, CSV (`format=csv` or `Accept: text/csv`), or every matching claim streamed as NDJSON (`format=ndjson` or `Accept: application/x-ndjson`).",
      querystring: claimListQuery,
      response: { 200: claimsResponse, 400: problemResponses[400] },
    },
  }, async (req, reply) => sendClaims(app, req, reply, req.query));

  app.get("/claims/:id", {
    schema: {
      tags: ["claims"],
      summary: "Get a claim",
      description: "One claim with its claimant, source, event, the actors it is about, its figures (quantities) and its links to other claims in both directions.",
      params: idParam("clm", "clm_zinoviev-cooperation-not-against-south-korea"),
      querystring: asOfQuery,
      response: { 200: claimDetailSchema, 404: problemResponses[404] },
    },
  }, async (req) => found(getClaim(app.reader, req.params.id), "claim", req.params.id));
};

export default routes;
