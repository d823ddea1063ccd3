import { z } from "zod";
import { cursorParam, integerFrom, limitParam, pageSchema } from "./common.ts";
import { COLLECTION_NAMES as NAMES } from "../domain/collections.ts";

const COLLECTION_NAMES = Object.keys(NAMES);
const ONE_OF = COLLECTION_NAMES.join("|");

export const revisionSchema = z
  .object({
    seq: z.number().int().meta({ description: "The revision's position in commit order, over all records.", example: 112 }),
    collection: z.string().meta({ enum: [...COLLECTION_NAMES], description: "The record's collection.", example: "claims" }),
    id: z.string().meta({ description: "The record's id.", example: "clm_nis-about-1500-special-forces-in-russia" }),
    version: z.number().int().meta({ description: "The record's version after this write (a deletion or merge counts as one).", example: 2 }),
    action: z.string().meta({ enum: ["create", "update", "delete", "merge"], description: "What the write did. `merge`: the record was merged into `merged_into` and is gone.", example: "update" }),
    author: z.string().meta({ description: "The name of the API key that wrote it (`seed` for the seed loader).", example: "curator" }),
    at: z.string().meta({ description: "When it was committed (ISO 8601, UTC).", example: "2024-10-22T08:30:00.000Z" }),
    merged_into: z.string().nullable().meta({ description: "For a merge, the surviving record's id.", example: null }),
    changes: z.record(z.string(), z.object({
      from: z.unknown().optional().meta({ description: "The value before the write; absent when the field was absent.", example: "unverified" }),
      to: z.unknown().optional().meta({ description: "The value after the write; absent when the field was removed.", example: "corroborated" }),
    })).meta({ description: "Each top-level field that changed, with its value before and after.", example: { verification: { from: "unverified", to: "corroborated" } } }),
    record: z.record(z.string(), z.unknown()).nullable().meta({
      description: "The whole record after the write, in the bundle format that POST takes; null after a delete or merge.",
      example: { id: "clm_nis-about-1500-special-forces-in-russia", claimant_id: "act_national-intelligence-service", verification: "corroborated" },
    }),
  })
  .meta({ id: "Revision", description: "One write to one record." });

export const changesQuery = z.strictObject({
  since: z.string().regex(/^\d{1,15}$/, "must be a next_since value from an earlier answer, or 0").default("0").meta({
    description: "Where to resume: the `next_since` of the previous answer. Omit it (or 0) to start from the beginning of the store's history.",
    example: "0",
  }),
  collections: z
    .string()
    .regex(new RegExp(`^(${ONE_OF})(,(${ONE_OF}))*$`), `must be a comma-separated list of ${COLLECTION_NAMES.join(", ")}`)
    .optional()
    .meta({ description: "Only changes to these collections, comma-separated.", example: "events,claims" }),
  limit: integerFrom(1, 1000, 100)
    .meta({ description: "How many changes per answer, from 1 to 1000.", example: 100 }),
});

export const changesPage = z
  .object({
    data: z.array(revisionSchema).meta({ description: "Changes in commit order." }),
    next_since: z.string().meta({ description: "Pass as `since` to get what comes after; keep it to resume later, even when `data` is empty.", example: "112" }),
    has_more: z.boolean().meta({ description: "True when more changes are waiting now; false when the client is up to date.", example: false }),
  })
  .meta({ id: "ChangesPage", description: "A page of the change feed." });

export const revisionList = z
  .object({ data: z.array(revisionSchema).meta({ description: "The record's revisions, oldest first, a page at a time." }), page: pageSchema })
  .meta({ id: "RevisionList", description: "A record's history." });

export const revisionsQuery = z.strictObject({ limit: limitParam, cursor: cursorParam });

export const asOfQuery = z.strictObject({
  as_of: z.string().optional().meta({
    description: "A past instant (ISO 8601, e.g. `2024-10-22T08:00:00Z`, or a date, meaning its start in UTC). The answer is then the record as it was then, in the bundle format (as in its revisions), with its version in `X-Record-Version`: 404 if it did not exist yet, 410 if it had been deleted.",
    example: "2030-01-01T00:00:00Z",
  }),
});
