// Short forms of records, used wherever one record embeds another.
import { z } from "zod";
import { ACTOR_KINDS, DATE_PRECISIONS, EVENT_STATUSES, EVENT_TYPES, SOURCE_KINDS, STANCES } from "../domain/vocabulary.ts";
import { vocab } from "./common.ts";

export const actorRef = z
  .object({
    id: z.string().meta({ description: "The actor's id.", example: "act_georgiy-zinoviev" }),
    name: z.string().meta({ description: "The actor's main name.", example: "Georgiy Zinoviev" }),
    kind: vocab("What kind of actor this is.", ACTOR_KINDS, "person"),
    country: z.string().nullable().meta({ description: "ISO 3166-1 alpha-3 code of the actor's country, where one applies.", example: "RUS" }),
  })
  .meta({ id: "ActorRef", description: "An actor in short." });

export const placeRef = z
  .object({
    id: z.string().meta({ description: "The place's id.", example: "plc_seoul" }),
    name: z.string().meta({ description: "The place's name.", example: "Seoul" }),
    country: z.string().nullable().meta({ description: "ISO 3166-1 alpha-3 code.", example: "KOR" }),
    latitude: z.number().nullable().meta({ description: "WGS 84 latitude.", example: 37.5665 }),
    longitude: z.number().nullable().meta({ description: "WGS 84 longitude.", example: 126.978 }),
  })
  .meta({ id: "PlaceRef", description: "A place in short." });

export const eventRef = z
  .object({
    id: z.string().meta({ description: "The event's id.", example: "evt_2024-10-21-summons-russian-ambassador" }),
    type: vocab("The event type.", EVENT_TYPES, "diplomatic_protest"),
    title: z.string().meta({ description: "A one-line title.", example: "South Korea summons the Russian ambassador" }),
    start_date: z.string().meta({ description: "First day the event may have happened (YYYY-MM-DD).", example: "2024-10-21" }),
    end_date: z.string().meta({ description: "Last day the event may have happened (YYYY-MM-DD).", example: "2024-10-21" }),
    date_precision: vocab("How precisely the dates are known.", DATE_PRECISIONS, "day"),
    status: vocab("How established the event is.", EVENT_STATUSES, "confirmed"),
  })
  .meta({ id: "EventRef", description: "An event in short." });

export const sourceRef = z
  .object({
    id: z.string().meta({ description: "The source's id.", example: "src_afp-report-2024-10-21" }),
    kind: vocab("What kind of source this is.", SOURCE_KINDS, "news_report"),
    title: z.string().meta({ description: "The source's title or a description of it.", example: "Seoul demands 'immediate withdrawal' of North Korean troops in Russia" }),
    published_at: z.string().nullable().meta({ description: "When it was published (a date or an instant).", example: "2024-10-21" }),
  })
  .meta({ id: "SourceRef", description: "A source in short." });

export const claimRef = z
  .object({
    id: z.string().meta({ description: "The claim's id.", example: "clm_nis-about-1500-special-forces-in-russia" }),
    claimant_id: z.string().meta({ description: "The actor who makes the claim.", example: "act_national-intelligence-service" }),
    stance: vocab("The claimant's stance.", STANCES, "asserts"),
    statement: z.string().meta({ description: "What the claim says, in our words.", example: "About 1,500 North Korean special forces soldiers are in Russia." }),
  })
  .meta({ id: "ClaimRef", description: "A claim in short." });
