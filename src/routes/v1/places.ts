import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { asOfQuery } from "../../schemas/changes.ts";
import { idParam, problemResponses } from "../../schemas/common.ts";
import { placeDetailSchema, placeList, placeListQuery } from "../../schemas/places.ts";
import { getPlace, listPlaces } from "../../repositories/places.ts";
import { found } from "../../plugins/problems.ts";
import { afterCursor } from "./paging.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/places", {
    schema: {
      tags: ["places"],
      summary: "List places",
      description: "Places in id order, a page at a time.",
      querystring: placeListQuery,
      response: { 200: placeList, 400: problemResponses[400] },
    },
  }, async (req) => listPlaces(app.reader, { limit: req.query.limit, after: afterCursor(req.query.cursor) }));

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
