import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import { idParam, listResponse, problemResponses } from "../../schemas/common.ts";
import { eventGetQuery, EVENT_FIELDS, EVENT_FORMATS, eventDetailSchema, eventFeatureCollection, eventList, eventListQuery } from "../../schemas/events.ts";
import { claimListQuery } from "../../schemas/claims.ts";
import { eventIdBatches, exportEvents, getEvent, listEvents, type EventFilters } from "../../repositories/events.ts";
import { exists } from "../../repositories/shared.ts";
import { found, notFound } from "../../plugins/problems.ts";
import { pagingOf } from "./paging.ts";
import { csvColumns, formatOf, inOrder, sendChunks, sendCsv, sendNdjson } from "./formats.ts";
import { acledCsv } from "../../formats/acled.ts";
import { ploverJsonl } from "../../formats/plover.ts";
import { eventsForExport } from "../../formats/store.ts";
import { claimsResponse, sendClaims } from "./claims.ts";

const params = idParam("evt", "evt_2024-10-21-summons-russian-ambassador");

const CSV_PLACE_COLUMNS = ["place_name", "country", "latitude", "longitude"];

export const eventsResponse = listResponse(eventList, {
  csv: `One row per event (RFC 4180, with a header row). Columns: ${EVENT_FIELDS.join(", ")}, then the place's ${CSV_PLACE_COLUMNS.join(", ")}. \`external_ids\` is written \`scheme:value\` pairs separated by \`;\`. \`fields=\` chooses the columns; \`include=\` does not apply. The paging is in the headers \`X-Total-Count\` and \`X-Next-Cursor\`.`,
  ndjson: "Every matching event, one JSON object per line, in the `sort` order, streamed (`limit` and `cursor` are ignored; filters, `include` and `fields` apply).",
  geojson: eventFeatureCollection,
  acled: true,
  plover: true,
});

type Query = z.output<typeof eventListQuery>;

const filtersOf = (q: Query): EventFilters => ({
  from: q.from, to: q.to, type: q.type, status: q.status, actor: q.actor, country: q.country, place: q.place, q: q.q, bbox: q.bbox, updated_since: q.updated_since,
});

/** Answers a list of events in the negotiated format; `scope` narrows it for nested routes. */
export function sendEvents(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, q: Query, scope: Partial<EventFilters> = {}) {
  const format = formatOf(req, q.format, EVENT_FORMATS);
  const filters = { ...filtersOf(q), ...scope };
  if (format === "ndjson") return sendNdjson(reply, exportEvents(app.reader, filters, q.sort, { include: q.include, fields: q.fields }));
  if (format === "acled" || format === "plover") {
    const events = inOrder(eventIdBatches(app.reader, filters, q.sort), (ids) => eventsForExport(app.prisma, { ids }), (e) => e.id);
    return sendChunks(reply, format, format === "acled" ? acledCsv(events) : ploverJsonl(events));
  }
  const paging = pagingOf(app, q);
  if (format === "json") return listEvents(app.reader, filters, paging, { include: q.include, fields: q.fields });
  // CSV and GeoJSON need the place of every event.
  const include = [...new Set([...(format === "geojson" ? q.include ?? [] : []), "place"])];
  const result = listEvents(app.reader, filters, paging, { include, fields: q.fields });
  type Place = { name: string; country: string | null; latitude: number | null; longitude: number | null } | null;
  if (format === "csv") {
    const rows = result.data.map((e) => {
      const { place, ...rest } = e as typeof e & { place: Place };
      return { ...rest, place_name: place?.name ?? null, country: place?.country ?? null, latitude: place?.latitude ?? null, longitude: place?.longitude ?? null };
    });
    return sendCsv(reply, csvColumns(EVENT_FIELDS, q.fields, CSV_PLACE_COLUMNS), { data: rows, page: result.page });
  }
  const features = result.data.map((e) => {
    const place = (e as typeof e & { place: Place }).place;
    const properties = q.include?.includes("place") ? e : (({ place: _, ...rest }) => rest)(e as typeof e & { place: Place });
    const geometry = place && place.latitude !== null && place.longitude !== null ? { type: "Point", coordinates: [place.longitude, place.latitude] } : null;
    return { type: "Feature", id: e.id, geometry, properties };
  });
  return reply.type("application/geo+json; charset=utf-8").send(JSON.stringify({ type: "FeatureCollection", features, page: result.page }));
}

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/events", {
    schema: {
      tags: ["events"],
      summary: "List events",
      description: "Events matching every filter given (a comma-separated value matches any of its values), a page at a time, in the `sort` order (`id` by default). As JSON, CSV (`format=csv` or `Accept: text/csv`), GeoJSON (`format=geojson` or `Accept: application/geo+json`), or every matching event streamed as NDJSON (`format=ndjson` or `Accept: application/x-ndjson`).",
      querystring: eventListQuery,
      response: { 200: eventsResponse, 400: problemResponses[400] },
    },
  }, async (req, reply) => sendEvents(app, req, reply, req.query));

  app.get("/events/:id", {
    schema: {
      tags: ["events"],
      summary: "Get an event",
      description: "One event with its place, participants and their roles, the claims about it and their sources.",
      params,
      querystring: eventGetQuery,
      response: { 200: eventDetailSchema, 404: problemResponses[404] },
    },
  }, async (req) => found(getEvent(app.reader, req.params.id, req.query.include), "event", req.params.id));

  app.get("/events/:id/claims", {
    schema: {
      tags: ["events"],
      summary: "List an event's claims",
      description: "Claims about this event, whoever makes them. Takes the same filters, sorts, includes and formats as `/v1/claims`.",
      params,
      querystring: claimListQuery,
      response: { 200: claimsResponse, 400: problemResponses[400], 404: problemResponses[404] },
    },
  }, async (req, reply) => {
    if (!exists(app.reader, "events", req.params.id)) throw notFound("event", req.params.id);
    return sendClaims(app, req, reply, req.query, { event_id: req.params.id });
  });
};

export default routes;
