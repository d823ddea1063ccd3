import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { asOfQuery } from "../../schemas/changes.ts";
import { idParam, problemResponses } from "../../schemas/common.ts";
import { claimDetailSchema, claimList, claimListQuery } from "../../schemas/claims.ts";
import { getClaim, listClaims } from "../../repositories/claims.ts";
import { found } from "../../plugins/problems.ts";
import { afterCursor } from "./paging.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/claims", {
    schema: {
      tags: ["claims"],
      summary: "List claims",
      description: "Claims in id order, a page at a time.",
      querystring: claimListQuery,
      response: { 200: claimList, 400: problemResponses[400] },
    },
  }, async (req) => listClaims(app.reader, { limit: req.query.limit, after: afterCursor(req.query.cursor) }));

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
