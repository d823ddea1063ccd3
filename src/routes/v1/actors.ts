import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { asOfQuery } from "../../schemas/changes.ts";
import { problemResponses, idParam } from "../../schemas/common.ts";
import { actorDetailSchema, actorList, actorListQuery } from "../../schemas/actors.ts";
import { claimList, claimListQuery } from "../../schemas/claims.ts";
import { eventList, eventListQuery } from "../../schemas/events.ts";
import { getActor, listActors } from "../../repositories/actors.ts";
import { listClaims } from "../../repositories/claims.ts";
import { listEvents } from "../../repositories/events.ts";
import { found, notFound } from "../../plugins/problems.ts";
import { exists } from "../../repositories/shared.ts";
import { afterCursor } from "./paging.ts";

const params = idParam("act", "act_georgiy-zinoviev");

const routes: FastifyPluginAsyncZod = async (app) => {
  const requireActor = (id: string) => {
    if (!exists(app.reader, "actors", id)) throw notFound("actor", id);
  };

  app.get("/actors", {
    schema: {
      tags: ["actors"],
      summary: "List actors",
      description: "Actors in id order, a page at a time, each with its aliases and external ids.",
      querystring: actorListQuery,
      response: { 200: actorList, 400: problemResponses[400] },
    },
  }, async (req) => listActors(app.reader, { limit: req.query.limit, after: afterCursor(req.query.cursor) }));

  app.get("/actors/:id", {
    schema: {
      tags: ["actors"],
      summary: "Get an actor",
      description: "One actor with its aliases, external ids, affiliations (roles it holds) and members (roles held in it).",
      params,
      querystring: asOfQuery,
      response: { 200: actorDetailSchema, 404: problemResponses[404] },
    },
  }, async (req) => found(getActor(app.reader, req.params.id), "actor", req.params.id));

  app.get("/actors/:id/events", {
    schema: {
      tags: ["actors"],
      summary: "List an actor's events",
      description: "Events the actor takes part in, in any role.",
      params,
      querystring: eventListQuery,
      response: { 200: eventList, 400: problemResponses[400], 404: problemResponses[404] },
    },
  }, async (req) => {
    requireActor(req.params.id);
    return listEvents(app.reader, { limit: req.query.limit, after: afterCursor(req.query.cursor), actor_id: req.params.id });
  });

  app.get("/actors/:id/claims", {
    schema: {
      tags: ["actors"],
      summary: "List an actor's claims",
      description: "Claims the actor makes, as claimant.",
      params,
      querystring: claimListQuery,
      response: { 200: claimList, 400: problemResponses[400], 404: problemResponses[404] },
    },
  }, async (req) => {
    requireActor(req.params.id);
    return listClaims(app.reader, { limit: req.query.limit, after: afterCursor(req.query.cursor), claimant_id: req.params.id });
  });
};

export default routes;
