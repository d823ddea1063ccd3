import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParam, problemResponses } from "../../schemas/common.ts";
import { EXAMPLE_ID, PREFIX } from "../../domain/collections.ts";
import { similarList, similarQuery } from "../../schemas/similar.ts";
import { similarEvents } from "../../repositories/similar.ts";
import { found } from "../../domain/problems.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/events/:id/similar", {
    schema: {
      tags: ["events"],
      summary: "Find events that are probably the same",
      description:
        "Candidate duplicates of this event, for example the same clash recorded by UCDP, ACLED and GDELT: events whose dates overlap (widened by `days`) and that either happened within `within_km` of it or share an actor with it. Each comes with a score and the reasons. Nothing is merged: deciding is left to a person.",
      params: idParam(PREFIX.events, EXAMPLE_ID.events),
      querystring: similarQuery,
      response: { 200: similarList, 400: problemResponses[400], 404: problemResponses[404] },
    },
  }, async (req) => found(await similarEvents(app.reader, req.params.id, req.query), "event", req.params.id));
};

export default routes;
