// Request bodies of the write operations. A POST body is a bundle record (the
// seed files' format) whose `id` may be left out; a PATCH body is a JSON merge
// patch (RFC 7396) of such a record: the fields to change, null to remove an
// optional field, arrays replaced whole.
import { z } from "zod";
import { ids, recordInput, text } from "./bundle.ts";
import { problemSchema } from "./common.ts";
import { PREFIX, SINGULAR, type Collection } from "../domain/collections.ts";
import { ANNOTATION_MARKS, RELATION_KINDS } from "../domain/vocabulary.ts";

const EXAMPLES: Record<Collection, { create: Record<string, unknown>; patch: Record<string, unknown> }> = {
  actors: {
    create: {
      kind: "person", name: "Andrei Belousov", country: "RUS", description: "Russia's defence minister.",
      aliases: [{ name: "Belousov", kind: "short_name" }], affiliations: [{ organisation_id: "act_russia", role: "defence minister" }], external_ids: { wikidata: "Q4143355" },
    },
    patch: { description: "Russia's ambassador to South Korea since 2022.", aliases: [{ name: "Zinovyev", kind: "spelling" }, { name: "Zinoviev", kind: "short_name" }] },
  },
  places: {
    create: { name: "Khabarovsk", kind: "city", country: "RUS", admin1: "Khabarovsk Krai", latitude: 48.4802, longitude: 135.0719, geo_precision: "locality" },
    patch: { latitude: 43.1198, longitude: 131.8869 },
  },
  sources: {
    create: {
      kind: "press_briefing", title: "NATO spokesperson's remarks on North Korean troops in Russia", publisher_id: "act_nato",
      published_at: "2024-10-21", published_precision: "day", language: "en", parent_id: "src_afp-report-2024-10-21",
    },
    patch: { url: "https://www.afp.com/en", author: "AFP staff in Seoul" },
  },
  events: {
    create: {
      type: "consultation", title: "South Korea and Ukraine discuss North Korean troops in Russia", summary: "Officials of the two countries spoke about North Korea's troop dispatch.",
      start_date: "2024-10-21", date_precision: "day", place_id: "plc_seoul", status: "reported",
      participants: [{ actor_id: "act_south-korea", role: "party" }, { actor_id: "act_ukraine", role: "party" }],
    },
    patch: { status: "confirmed" },
  },
  claims: {
    create: {
      claimant_id: "act_national-intelligence-service", source_id: "src_nis-briefing-2024-10-18", event_id: "evt_2024-10-north-korea-troop-deployment-to-russia",
      statement: "About 1,500 North Korean special forces soldiers are in Russia.", stance: "asserts", certainty: "certain", verification: "unverified",
      claimed_at: "2024-10-18", claimed_precision: "day", about_actor_ids: ["act_north-korea", "act_russia"],
      quantities: [{ subject: "North Korean special forces soldiers in Russia", unit: "soldiers", value: 1500, comparator: "approximately", text: "about 1,500" }],
    },
    patch: {
      verification: "corroborated",
      quantities: [{ id: "qty_nis-about-1500-special-forces-in-russia", subject: "North Korean special forces soldiers already in Russia, acclimatising", unit: "soldiers", value: 1500, comparator: "approximately", text: "about 1,500" }],
    },
  },
};

