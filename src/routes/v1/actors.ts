import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { asOfQuery } from "../../schemas/changes.ts";
import { idParam, listResponse, problemResponses } from "../../schemas/common.ts";
import { ACTOR_FIELDS, ACTOR_FORMATS, actorDetailSchema, actorList, actorListQuery } from "../../schemas/actors.ts";
import { claimListQuery } from "../../schemas/claims.ts";
import { eventListQuery } from "../../schemas/events.ts";
import { exportActors, getActor, listActors } from "../../repositories/actors.ts";
import { found, notFound } from "../../plugins/problems.ts";
import { exists } from "../../repositories/shared.ts";
import { pagingOf } from "./paging.ts";
import { csvColumns, formatOf, sendCsv, sendNdjson } from "./formats.ts";
import { eventsResponse, sendEvents } from "./events.ts";
import { claimsResponse, sendClaims } from "./claims.ts";

const params = idParam("act", "act_georgiy-zinoviev");

const actorsResponse = listResponse(actorList, {
  csv: `One row per actor (RFC 4180, with a header row). Columns: ${ACTOR_FIELDS.join(", ")}. \`aliases\` is written as the alias names separated by \`;\`, \`external_ids\` as \`scheme:value\` pairs separated by \`;\`. \`fields=\` chooses the columns. The paging is in the headers \`X-Total-Count\` and \`X-Next-Cursor\`.`,
  ndjson: "Every matching actor, one JSON object per line, in the `sort` order, streamed (`limit` and `cursor` are ignored).",
});

const routes: FastifyPluginAsyncZod = async (app) => {
  const requireActor = (id: string) => {
    if (!exists(app.reader, "actors", id)) throw notFound("actor", id);
  };

  app.get("/actors", {
    schema: {
      tags: ["actors"],
      summary: "List actors",
      description: "Actors matching every filter given, a page at a time, each with its aliases and external ids. `q` searches names and every alias, so `q=Zinoviev` and `q=Zinovyev` find the same ambassador. As JSON, CSV or streamed NDJSON (see `format`).",
      querystring: actorListQuery,
      response: { 200: actorsResponse, 400: problemResponses[400] },
    },
  }, async (req, reply) => {
    const q = req.query;
    const filters = { q: q.q, name: q.name, kind: q.kind, country: q.country, updated_since: q.updated_since };
    const format = formatOf(req, q.format, ACTOR_FORMATS);
    if (format === "ndjson") return sendNdjson(reply, exportActors(app.reader, filters, q.sort, { include: q.include, fields: q.fields }));
    if (format === "csv") {
      const page = listActors(app.reader, filters, pagingOf(app, q), { fields: q.fields });
      const data = page.data.map((a) => ({ ...a, aliases: a.aliases?.map((x: { name: string }) => x.name).join(";") }));
      return sendCsv(reply, csvColumns(ACTOR_FIELDS, q.fields), { data, page: page.page });
    }
    return listActors(app.reader, filters, pagingOf(app, q), { include: q.include, fields: q.fields });
  });

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
      description: "Events the actor takes part in, in any role. Takes the same filters, sorts, includes and formats as `/v1/events`.",
      params,
      querystring: eventListQuery,
      response: { 200: eventsResponse, 400: problemResponses[400], 404: problemResponses[404] },
    },
  }, async (req, reply) => {
    requireActor(req.params.id);
    return sendEvents(app, req, reply, req.query, { actor_id: req.params.id });
  });

  app.get("/actors/:id/claims", {
    schema: {
      tags: ["actors"],
      summary: "List an actor's claims",
      description: "Claims the actor makes, as claimant. Takes the same filters, sorts, includes and formats as `/v1/claims`.",
      params,
      querystring: claimListQuery,
      response: { 200: claimsResponse, 400: problemResponses[400], 404: problemResponses[404] },
    },
  }, async (req, reply) => {
    requireActor(req.params.id);
    return sendClaims(app, req, reply, req.query, { claimant_id: req.params.id });
  });
};

export default routes;
