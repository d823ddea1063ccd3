import { z } from "zod";
import { GEO_PRECISIONS, PLACE_KINDS } from "../domain/vocabulary.ts";
import {
  annotationsSchema, bboxParam, countryParam, cursorParam, externalIdsSchema, fieldsParam, formatParam, includeParam, limitParam, listOf, listParam, sortParam, timestamps,
  updatedSinceParam, vocab,
} from "./common.ts";
import { PLACE_FILTERS, PLACE_INCLUDES, PLACE_SORTS } from "../repositories/places.ts";
import { paramsOf } from "../repositories/filters.ts";
import { eventRef } from "./refs.ts";

const placeFields = {
  id: z.string().meta({ description: "Stable id, never reused.", example: "plc_vladivostok" }),
  name: z.string().meta({ description: "The place's name.", example: "Vladivostok" }),
  kind: vocab("What kind of place this is.", PLACE_KINDS, "city"),
  country: z.string().nullable().meta({ description: "ISO 3166-1 alpha-3 code.", example: "RUS" }),
  admin1: z.string().nullable().meta({ description: "First-level administrative division, where known.", example: "Primorsky Krai" }),
  latitude: z.number().nullable().meta({ description: "WGS 84 latitude in degrees.", example: 43.1155 }),
  longitude: z.number().nullable().meta({ description: "WGS 84 longitude in degrees.", example: 131.8855 }),
  geo_precision: vocab("What the coordinates stand for.", GEO_PRECISIONS, "locality"),
  external_ids: externalIdsSchema,
  annotations: annotationsSchema([{ field: "admin1", mark: "added", reason: "The report names only the city; its region is outside knowledge." }]),
  ...timestamps,
};

export const placeSchema = z.object(placeFields).meta({ id: "Place", description: "A location events happen at." });

export const placeDetailSchema = z
  .object({ ...placeFields, events: z.array(eventRef).meta({ description: "Events at this place, earliest first." }) })
  .meta({ id: "PlaceDetail", description: "A place with its events." });

export const PLACE_FIELDS = Object.keys(placeFields);
export const PLACE_FORMATS = ["json", "csv", "ndjson"] as const;

export const placeListQuery = z.strictObject({
  ...paramsOf(PLACE_FILTERS),
  sort: sortParam(Object.keys(PLACE_SORTS) as (keyof typeof PLACE_SORTS)[], "name", "id"),
  limit: limitParam,
  cursor: cursorParam,
  include: includeParam(PLACE_INCLUDES, "events"),
  fields: fieldsParam(PLACE_FIELDS, "name,latitude,longitude"),
  format: formatParam(PLACE_FORMATS),
});

export const placeListItem = placeSchema
  .partial()
  .required({ id: true })
  .extend({ events: z.array(eventRef).optional().meta({ description: "With `include=events`: events at this place, earliest first." }) })
  .meta({ id: "PlaceListItem", description: "A place in a list, with what `include=` asked for. With `fields=`, only the fields named (and `id`)." });

export const placeList = listOf(placeListItem, "The places on this page.");
