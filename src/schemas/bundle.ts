// The bundle format: what the seed files hold, and what bulk imports accept.
// A bundle lists records by collection; each record names its own stable id and
// refers to other records by id (`claimant_id`, `place_id`, ...), inside the
// bundle or already in the store. Parts (aliases, participants, quantities...)
// are nested in their owner and replaced with it.
import { z } from "zod";
import {
  ACTOR_KINDS, ALIAS_KINDS, CERTAINTIES, COMPARATORS, DATE_PRECISIONS, EVENT_STATUSES, EVENT_TYPES,
  ANNOTATION_MARKS, GEO_PRECISIONS, PARTICIPANT_ROLES, PLACE_KINDS, RELATION_KINDS, SOURCE_KINDS, STANCES, VERIFICATIONS,
} from "../domain/vocabulary.ts";
import { isInstant, parsePartialDate } from "../domain/dates.ts";
import { vocabularyOf } from "./vocabularies.ts";
import { textProblem } from "../domain/text.ts";
import { COLLECTIONS, type Collection } from "../domain/collections.ts";

const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}_[a-z0-9][a-z0-9_-]{0,63}$`), `must look like ${prefix}_ followed by 1 to 64 lower-case letters, digits, '-' or '_'`);

export const ids = {
  actor: idOf("act"),
  place: idOf("plc"),
  event: idOf("evt"),
  source: idOf("src"),
  claim: idOf("clm"),
  quantity: idOf("qty"),
  affiliation: idOf("aff"),
};

const partialDate = z.string().refine((s) => parsePartialDate(s) !== null, "must be a date: YYYY-MM-DD, YYYY-MM or YYYY");
const instantOrDate = z.string().refine(
  (s) => parsePartialDate(s) !== null || isInstant(s),
  "must be a date (YYYY-MM-DD, YYYY-MM, YYYY) or an ISO 8601 instant with a time zone",
);
const country = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code such as KOR");
/** Refuses what textProblem names (lone surrogates, control characters), with its reason. */
const storable = <T extends z.ZodType<string | undefined>>(schema: T) =>
  schema.superRefine((s, ctx) => {
    const problem = s === undefined ? null : textProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
export const text = (max: number) => storable(z.string().trim().min(1).max(max));
const externalIds = z.record(z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/), text(200));

/**
 * A mark on one field of a record: the field is inferred from the source's
 * context, or added from outside it. `field` names a top-level field of the
 * record, optionally followed by a key inside it (`external_ids.wikidata`).
 */
export const annotationInput = z.strictObject({
  field: z
    .string()
    .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_-]+)?$/, "must name a field of the record, optionally with a key inside it (start_date, external_ids.wikidata)")
    .meta({ description: "The field the mark is about: a field of the record, or a key inside one (`external_ids.wikidata`).", example: "end_date" }),
  mark: vocabularyOf(ANNOTATION_MARKS).meta({ description: `How the field stands to the source: ${Object.keys(ANNOTATION_MARKS).join(" or ")}.`, example: "inferred" }),
  reason: text(1000).meta({ description: "Why, in a sentence: what the source says and what was read into it or added.", example: "The report says only that more troops were \"set to depart soon\"; no end date is given." }),
});
const annotations = z.array(annotationInput).max(100).default([]);

export const aliasInput = z.strictObject({
  name: text(200).meta({ description: "The other name, as written.", example: "Zinovyev" }),
  kind: vocabularyOf(ALIAS_KINDS).meta({ description: "What kind of name it is.", example: "spelling" }),
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional().meta({ description: "Its language (BCP 47), where it has one.", example: "en" }),
}).meta({ description: "Another name of the actor. No two of an actor's names may fold to the same name." });

export const affiliationInput = z.strictObject({
  id: ids.affiliation.optional().meta({ description: "The affiliation's id (`aff_...`); made up when left out.", example: "aff_georgiy-zinoviev-ambassador" }),
  organisation_id: ids.actor.meta({ description: "The organisation (an actor) the actor has a role in.", example: "act_russia" }),
  role: text(200).meta({ description: "The role, in words.", example: "ambassador to South Korea" }),
  start_date: partialDate.optional().meta({ description: "When the role began: YYYY-MM-DD, YYYY-MM or YYYY.", example: "2022" }),
  end_date: partialDate.optional().meta({ description: "When it ended, if it has.", example: "2024-10" }),
  date_precision: vocabularyOf(DATE_PRECISIONS).optional().meta({ description: "How precisely the dates are known: day, week, month or year.", example: "year" }),
}).meta({ description: "A role of the actor in an organisation, over a period." });

export const actorInput = z.strictObject({
  id: ids.actor,
  kind: vocabularyOf(ACTOR_KINDS),
  name: text(200),
  country: country.optional(),
  description: text(2000).optional(),
  aliases: z.array(aliasInput).max(100).default([]),
  affiliations: z.array(affiliationInput).max(100).default([]),
  external_ids: externalIds.default({}),
  annotations,
});

export const placeInput = z.strictObject({
  id: ids.place,
  name: text(200),
  kind: vocabularyOf(PLACE_KINDS),
  country: country.optional(),
  admin1: text(200).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  geo_precision: vocabularyOf(GEO_PRECISIONS),
  external_ids: externalIds.default({}),
  annotations,
});

export const sourceInput = z.strictObject({
  id: ids.source,
  kind: vocabularyOf(SOURCE_KINDS),
  title: text(500),
  publisher_id: ids.actor.optional(),
  author: text(200).optional(),
  published_at: instantOrDate.optional(),
  published_precision: vocabularyOf(DATE_PRECISIONS).optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
  url: storable(z.url()).optional(),
  parent_id: ids.source.optional(),
  description: text(2000).optional(),
  external_ids: externalIds.default({}),
  annotations,
});

export const participantInput = z.strictObject({
  actor_id: ids.actor.meta({ description: "The actor who took part.", example: "act_south-korea" }),
  role: vocabularyOf(PARTICIPANT_ROLES).meta({ description: "Its part in the event.", example: "initiator" }),
}).meta({ description: "An actor that took part in the event, with its role." });

export const eventInput = z.strictObject({
  id: ids.event,
  type: vocabularyOf(EVENT_TYPES),
  title: text(300),
  summary: text(4000),
  start_date: partialDate,
  end_date: partialDate.optional(),
  date_precision: vocabularyOf(DATE_PRECISIONS),
  place_id: ids.place.optional(),
  status: vocabularyOf(EVENT_STATUSES),
  participants: z.array(participantInput).max(200).default([]),
  external_ids: externalIds.default({}),
  annotations,
});

export const quantityInput = z.strictObject({
  id: ids.quantity.optional().meta({ description: "The figure's id (`qty_...`); made up when left out.", example: "qty_nis-about-1500-special-forces-in-russia" }),
  subject: text(300).meta({ description: "What is counted.", example: "North Korean special forces soldiers in Russia" }),
  unit: text(100).meta({ description: "The unit it is counted in.", example: "soldiers" }),
  value: z.number().finite().optional().meta({ description: "The figure, when the claim gives one.", example: 1500 }),
  low: z.number().finite().optional().meta({ description: "The lower end, when the claim gives a range or a floor (\"more than 13,000\").", example: 1000 }),
  high: z.number().finite().optional().meta({ description: "The upper end, when the claim gives a range or a ceiling.", example: 2000 }),
  comparator: vocabularyOf(COMPARATORS).meta({ description: "The claimant's hedging: exact, approximately, more_than, less_than, at_least or up_to.", example: "approximately" }),
  text: text(200).optional().meta({ description: "The figure as the source words it.", example: "about 1,500" }),
}).meta({ description: "A figure in the claim: at least one of value, low and high." }).superRefine((q, ctx) => {
  if (q.value === undefined && q.low === undefined && q.high === undefined)
    ctx.addIssue({ code: "custom", message: "give at least one of value, low and high" });
  if (q.low !== undefined && q.value !== undefined && q.low > q.value)
    ctx.addIssue({ code: "custom", path: ["low"], message: "low must not exceed value" });
  if (q.high !== undefined && q.value !== undefined && q.value > q.high)
    ctx.addIssue({ code: "custom", path: ["high"], message: "value must not exceed high" });
  if (q.low !== undefined && q.high !== undefined && q.low > q.high)
    ctx.addIssue({ code: "custom", path: ["low"], message: "low must not exceed high" });
});

export const relationInput = z.strictObject({
  kind: vocabularyOf(RELATION_KINDS).meta({ description: "How this claim bears on the other: supports, contradicts or responds_to.", example: "supports" }),
  related_claim_id: ids.claim.meta({ description: "The other claim.", example: "clm_nis-about-1500-special-forces-in-russia" }),
}).meta({ description: "A link from this claim to another." });

export const claimInput = z.strictObject({
  id: ids.claim,
  claimant_id: ids.actor,
  source_id: ids.source,
  event_id: ids.event.optional(),
  statement: text(2000),
  quote: text(4000).optional(),
  stance: vocabularyOf(STANCES),
  certainty: vocabularyOf(CERTAINTIES),
  verification: vocabularyOf(VERIFICATIONS),
  claimed_at: partialDate.optional(),
  claimed_precision: vocabularyOf(DATE_PRECISIONS).optional(),
  about_actor_ids: z.array(ids.actor).max(100).default([]),
  quantities: z.array(quantityInput).max(100).default([]),
  relations: z.array(relationInput).max(100).default([]),
  annotations,
});

/** Each collection's record, as a bundle holds it and the store validates it (id included). */
export const recordInput = { actors: actorInput, places: placeInput, sources: sourceInput, events: eventInput, claims: claimInput } satisfies Record<Collection, z.ZodObject>;
type RecordInputs = typeof recordInput;

/** A list of records per collection, in the order a bundle is loaded. */
export const bundleSchema = z.strictObject(
  Object.fromEntries(COLLECTIONS.map((c) => [c, z.array(recordInput[c]).default([])])) as { [C in Collection]: z.ZodDefault<z.ZodArray<RecordInputs[C]>> },
);

export type Bundle = z.infer<typeof bundleSchema>;
export type ActorInput = z.infer<typeof actorInput>;
export type PlaceInput = z.infer<typeof placeInput>;
export type SourceInput = z.infer<typeof sourceInput>;
export type EventInput = z.infer<typeof eventInput>;
export type ClaimInput = z.infer<typeof claimInput>;

/** What applying a bundle did, per collection: records created, updated, and left as they were. */
export type ApplyCounts = Record<keyof Bundle, { created: number; updated: number; unchanged: number }>;