type Doc = [description: string, example: unknown];
const annotationsDoc = (example: { field: string; mark: keyof typeof ANNOTATION_MARKS; reason: string }[]): Doc => [
  `Where the record says more than its source: \`{ field, mark (${Object.keys(ANNOTATION_MARKS).join(", ")}), reason }\`, one per field inferred from the source's context or added from outside knowledge. \`field\` names a field the record holds, or a key inside one (\`external_ids.wikidata\`).`,
  example,
];
/** What each top-level field of a written record means, for the docs (a vocabulary field's values and their meanings are in its schema, src/schemas/vocabularies.ts). */
const FIELDS: Record<Collection, Record<string, Doc>> = {
  actors: {
    id: ["Stable id: `act_` then lower-case letters, digits, `-` or `_`.", "act_andrei-belousov"],
    kind: ["What kind of actor it is.", "person"],
    name: ["The actor's main name.", "Andrei Belousov"],
    country: ["ISO 3166-1 alpha-3 code of the actor's country.", "RUS"],
    description: ["Who the actor is, in a sentence.", "Russia's defence minister."],
    aliases: ["Other names: `{ name, kind (spelling, metonym, abbreviation, short_name, former_name, native_name), lang? }`. No two may fold to the same name.", [{ name: "Belousov", kind: "short_name" }]],
    affiliations: ["Roles in organisations: `{ organisation_id, role, start_date?, end_date?, date_precision? }`.", [{ organisation_id: "act_russia", role: "defence minister" }]],
    external_ids: ["Ids in other datasets, by scheme; each may belong to one actor only.", { wikidata: "Q4143355" }],
    annotations: annotationsDoc([{ field: "external_ids.wikidata", mark: "added", reason: "Wikidata's id for the person; not in the source." }]),
  },
  places: {
    id: ["Stable id: `plc_` then lower-case letters, digits, `-` or `_`.", "plc_khabarovsk"],
    name: ["The place's name.", "Khabarovsk"],
    kind: ["What kind of place it is.", "city"],
    country: ["ISO 3166-1 alpha-3 code.", "RUS"],
    admin1: ["First-level administrative division.", "Khabarovsk Krai"],
    latitude: ["WGS 84 latitude in degrees.", 48.4802],
    longitude: ["WGS 84 longitude in degrees.", 135.0719],
    geo_precision: ["What the coordinates stand for.", "locality"],
    external_ids: ["Ids in other datasets, by scheme.", { wikidata: "Q3546" }],
    annotations: annotationsDoc([{ field: "latitude", mark: "added", reason: "The city centre's position; the source names only the city." }]),
  },
  sources: {
    id: ["Stable id: `src_` then lower-case letters, digits, `-` or `_`.", "src_nato-briefing-2024-10-21"],
    kind: ["What kind of source it is.", "press_briefing"],
    title: ["The source's title, or a description where it has none.", "NATO spokesperson's remarks on North Korean troops in Russia"],
    publisher_id: ["The actor that published it.", "act_nato"],
    author: ["The author or byline, as given.", "AFP staff in Seoul"],
    published_at: ["A date (YYYY-MM-DD, YYYY-MM, YYYY) or an ISO 8601 instant with a time zone.", "2024-10-21"],
    published_precision: ["How precisely `published_at` is known.", "day"],
    language: ["BCP 47 language tag.", "en"],
    url: ["Where it can be read.", "https://www.nato.int/"],
    parent_id: ["The source through which this one is known.", "src_afp-report-2024-10-21"],
    description: ["Notes on the source.", "Remarks to reporters in Brussels."],
    external_ids: ["Ids in other datasets, by scheme.", {}],
    annotations: annotationsDoc([{ field: "published_at", mark: "inferred", reason: "The report gives no date for the remarks; it dates them to the day of the meeting they follow." }]),
  },
  events: {
    id: ["Stable id: `evt_` then lower-case letters, digits, `-` or `_`.", "evt_2024-10-21-seoul-kyiv-consultation"],
    type: ["The event type; its PLOVER category and ACLED type follow from it.", "consultation"],
    title: ["A one-line title, in our words.", "South Korea and Ukraine discuss North Korean troops in Russia"],
    summary: ["A short summary, in our words.", "Officials of the two countries spoke about North Korea's troop dispatch."],
    start_date: ["YYYY-MM-DD, YYYY-MM or YYYY; widened to the interval `date_precision` covers.", "2024-10-21"],
    end_date: ["The last date, if the event spans more than one `date_precision` unit.", "2024-10-22"],
    date_precision: ["How precisely the dates are known.", "day"],
    place_id: ["Where it happened.", "plc_seoul"],
    status: ["How established the event is.", "reported"],
    participants: ["Who took part: `{ actor_id, role }`.", [{ actor_id: "act_south-korea", role: "party" }]],
    external_ids: ["Ids in other datasets, by scheme.", {}],
    annotations: annotationsDoc([{ field: "place_id", mark: "inferred", reason: "The source does not say where the officials met; they are placed in Seoul, where both delegations were that day." }]),
  },
  claims: {
    id: ["Stable id: `clm_` then lower-case letters, digits, `-` or `_`.", "clm_nis-more-troops-to-follow"],
    claimant_id: ["The actor who makes the claim.", "act_national-intelligence-service"],
    source_id: ["The source the claim is recorded in.", "src_nis-briefing-2024-10-18"],
    event_id: ["The event the claim is about.", "evt_2024-10-north-korea-troop-deployment-to-russia"],
    statement: ["What the claim says, in our words.", "About 1,500 North Korean special forces soldiers are in Russia."],
    quote: ["The claimant's words, verbatim as the source quotes them.", "about 1,500"],
    stance: ["The claimant's stance.", "asserts"],
    certainty: ["The claimant's own hedging.", "certain"],
    verification: ["Independent verification, apart from the claimant's hedging.", "corroborated"],
    claimed_at: ["When the claimant said it (YYYY-MM-DD, YYYY-MM or YYYY).", "2024-10-18"],
    claimed_precision: ["How precisely `claimed_at` is known.", "day"],
    about_actor_ids: ["Actors the claim is about.", ["act_north-korea", "act_russia"]],
    annotations: annotationsDoc([{ field: "claimed_at", mark: "inferred", reason: "The briefing gives no day for this statement; it is dated to the briefing's Friday." }]),
    quantities: ["Figures: `{ id?, subject, unit, value?, low?, high?, comparator, text? }`; at least one of value, low, high.", [{ subject: "soldiers", unit: "soldiers", value: 1500, comparator: "approximately", text: "about 1,500" }]],
    relations: [`Links to other claims: \`{ kind (${Object.keys(RELATION_KINDS).join(", ")}), related_claim_id }\`.`, [{ kind: "supports", related_claim_id: "clm_nis-about-1500-special-forces-in-russia" }]],
  },
};

