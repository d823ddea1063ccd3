// Shapes shared by every resource: problems, pages, references between records.
import { z } from "zod";
import { ANNOTATION_MARKS } from "../domain/vocabulary.ts";
import { vocabularyOf } from "./vocabularies.ts";
import { listParam, oneOf, reject } from "../domain/params.ts";
import { DATASET_FORMATS, FORMAT_NOTES, MEDIA_TYPES, type Format } from "../domain/media-types.ts";
import { PROBLEM_CODES } from "../domain/problems.ts";

// The lists' shared query parameters are declared in domain/params.ts (the filter tables use them).
export * from "../domain/params.ts";

/**
 * A response field from a controlled vocabulary, referring to the
 * vocabulary's schema (values and meanings) with its own description. The
 * database holds plain text, so the TypeScript type is string.
 */
export function vocab<V extends Record<string, string | { description: string }>>(lead: string, values: V, example: keyof V & string) {
  return (vocabularyOf(values) as unknown as z.ZodString).meta({ description: lead, example });
}

/** Like vocab(), for a field that may be null. */
export function vocabOrNull<V extends Record<string, string | { description: string }>>(lead: string, values: V, example: keyof V & string | null) {
  return (vocabularyOf(values) as unknown as z.ZodString).nullable().meta({ description: lead, example });
}

/** A request parameter or field from a controlled vocabulary, validated. */
export function vocabEnum<V extends Record<string, string | { description: string }>>(lead: string, values: V, example: keyof V & string) {
  return vocabularyOf(values).meta({ description: lead, example });
}

export const problemSchema = z
  .object({
    type: z.string().meta({ description: "A URI reference naming the problem type; `about:blank` when the HTTP status says it all.", example: "about:blank" }),
    title: z.string().meta({ description: "The HTTP status phrase.", example: "Bad Request" }),
    status: z.number().int().meta({ description: "The HTTP status code, repeated.", example: 400 }),
    detail: z.string().meta({ description: "What went wrong and what to change, for a person.", example: "querystring/limit: must be at most 500" }),
    instance: z.string().optional().meta({ description: "The request path that failed.", example: "/v1/events?limit=501" }),
    code: z.string().meta({ description: `A stable machine-readable code, one of: ${Object.keys(PROBLEM_CODES).map((c) => `\`${c}\``).join(", ")}.`, example: "invalid_request" }),
    errors: z
      .array(
        z.object({
          in: z.string().meta({ description: "Where the problem is: query, path, header or body.", example: "query" }),
          name: z.string().meta({ description: "The parameter or the JSON pointer of the field.", example: "limit" }),
          message: z.string().meta({ description: "What the value must be.", example: "must be at most 500" }),
        }),
      )
      .optional()
      .meta({ description: "One entry per invalid parameter or field, when the request was invalid." }),
  })
  .meta({ id: "Problem", description: "An RFC 9457 problem details object, served as `application/problem+json`." });

export const problemResponses = {
  400: problemSchema.meta({ description: "The request is invalid: a parameter is malformed, unknown or out of range; `errors` names each one and what it accepts." }),
  404: problemSchema.meta({ description: "No record has this id." }),
};

export const timestamps = {
  version: z.number().int().min(1).meta({ description: "Incremented on every change to the record.", example: 1 }),
  created_at: z.string().meta({ description: "When the record was created here (ISO 8601, UTC).", example: "2024-10-21T09:00:00.000Z" }),
  updated_at: z.string().meta({ description: "When the record last changed here (ISO 8601, UTC).", example: "2024-10-21T09:00:00.000Z" }),
};

export const annotationSchema = z
  .object({
    field: z.string().meta({ description: "The field the mark is about: a field of the record, or a key inside one (`external_ids.wikidata`).", example: "end_date" }),
    mark: vocab("How the field stands to the source.", ANNOTATION_MARKS, "inferred"),
    reason: z.string().meta({ description: "Why, in a sentence: what the source says and what was read into it or added.", example: "The report says only that more troops were \"set to depart soon\"; the end of November 2024 is our bound." }),
  })
  .meta({ id: "Annotation", description: "A mark on one field of a record: inferred from the source's context, or added from outside it." });

/**
 * Where a record says more than its source: each field inferred from context
 * or added from outside knowledge, with the reason. Every other field is what
 * the source says (in our words, for summaries and statements).
 */
export const annotationsSchema = (example: z.infer<typeof annotationSchema>[]) =>
  z.array(annotationSchema).meta({
    description: "Where this record says more than its source: each field that is inferred from the source's context or added from outside knowledge, with the reason. A field not listed here is what the source says. Empty when the record adds nothing.",
    example,
  });

export const externalIdsSchema = z
  .record(z.string(), z.string())
  .meta({ description: "Identifiers of this record in other datasets, by scheme (`wikidata`, `acled`, `ucdp`, `gdelt`, ...).", example: { wikidata: "Q884" } });

export const pageSchema = z
  .object({
    limit: z.number().int().meta({ description: "The page size used.", example: 50 }),
    next_cursor: z.string().nullable().meta({ description: "Pass as `cursor` to get the next page; null on the last page.", example: null }),
    total: z.number().int().meta({ description: "How many records match the filters, across all pages.", example: 12 }),
  })
  .meta({ id: "Page", description: "Where this page sits in the whole result." });

export function listOf<T extends z.ZodType>(item: T, description: string) {
  return z.object({ data: z.array(item).meta({ description }), page: pageSchema });
}

/**
 * A query parameter that is an integer from `min` to `max`, written in plain
 * decimal digits; any other value is a 400 that says so. (Number() would also
 * take `0x10`, `1e2`, `+5`, ` 5 ` and an empty string.)
 */
export function integerFrom(min: number, max: number): z.ZodType<number, unknown>;
export function integerFrom(min: number, max: number, fallback: number): z.ZodType<number, unknown>;
export function integerFrom(min: number, max: number, fallback?: number) {
  const message = `must be an integer from ${min} to ${max}, in decimal digits`;
  const integer = z.preprocess(
    (v) => (typeof v === "string" ? (/^\d{1,15}$/.test(v) ? Number(v) : Number.NaN) : v),
    z.number({ error: message }).int(message).min(min, message).max(max, message),
  );
  // A prefault (a default applied before parsing), because the document drops a default after a preprocess.
  return fallback === undefined ? integer : integer.prefault(fallback);
}

export const limitParam = integerFrom(1, 500, 50)
  .meta({ description: "How many records per page, from 1 to 500.", example: 20 });

export const cursorParam = z
  .string()
  .max(500)
  .optional()
  .meta({ description: "The `page.next_cursor` of the previous page. Omit it for the first page." });

export const idParam = (prefix: string, example: string) =>
  z.object({
    id: z.string().min(1).max(200).meta({ description: `The record's id (\`${prefix}_...\`).`, example }),
  });

