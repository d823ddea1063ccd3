import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { asOfQuery } from "../../schemas/changes.ts";
import { idParam, listResponse, problemResponses } from "../../schemas/common.ts";
import { PLACE_FIELDS, PLACE_FORMATS, placeDetailSchema, placeList, placeListQuery } from "../../schemas/places.ts";
import { exportPlaces, getPlace, listPlaces } from "../../repositories/places.ts";
import { found } from "../../plugins/problems.ts";
import { pagingOf } from "./paging.ts";
import { csvColumns, formatOf, sendCsv, sendNdjson } from "./formats.ts";

const placesResponse = listResponse(placeList, {
  csv: `One row per place (RFC 4180, with a header row). Columns: ${PLACE_FIELDS.join(", ")}. \`external_ids\` is written \`scheme:value\` pairs separated by \`;\`. \`fields=\` chooses the columns. The paging is in the headers \`X-Total-Count\` and \`X-Next-Cursor\`.`,
  ndjson: "Every matching place, one JSON object per line, in the `sort` order, streamed (`limit` and `cursor` are ignored).",
});

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/places", {
    schema: {
      tags: ["places"],
      summary: "List places",
      description: "Places matching every filter given, a page at a time, in the `sort` order (`id` by default). As JSON, CSV or streamed NDJSON (see `format`).",
      querystring: placeListQuery,
      response: { 200: placesResponse, 400: problemResponses[400] },
    },
  }, async (req, reply) => {
    const q = req.query;
    const filters = { country: q.country, kind: q.kind, q: q.q, bbox: q.bbox, updated_since: q.updated_since };
    const format = formatOf(req, q.format, PLACE_FORMATS);
    if (format === "ndjson") return sendNdjson(reply, exportPlaces(app.reader, filters, q.sort, { include: q.include, fields: q.fields }));
    if (format === "csv") return sendCsv(reply, csvColumns(PLACE_FIELDS, q.fields), listPlaces(app.reader, filters, pagingOf(app, q), { fields: q.fields }));
    return listPlaces(app.reader, filters, pagingOf(app, q), { include: q.include, fields: q.fields });
  });

  app.get("/places/:id", {
    schema: {
      tags: ["places"],
      summary: "Get a place",
      description: "One place with the events that happened there.",
      params: idParam("plc", "plc_vladivostok"),
      querystring: asOfQuery,
      response: { 200: placeDetailSchema, 404: problemResponses[404] },
    },
  }, async (req) => found(getPlace(app.reader, req.params.id), "place", req.params.id));
};

export default routes;
