import { z } from "zod";
import { GEO_PRECISIONS, PLACE_KINDS } from "../domain/vocabulary.ts";
import { cursorParam, externalIdsSchema, limitParam, listOf, timestamps, vocab } from "./common.ts";
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
  ...timestamps,
};

export const placeSchema = z.object(placeFields).meta({ id: "Place", description: "A location events happen at." });

export const placeDetailSchema = z
  .object({ ...placeFields, events: z.array(eventRef).meta({ description: "Events at this place, earliest first." }) })
  .meta({ id: "PlaceDetail", description: "A place with its events." });

export const placeListQuery = z.strictObject({ limit: limitParam, cursor: cursorParam });
export const placeList = listOf(placeSchema, "The places on this page.");