/** `sort`: one key of an allow-list, `-` in front for descending. */
export function sortParam<K extends string>(keys: readonly K[], example: string, fallback: K) {
  const allowed = keys.flatMap((k) => [k, `-${k}`]);
  return z
    .string()
    .transform((text, ctx) => {
      if (!allowed.includes(text)) return reject(ctx, `must be one of: ${allowed.join(", ")}`);
      return { key: text.replace(/^-/, "") as K, desc: text.startsWith("-"), text };
    })
    .prefault(fallback)
    .meta({ enum: allowed, description: `The order of the list: one of ${keys.map((k) => `\`${k}\``).join(", ")}, with \`-\` in front for descending. Ties are broken by \`id\`, in the same direction. Defaults to \`${fallback}\`.`, example });
}

/** `fields`: the record fields to return; `id` always comes. */
export const fieldsParam = (fields: readonly string[], example: string) =>
  listParam(`The fields to return for each record (\`id\` is always returned).`, example, fields);

/** `include`: related records to embed in each record of the page. */
export const includeParam = (what: Record<string, string>, example: string) =>
  z
    .string()
    .max(500)
    .transform((text, ctx) => {
      const values = [...new Set(text.split(",").map((v) => v.trim()).filter(Boolean))];
      const unknown = values.filter((v) => !Object.hasOwn(what, v)); // not `in`: "constructor" and "toString" are in every object
      if (values.length === 0 || unknown.length) return reject(ctx, `must be one or more of: ${Object.keys(what).join(", ")} (comma-separated)`);
      return values;
    })
    .optional()
    .meta({ description: `Related records to embed in each record, comma-separated:\n\n${Object.entries(what).map(([k, v]) => `- \`${k}\`: ${v}`).join("\n")}`, example });

const MEDIA = Object.fromEntries(
  (Object.keys(MEDIA_TYPES) as Format[]).map((f) => [f, FORMAT_NOTES[f] ? `${MEDIA_TYPES[f]}: ${FORMAT_NOTES[f]}` : MEDIA_TYPES[f]]),
) as Record<string, string>;

/** `format`: the representation, when the Accept header cannot say it (a browser, a spreadsheet's URL import). */
export const formatParam = (formats: readonly string[]) =>
  oneOf(formats)
    .optional()
    .meta({
      description: `The representation: ${formats.map((f) => `\`${f}\` (${MEDIA[f]})`).join(", ")}. Overrides the Accept header; without either, JSON. \`ndjson\`${formats.some((f) => DATASET_FORMATS.includes(f as Format)) ? `, ${formats.filter((f) => DATASET_FORMATS.includes(f as Format)).map((f) => `\`${f}\``).join(", ")}` : ""} stream every matching record, ignoring \`limit\` and \`cursor\` (docs/formats.md maps each dataset format's columns).`,
      example: formats.includes("csv") ? "csv" : formats[0],
    });

