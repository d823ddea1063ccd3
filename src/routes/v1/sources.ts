import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { asOfQuery } from "../../schemas/changes.ts";
import { idParam, problemResponses } from "../../schemas/common.ts";
import { sourceDetailSchema, sourceList, sourceListQuery } from "../../schemas/sources.ts";
import { claimList, claimListQuery } from "../../schemas/claims.ts";
import { getSource, listSources } from "../../repositories/sources.ts";
import { listClaims } from "../../repositories/claims.ts";
import { exists } from "../../repositories/shared.ts";
import { found, notFound } from "../../plugins/problems.ts";
import { afterCursor } from "./paging.ts";

const params = idParam("src", "src_russian-embassy-statement-2024-10-21");

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/sources", {
    schema: {
      tags: ["sources"],
      summary: "List sources",
      description: "Sources in id order, a page at a time.",
      querystring: sourceListQuery,
      response: { 200: sourceList, 400: problemResponses[400] },
    },
  }, async (req) => listSources(app.reader, { limit: req.query.limit, after: afterCursor(req.query.cursor) }));

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
      description: "Claims recorded in this source.",
      params,
      querystring: claimListQuery,
      response: { 200: claimList, 400: problemResponses[400], 404: problemResponses[404] },
    },
  }, async (req) => {
    if (!exists(app.reader, "sources", req.params.id)) throw notFound("source", req.params.id);
    return listClaims(app.reader, { limit: req.query.limit, after: afterCursor(req.query.cursor), source_id: req.params.id });
  });
};

export default routes;
