import { z } from "zod";
import { DATE_PRECISIONS, EVENT_STATUSES, EVENT_TYPES, PARTICIPANT_ROLES } from "../domain/vocabulary.ts";
import {
  annotationsSchema, pageSchema, bboxParam, countryParam, cursorParam, dateBoundParam, externalIdsSchema, fieldsParam, formatParam, includeParam, limitParam, listOf, listParam, qParam,
  sortParam, timestamps, updatedSinceParam, vocab,
} from "./common.ts";
import { EVENT_FILTERS, EVENT_INCLUDES, EVENT_SORTS } from "../repositories/events.ts";
import { paramsOf } from "../repositories/filters.ts";
import { asOfQuery } from "./changes.ts";
import { actorRef, claimRef, placeRef, sourceRef } from "./refs.ts";

export const participantSchema = z
  .object({
    role: vocab("The actor's part in the event.", PARTICIPANT_ROLES, "summoned"),
    actor: actorRef,
  })
  .meta({ id: "Participant", description: "An actor taking part in an event, with its role." });

const eventFields = {
  id: z.string().meta({ description: "Stable id, never reused.", example: "evt_2024-10-21-summons-russian-ambassador" }),
  type: vocab("The event type, from a small controlled vocabulary.", EVENT_TYPES, "diplomatic_protest"),
  plover_category: z.string().meta({ description: "The PLOVER category the type maps to.", example: "ACCUSE" }),
  acled_event_type: z.string().nullable().meta({ description: "The ACLED event type, where one fits.", example: null }),
  acled_sub_event_type: z.string().nullable().meta({ description: "The ACLED sub-event type, where one fits.", example: null }),
  title: z.string().meta({ description: "A one-line title, in our words.", example: "South Korea summons the Russian ambassador" }),
  summary: z.string().meta({ description: "A short summary, in our words.", example: "South Korea's foreign ministry summoned Russia's ambassador over North Korea's troop dispatch." }),
  start_date: z.string().meta({ description: "First day the event may have happened (YYYY-MM-DD).", example: "2024-10-21" }),
  end_date: z.string().meta({ description: "Last day the event may have happened (YYYY-MM-DD). With precision `month`, a month's first and last days.", example: "2024-10-21" }),
  date_precision: vocab("How precisely the dates are known.", DATE_PRECISIONS, "day"),
  status: vocab("How established the event is.", EVENT_STATUSES, "confirmed"),
  place_id: z.string().nullable().meta({ description: "Where it happened, if known.", example: "plc_seoul" }),
  external_ids: externalIdsSchema,
  annotations: annotationsSchema([{ field: "status", mark: "inferred", reason: "The report gives the departure only as \"set to depart soon\", with no date: expected, not scheduled." }]),
  ...timestamps,
};

export const eventSchema = z.object(eventFields).meta({ id: "Event", description: "Something that happened, is said to have happened, or is scheduled." });

export const eventDetailSchema = z
  .object({
    ...eventFields,
    place: placeRef.nullable().optional().meta({ description: "The place, embedded (left out when `include=` does not name `place`)." }),
    participants: z.array(participantSchema).optional().meta({ description: "Who took part, with their roles (left out when `include=` does not name `participants`)." }),
    claims: z.array(claimRef).optional().meta({ description: "Claims about this event (left out when `include=` does not name `claims`)." }),
    sources: z.array(sourceRef).optional().meta({ description: "Sources of those claims (left out when `include=` does not name `sources`)." }),
  })
  .meta({ id: "EventDetail", description: "An event with its place, participants, claims and sources; `include=` narrows what is embedded." });

/** GET /v1/events/{id}: `as_of` for history, `include` to choose the embedded relations. */
export const eventGetQuery = asOfQuery.extend({
  include: includeParam(EVENT_INCLUDES, "participants,claims").meta({
    description: `The related records to embed, comma-separated; without it, all of them:\n\n${Object.entries(EVENT_INCLUDES).map(([k, v]) => `- \`${k}\`: ${v}`).join("\n")}`,
    example: "participants,claims",
  }),
});

export const EVENT_FIELDS = Object.keys(eventFields);

export const eventFilterParams = paramsOf(EVENT_FILTERS);

export const EVENT_FORMATS = ["json", "csv", "geojson", "ndjson", "acled", "plover"] as const;

export const eventListQuery = z.strictObject({
  ...eventFilterParams,
  sort: sortParam(Object.keys(EVENT_SORTS) as (keyof typeof EVENT_SORTS)[], "-start_date", "id"),
  limit: limitParam,
  cursor: cursorParam,
  include: includeParam(EVENT_INCLUDES, "participants,place"),
  fields: fieldsParam(EVENT_FIELDS, "title,start_date,end_date,date_precision"),
  format: formatParam(EVENT_FORMATS),
});

export const eventListItem = eventSchema
  .partial()
  .required({ id: true })
  .extend({
    place: placeRef.nullable().optional().meta({ description: "With `include=place`: the place, embedded." }),
    participants: z.array(participantSchema).optional().meta({ description: "With `include=participants`: who took part, with their roles." }),
    claims: z.array(claimRef).optional().meta({ description: "With `include=claims`: claims about this event." }),
    sources: z.array(sourceRef).optional().meta({ description: "With `include=sources`: sources of those claims." }),
  })
  .meta({ id: "EventListItem", description: "An event in a list, with what `include=` asked for. With `fields=`, only the fields named (and `id`)." });

export const eventList = listOf(eventListItem, "The events on this page.");

export const eventFeatureCollection = z
  .object({
    type: z.literal("FeatureCollection").meta({ description: "Always `FeatureCollection`.", example: "FeatureCollection" }),
    features: z
      .array(
        z
          .object({
            type: z.literal("Feature").meta({ description: "Always `Feature`.", example: "Feature" }),
            id: z.string().meta({ description: "The event's id.", example: "evt_2024-10-08-north-korea-ships-special-forces-to-russia" }),
            geometry: z
              .object({
                type: z.literal("Point").meta({ description: "Always `Point`.", example: "Point" }),
                coordinates: z.array(z.number()).meta({ description: "`[longitude, latitude]` of the event's place (WGS 84).", example: [131.8855, 43.1155] }),
              })
              .nullable()
              .meta({ description: "The place's position; null when the event has no place or the place no coordinates." }),
            properties: eventListItem,
          })
          .meta({ id: "EventFeature", description: "An event as a GeoJSON feature: its fields are the properties, its place (embedded) the point." }),
      )
      .meta({ description: "The events on this page." }),
    page: pageSchema,
  })
  .meta({ id: "EventFeatureCollection", description: "A page of events as a GeoJSON FeatureCollection (RFC 7946), with the page as a foreign member." });