/**
 * The 200 response of a list, in each media type it is offered in. JSON is
 * the schema given; CSV and NDJSON are described in words.
 */
export function listResponse(json: z.ZodType, opts: { csv: string; ndjson: string; geojson?: z.ZodType; acled?: boolean; plover?: boolean; jsonld?: z.ZodType }) {
  const text = (description: string, example: string) => z.string().meta({ description, example });
  return {
    description: "The records on this page (JSON, CSV, GeoJSON), or every matching record (NDJSON and the datasets' formats).",
    content: {
      "application/json": { schema: json },
      "text/csv": { schema: text(opts.csv, "id,name\r\nact_russia,Russia\r\n") },
      ...(opts.geojson ? { "application/geo+json": { schema: opts.geojson } } : {}),
      "application/x-ndjson": { schema: text(opts.ndjson, '{"id":"act_russia","name":"Russia"}\n') },
      ...(opts.acled
        ? {
            "text/csv; profile=acled": {
              schema: text(
                "With `format=acled`: every matching event as a line of ACLED's CSV export (the 31 columns of ACLED's data export, header first; columns we cannot fill are empty), streamed. `event_id_cnty` is the event's ACLED id when it came from ACLED, else our id; `fatalities` is the first fatality figure claimed about it. docs/formats.md maps every column.",
                "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\nevt_2024-10-08-north-korea-ships-special-forces-to-russia,2024-10-08,2024,1,Strategic developments,Strategic developments,Change to group/activity,North Korea,Storm Corps; Russian Navy,1,Russia,,1,,,643,,Russia,,,,Russian Far East,62,135,2,National Intelligence Service,,\"According to South Korea's NIS, North Korea moved special forces to Russia aboard a Russian Navy transport ship at some point between 8 and 13 October 2024, which the agency took as the beginning of North Korea's military involvement in the war in Ukraine. The troops were sent to Russia's Far East.\",,,\n",
              ),
            },
          }
        : {}),
      ...(opts.plover
        ? {
            "application/x-ndjson; profile=plover": {
              schema: text(
                "With `format=plover`: every matching event as a PLOVER record (event_type, mode, context, actors and their roles, date, location, source), one JSON object per line, streamed.",
                "{\"id\":\"evt_2024-10-08-north-korea-ships-special-forces-to-russia\",\"date\":\"2024-10-08\",\"source\":[{\"actorText\":\"North Korea\",\"code\":\"PRK\"},{\"actorText\":\"Storm Corps\",\"code\":\"PRK\"},{\"actorText\":\"Russian Navy\",\"code\":\"RUS\"},{\"actorText\":\"Russia\",\"code\":\"RUS\"}],\"target\":[],\"event\":\"MOBILIZE\",\"eventText\":\"North Korean special forces shipped to Russia on a Russian Navy transport\",\"eventLoc\":{\"name\":\"Russian Far East\",\"country code\":\"RUS\"},\"text\":\"According to South Korea's NIS, North Korea moved special forces to Russia aboard a Russian Navy transport ship at some point between 8 and 13 October 2024, which the agency took as the beginning of North Korea's military involvement in the war in Ukraine. The troops were sent to Russia's Far East.\",\"publication\":\"National Intelligence Service briefing on North Korean troops sent to Russia\"}\n",
              ),
            },
          }
        : {}),
      ...(opts.jsonld ? { "application/ld+json": { schema: opts.jsonld } } : {}),
    },
  };
}