const documented = (collection: Collection, name: string, field: z.ZodType) => {
  const doc = FIELDS[collection][name];
  return doc ? field.meta({ description: doc[0], example: doc[1] }) : field;
};

/** The whole record as the store validates it, id included. */
export { recordInput };

/** POST body: the record, with `id` optional (the server makes one when it is left out). */
export function createBody<C extends Collection>(collection: C) {
  const shape = Object.fromEntries(
    Object.entries({ ...recordInput[collection].shape, id: recordInput[collection].shape.id.optional() }).map(([name, field]) => [name, documented(collection, name, field as z.ZodType)]),
  );
  return z.strictObject(shape).meta({
    description: `The new ${SINGULAR[collection]}, in the bundle format of the seed files. Leave \`id\` out and the server makes one; give one (\`${PREFIX[collection]}_...\`) and it is used if it is free. Server-owned fields (version, timestamps) are refused.`,
    example: EXAMPLES[collection].create,
  });
}

/**
 * PATCH body: every field optional; `id`, versions and timestamps are refused.
 * A field the record may lack can be null, which removes it.
 */
export function patchBody(collection: Collection) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(recordInput[collection].shape as Record<string, z.ZodType>)) {
    if (name === "id") continue;
    const removable = field.safeParse(undefined).success;
    // The field as POST takes it (a default aside), described there: the document refers to that.
    const written = documented(collection, name, field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field);
    shape[name] = removable ? written.nullable().optional() : written.optional();
  }
  return z.strictObject(shape).meta({
    description: `A JSON merge patch (RFC 7396) of the ${SINGULAR[collection]}: only the fields to change. null removes an optional field; an array (aliases, participants, quantities...) replaces the whole list; \`external_ids\` merges by scheme.`,
    example: EXAMPLES[collection].patch,
  });
}

/** Writes that take no query parameters refuse any (a typo such as `?dry_run=true` on POST must not pass unnoticed). */
export const noQuery = z.strictObject({});

