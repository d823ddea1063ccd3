import { z } from "zod";
import { DATE_PRECISIONS, EVENT_STATUSES, EVENT_TYPES, PARTICIPANT_ROLES } from "../domain/vocabulary.ts";
import { cursorParam, externalIdsSchema, limitParam, listOf, timestamps, vocab } from "./common.ts";
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
  ...timestamps,
};

export const eventSchema = z.object(eventFields).meta({ id: "Event", description: "Something that happened, is said to have happened, or is scheduled." });

export const eventDetailSchema = z
  .object({
    ...eventFields,
    place: placeRef.nullable().meta({ description: "The place, embedded." }),
    participants: z.array(participantSchema).meta({ description: "Who took part, with their roles." }),
    claims: z.array(claimRef).meta({ description: "Claims about this event." }),
    sources: z.array(sourceRef).meta({ description: "Sources of those claims." }),
  })
  .meta({ id: "EventDetail", description: "An event with its place, participants, claims and sources." });

export const eventListQuery = z.strictObject({ limit: limitParam, cursor: cursorParam });
export const eventList = listOf(eventSchema, "The events on this page.");
