import { z } from "zod";
import { ACTOR_KINDS, ALIAS_KINDS, DATE_PRECISIONS } from "../domain/vocabulary.ts";
import {
  annotationsSchema, countryParam, cursorParam, externalIdsSchema, fieldsParam, formatParam, includeParam, limitParam, listOf, listParam, qParam, sortParam, timestamps,
  updatedSinceParam, vocab, vocabOrNull,
} from "./common.ts";
import { ACTOR_FILTERS, ACTOR_INCLUDES, ACTOR_SORTS } from "../repositories/actors.ts";
import { paramsOf } from "../repositories/filters.ts";
import { actorRef, claimRef, eventRef } from "./refs.ts";

export const aliasSchema = z
  .object({
    name: z.string().meta({ description: "The alias as written.", example: "Zinovyev" }),
    kind: vocab("What kind of alias this is.", ALIAS_KINDS, "spelling"),
    lang: z.string().nullable().meta({ description: "BCP 47 language of the alias, where known.", example: null }),
  })
  .meta({ id: "Alias", description: "Another name the actor goes by." });

export const affiliationSchema = z
  .object({
    id: z.string().meta({ description: "The affiliation's id.", example: "aff_kim-hong-kyun-vice-foreign-minister" }),
    role: z.string().meta({ description: "The member's role in the organisation.", example: "vice foreign minister" }),
    start_date: z.string().nullable().meta({ description: "When the role began, if known.", example: null }),
    end_date: z.string().nullable().meta({ description: "When the role ended, if it has.", example: null }),
    date_precision: vocabOrNull("How precisely the dates are known.", DATE_PRECISIONS, "day"),
    organisation: actorRef.meta({ description: "The organisation the actor belongs to." }),
  })
  .meta({ id: "Affiliation", description: "A role held in an organisation." });

export const memberSchema = affiliationSchema
  .omit({ organisation: true })
  .extend({ member: actorRef.meta({ description: "The member." }) })
  .meta({ id: "Membership", description: "An actor holding a role in this organisation." });

const actorFields = {
  id: z.string().meta({ description: "Stable id, never reused.", example: "act_georgiy-zinoviev" }),
  kind: vocab("What kind of actor this is.", ACTOR_KINDS, "person"),
  name: z.string().meta({ description: "The actor's main name.", example: "Georgiy Zinoviev" }),
  country: z.string().nullable().meta({ description: "ISO 3166-1 alpha-3 code of the actor's country, where one applies.", example: "RUS" }),
  description: z.string().nullable().meta({ description: "Who the actor is, in a sentence.", example: "Russia's ambassador to South Korea." }),
  aliases: z.array(aliasSchema).meta({ description: "Other names and spellings, including those the sources use." }),
  external_ids: externalIdsSchema,
  annotations: annotationsSchema([{ field: "name", mark: "added", reason: "The report calls it \"Seoul's spy agency\" and \"the NIS\"; the full name is outside knowledge." }]),
  ...timestamps,
};

export const actorSchema = z.object(actorFields).meta({ id: "Actor", description: "A state, body, person, unit, agency or organisation." });

export const actorDetailSchema = z
  .object({
    ...actorFields,
    affiliations: z.array(affiliationSchema).meta({ description: "Roles this actor holds in organisations." }),
    members: z.array(memberSchema).meta({ description: "Actors holding roles in this one." }),
    event_count: z.number().int().meta({ description: "How many events the actor takes part in (see `/v1/actors/{id}/events`).", example: 1 }),
    claim_count: z.number().int().meta({ description: "How many claims the actor makes (see `/v1/actors/{id}/claims`).", example: 1 }),
  })
  .meta({ id: "ActorDetail", description: "An actor with its affiliations and members." });

export const ACTOR_FIELDS = Object.keys(actorFields);
export const ACTOR_FORMATS = ["json", "csv", "ndjson"] as const;

export const actorListQuery = z.strictObject({
  ...paramsOf(ACTOR_FILTERS),
  sort: sortParam(Object.keys(ACTOR_SORTS) as (keyof typeof ACTOR_SORTS)[], "name", "id"),
  limit: limitParam,
  cursor: cursorParam,
  include: includeParam(ACTOR_INCLUDES, "affiliations"),
  fields: fieldsParam(ACTOR_FIELDS, "name,kind,country"),
  format: formatParam(ACTOR_FORMATS),
});

export const actorListItem = actorSchema
  .partial()
  .required({ id: true })
  .extend({ affiliations: z.array(affiliationSchema).optional().meta({ description: "With `include=affiliations`: roles this actor holds in organisations." }) })
  .meta({ id: "ActorListItem", description: "An actor in a list, with what `include=` asked for. With `fields=`, only the fields named (and `id`)." });

export const actorList = listOf(actorListItem, "The actors on this page.");
export { actorRef, claimRef, eventRef };
