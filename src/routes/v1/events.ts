import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { asOfQuery } from "../../schemas/changes.ts";
import { idParam, problemResponses } from "../../schemas/common.ts";
import { eventDetailSchema, eventList, eventListQuery } from "../../schemas/events.ts";
import { claimList, claimListQuery } from "../../schemas/claims.ts";
import { getEvent, listEvents } from "../../repositories/events.ts";
import { listClaims } from "../../repositories/claims.ts";
import { exists } from "../../repositories/shared.ts";
import { found, notFound } from "../../plugins/problems.ts";
import { afterCursor } from "./paging.ts";

const params = idParam("evt", "evt_2024-10-21-summons-russian-ambassador");

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/events", {
    schema: {
      tags: ["events"],
      summary: "List events",
      description: "Events in id order, a page at a time.",
      querystring: eventListQuery,
      response: { 200: eventList, 400: problemResponses[400] },
    },
  }, async (req) => listEvents(app.reader, { limit: req.query.limit, after: afterCursor(req.query.cursor) }));

  app.get("/events/:id", {
    schema: {
      tags: ["events"],
      summary: "Get an event",
      description: "One event with its place, participants and their roles, the claims about it and their sources.",
      params,
      querystring: asOfQuery,
      response: { 200: eventDetailSchema, 404: problemResponses[404] },
    },
  }, async (req) => found(getEvent(app.reader, req.params.id), "event", req.params.id));

  app.get("/events/:id/claims", {
    schema: {
      tags: ["events"],
      summary: "List an event's claims",
      description: "Claims about this event, whoever makes them.",
      params,
      querystring: claimListQuery,
      response: { 200: claimList, 400: problemResponses[400], 404: problemResponses[404] },
    },
  }, async (req) => {
    if (!exists(app.reader, "events", req.params.id)) throw notFound("event", req.params.id);
    return listClaims(app.reader, { limit: req.query.limit, after: afterCursor(req.query.cursor), event_id: req.params.id });
  });
};

export default routes;
