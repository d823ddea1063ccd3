import { z } from "zod";
import { CERTAINTIES, COMPARATORS, DATE_PRECISIONS, RELATION_KINDS, STANCES, VERIFICATIONS } from "../domain/vocabulary.ts";
import {
  annotationsSchema, contestedParam, cursorParam, dateBoundParam, fieldsParam, formatParam, includeParam, limitParam, listOf, listParam, qParam, sortParam, timestamps,
  updatedSinceParam, vocab, vocabOrNull,
} from "./common.ts";
import { CLAIM_FILTERS, CLAIM_INCLUDES, CLAIM_SORTS } from "../repositories/claims.ts";
import { paramsOf } from "../repositories/filters.ts";
import { actorRef, claimRef, eventRef, sourceRef } from "./refs.ts";

export const quantitySchema = z
  .object({
    id: z.string().meta({ description: "The quantity's id.", example: "qty_nis-about-1500-special-forces-in-russia" }),
    subject: z.string().meta({ description: "What is counted.", example: "North Korean special forces soldiers in Russia" }),
    unit: z.string().meta({ description: "The unit counted in.", example: "soldiers" }),
    value: z.number().nullable().meta({ description: "The stated figure, when one is stated.", example: 1500 }),
    low: z.number().nullable().meta({ description: "The lower bound, when one is stated or implied.", example: null }),
    high: z.number().nullable().meta({ description: "The upper bound, when one is stated or implied.", example: null }),
    comparator: vocab("The claimant's hedging of the figure.", COMPARATORS, "approximately"),
    text: z.string().nullable().meta({ description: "The figure as the source words it.", example: "about 1,500" }),
  })
  .meta({ id: "Quantity", description: "A figure inside a claim, with its hedging." });

export const claimRelationSchema = z
  .object({
    kind: vocab("How the claims are related.", RELATION_KINDS, "responds_to"),
    direction: z.enum(["outgoing", "incoming"]).meta({ description: "`outgoing`: this claim *kind* the other. `incoming`: the other claim *kind* this one.", example: "outgoing" }),
    claim: claimRef,
  })
  .meta({ id: "ClaimRelation", description: "A link to another claim." });

const claimFields = {
  id: z.string().meta({ description: "Stable id, never reused.", example: "clm_zinoviev-cooperation-not-against-south-korea" }),
  claimant_id: z.string().meta({ description: "The actor who makes the claim.", example: "act_georgiy-zinoviev" }),
  source_id: z.string().meta({ description: "The source the claim is recorded in.", example: "src_russian-embassy-statement-2024-10-21" }),
  event_id: z.string().nullable().meta({ description: "The event the claim is about, if any.", example: "evt_2024-10-21-summons-russian-ambassador" }),
  statement: z.string().meta({ description: "What the claim says, normalised, in our words.", example: "Russia's cooperation with North Korea is not aimed at South Korea's security." }),
  quote: z.string().nullable().meta({ description: "The claimant's words, verbatim as the source quotes them.", example: "stressed that cooperation between Russia and North Korea... is not directed against the interests of South Korea's security" }),
  stance: vocab("The claimant's stance.", STANCES, "denies"),
  certainty: vocab("The claimant's own hedging.", CERTAINTIES, "certain"),
  verification: vocab("Independent verification, apart from the claimant's hedging.", VERIFICATIONS, "unverified"),
  claimed_at: z.string().nullable().meta({ description: "When the claimant said it (YYYY-MM-DD), if known. Where the source gives no date, the claim is dated to the latest day it can have been made (its source's date) and `annotations` marks `claimed_at` as inferred: it was made on or before that day.", example: "2024-10-21" }),
  claimed_precision: vocabOrNull("How precisely `claimed_at` is known.", DATE_PRECISIONS, "day"),
  annotations: annotationsSchema([{ field: "claimed_at", mark: "inferred", reason: "The report gives no date for the embassy's statement; it reports what the ambassador said when summoned on Monday 21 October 2024." }]),
  ...timestamps,
};

export const claimSchema = z.object(claimFields).meta({ id: "Claim", description: "Who says what, where, with what stance." });

export const claimDetailSchema = z
  .object({
    ...claimFields,
    claimant: actorRef.meta({ description: "The claimant, embedded." }),
    source: sourceRef.meta({ description: "The source, embedded." }),
    event: eventRef.nullable().meta({ description: "The event, embedded." }),
    about_actors: z.array(actorRef).meta({ description: "Actors the claim is about." }),
    quantities: z.array(quantitySchema).meta({ description: "Figures the claim states." }),
    relations: z.array(claimRelationSchema).meta({ description: "Links to claims this one answers, supports or contradicts, and to claims that do so to it." }),
  })
  .meta({ id: "ClaimDetail", description: "A claim with its claimant, source, event, figures and links." });

export const CLAIM_FIELDS = Object.keys(claimFields);

export const claimFilterParams = paramsOf(CLAIM_FILTERS);

export const CLAIM_FORMATS = ["json", "csv", "ndjson", "jsonld"] as const;

export const claimListQuery = z.strictObject({
  ...claimFilterParams,
  sort: sortParam(Object.keys(CLAIM_SORTS) as (keyof typeof CLAIM_SORTS)[], "-claimed_at", "id"),
  limit: limitParam,
  cursor: cursorParam,
  include: includeParam(CLAIM_INCLUDES, "claimant,quantities"),
  fields: fieldsParam(CLAIM_FIELDS, "claimant_id,stance,statement"),
  format: formatParam(CLAIM_FORMATS),
});

export const claimListItem = claimSchema
  .partial()
  .required({ id: true })
  .extend({
    claimant: actorRef.optional().meta({ description: "With `include=claimant`: the claimant, embedded." }),
    source: sourceRef.optional().meta({ description: "With `include=source`: the source, embedded." }),
    event: eventRef.nullable().optional().meta({ description: "With `include=event`: the event, embedded." }),
    about_actors: z.array(actorRef).optional().meta({ description: "With `include=about_actors`: actors the claim is about." }),
    quantities: z.array(quantitySchema).optional().meta({ description: "With `include=quantities`: figures the claim states." }),
    relations: z.array(claimRelationSchema).optional().meta({ description: "With `include=relations`: links to and from other claims." }),
  })
  .meta({ id: "ClaimListItem", description: "A claim in a list, with what `include=` asked for. With `fields=`, only the fields named (and `id`)." });

export const claimList = listOf(claimListItem, "The claims on this page.");
