// Shapes shared by every resource: problems, pages, references between records.
import { z } from "zod";
import { describeVocabulary } from "../domain/vocabulary.ts";

/**
 * A response field from a controlled vocabulary. The database holds plain
 * text, so the TypeScript type is string; the document lists the allowed
 * values, each with its meaning.
 */
export function vocab<V extends Record<string, string | { description: string }>>(lead: string, values: V, example: keyof V & string) {
  return z.string().meta({ enum: Object.keys(values), description: describeVocabulary(lead, values), example });
}

/** Like vocab(), for a field that may be null. */
export function vocabOrNull<V extends Record<string, string | { description: string }>>(lead: string, values: V, example: keyof V & string | null) {
  return z.string().nullable().meta({ enum: [...Object.keys(values), null], description: describeVocabulary(lead, values), example });
}

/** A request parameter or field from a controlled vocabulary, validated. */
export function vocabEnum<V extends Record<string, string | { description: string }>>(lead: string, values: V, example: keyof V & string) {
  const keys = Object.keys(values) as [keyof V & string, ...(keyof V & string)[]];
  return z.enum(keys).meta({ description: describeVocabulary(lead, values), example });
}

export const problemSchema = z
  .object({
    type: z.string().meta({ description: "A URI reference naming the problem type; `about:blank` when the HTTP status says it all.", example: "about:blank" }),
    title: z.string().meta({ description: "The HTTP status phrase.", example: "Bad Request" }),
    status: z.number().int().meta({ description: "The HTTP status code, repeated.", example: 400 }),
    detail: z.string().meta({ description: "What went wrong and what to change, for a person.", example: "querystring/limit: must be at most 500" }),
    instance: z.string().optional().meta({ description: "The request path that failed.", example: "/v1/events?limit=501" }),
    code: z.string().meta({ description: "A stable machine-readable code: invalid_request, not_found, gone, conflict, ...", example: "invalid_request" }),
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
  400: problemSchema.meta({ description: "The request is invalid: a parameter or field is malformed, unknown or out of range." }),
  404: problemSchema.meta({ description: "No record has this id." }),
};

export const timestamps = {
  version: z.number().int().min(1).meta({ description: "Incremented on every change to the record.", example: 1 }),
  created_at: z.string().meta({ description: "When the record was created here (ISO 8601, UTC).", example: "2024-10-21T09:00:00.000Z" }),
  updated_at: z.string().meta({ description: "When the record last changed here (ISO 8601, UTC).", example: "2024-10-21T09:00:00.000Z" }),
};

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

export const limitParam = z.coerce
  .number({ error: "must be an integer from 1 to 500" })
  .int("must be an integer from 1 to 500")
  .min(1, "must be an integer from 1 to 500")
  .max(500, "must be an integer from 1 to 500")
  .default(50)
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