export const deleteQuery = z.strictObject({
  reason: text(500).optional().meta({ description: "Why the record is deleted; kept in its tombstone and shown to clients that ask for it.", example: "duplicate of another record" }),
});

export const mergeBody = z
  .strictObject({ into: ids.actor.meta({ description: "The actor that survives the merge.", example: "act_georgiy-zinoviev" }) })
  .meta({ description: "Where to merge this actor.", example: { into: "act_georgiy-zinoviev" } });

/** The problem of a write, with the members some write problems add. */
export const writeProblemSchema = problemSchema
  .extend({
    errors: z
      .array(z.object({
        in: z.string().meta({ description: "Where the problem is: query, path, header or body.", example: "body" }),
        name: z.string().meta({ description: "The parameter, or the JSON pointer of the field.", example: "/claims/3/claimant_id" }),
        id: z.string().optional().meta({ description: "In a bundle: the id of the record the pointer is in.", example: "clm_zinoviev-cooperation-not-against-south-korea" }),
        message: z.string().meta({ description: "What the value must be.", example: 'no actor has the id "act_nobody", in this bundle or in the store' }),
      }))
      .optional()
      .meta({ description: "One entry per invalid parameter, field or record." }),
    referenced_by: z
      .array(z.object({
        collection: z.string().meta({ description: "The referring record's collection.", example: "claims" }),
        id: z.string().meta({ description: "The referring record's id.", example: "clm_peskov-declines-comment-on-north-korean-troops" }),
        field: z.string().meta({ description: "The field that holds the reference.", example: "claimant_id" }),
      }))
      .optional()
      .meta({ description: "On a 409 for a delete: the records that still refer to this one." }),
    deleted_at: z.string().optional().meta({ description: "On a 410: when the record was deleted or merged.", example: "2024-10-22T08:30:00.000Z" }),
    reason: z.string().nullable().optional().meta({ description: "On a 410: why, as given on DELETE.", example: "entered twice" }),
    merged_into: z.string().nullable().optional().meta({ description: "On a 410 for a merged actor: the survivor.", example: "act_georgiy-zinoviev" }),
  })
  .meta({ id: "WriteProblem", description: "An RFC 9457 problem details object, served as `application/problem+json`, with the members some write problems add." });

const problem = (description: string) => writeProblemSchema.meta({ description });

/** Every problem a write can answer with, described once. */
export const writeProblems = {
  400: problem("The body or a parameter is malformed, has an unknown or server-owned field, or a value out of range."),
  401: problem("No API key, or an unknown or revoked one. The `WWW-Authenticate` header says so too."),
  403: problem("The API key lacks the `write` scope."),
  404: problem("No record has this id."),
  409: problem("The write collides with another record: the id is taken (ids of deleted records included), an alias repeats one of the actor's names, an external id belongs to another record, the record is still referenced (on delete), or an Idempotency-Key is in use by a request still running."),
  410: problem("The record was deleted (or merged into another): the problem carries `deleted_at`, `reason` and `merged_into`."),
  412: problem("If-Match does not match the record's current ETag: someone changed it since you read it. GET it again and reapply your change."),
  422: problem("The record is well-formed but cannot be stored: it refers to a record that does not exist, its dates contradict their precision, or an Idempotency-Key is reused with a different body. `errors` names each field by JSON pointer."),
  428: problem("PATCH and DELETE need an `If-Match` header holding the ETag of the record as you last read it."),
};

export const ifMatchHeader = z.object({
  "if-match": z.string().optional().meta({ description: "The ETag of the record as you last read it (required: without it, or with `*`, the answer is 428).", example: '"q1Z8oC3q9m0hRkL2yX0VbA"' }),
});

export const idempotencyHeader = z.object({
  "idempotency-key": z.string().min(1).max(200).optional().meta({
    description: "Any unique string (a UUID). A retry with the same key and body gets the first response again and creates nothing; the same key with another body gets a 422. Keys are kept per API key.",
    example: "5f0c6a5e-3f7e-4a8e-9a53-2a0f8d3b9e11",
  }),
});
