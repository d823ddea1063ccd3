import { z } from "zod";
import { DATE_PRECISIONS, SOURCE_KINDS } from "../domain/vocabulary.ts";
import {
  annotationsSchema, cursorParam, dateBoundParam, externalIdsSchema, fieldsParam, formatParam, includeParam, limitParam, listOf, listParam, qParam, sortParam, timestamps,
  updatedSinceParam, vocab, vocabOrNull,
} from "./common.ts";
import { SOURCE_FILTERS, SOURCE_INCLUDES, SOURCE_SORTS } from "../repositories/sources.ts";
import { paramsOf } from "../repositories/filters.ts";
import { actorRef, claimRef, sourceRef } from "./refs.ts";

const sourceFields = {
  id: z.string().meta({ description: "Stable id, never reused.", example: "src_russian-embassy-statement-2024-10-21" }),
  kind: vocab("What kind of source this is.", SOURCE_KINDS, "government_statement"),
  title: z.string().meta({ description: "The source's title, or a description where it has none.", example: "Statement by the Russian embassy in Seoul on the ambassador's summons" }),
  publisher_id: z.string().nullable().meta({ description: "The actor that published it.", example: "act_russian-embassy-seoul" }),
  author: z.string().nullable().meta({ description: "The author or byline, as given.", example: null }),
  published_at: z.string().nullable().meta({ description: "When it was published: a date (YYYY-MM-DD) or an instant.", example: "2024-10-21" }),
  published_precision: vocabOrNull("How precisely `published_at` is known.", DATE_PRECISIONS, "day"),
  language: z.string().nullable().meta({ description: "BCP 47 language tag.", example: "en" }),
  url: z.string().nullable().meta({ description: "Where it can be read, where known.", example: null }),
  parent_id: z.string().nullable().meta({ description: "The source through which this one is known: a statement *as reported in* an article.", example: "src_afp-report-2024-10-21" }),
  description: z.string().nullable().meta({ description: "Notes on the source.", example: null }),
  external_ids: externalIdsSchema,
  annotations: annotationsSchema([{ field: "kind", mark: "inferred", reason: "The report quotes the analyst without saying how he gave his remarks; an interview is our reading." }]),
  ...timestamps,
};

export const sourceSchema = z.object(sourceFields).meta({ id: "Source", description: "Where a claim was recorded." });

export const sourceDetailSchema = z
  .object({
    ...sourceFields,
    publisher: actorRef.nullable().meta({ description: "The publisher, embedded." }),
    parent: sourceRef.nullable().meta({ description: "The source this one is known through, embedded." }),
    children: z.array(sourceRef).meta({ description: "Sources known through this one." }),
    claims: z.array(claimRef).meta({ description: "Claims recorded in this source." }),
  })
  .meta({ id: "SourceDetail", description: "A source with its publisher, attribution chain and claims." });

export const SOURCE_FIELDS = Object.keys(sourceFields);
export const SOURCE_FORMATS = ["json", "csv", "ndjson"] as const;

export const sourceListQuery = z.strictObject({
  ...paramsOf(SOURCE_FILTERS),
  sort: sortParam(Object.keys(SOURCE_SORTS) as (keyof typeof SOURCE_SORTS)[], "-published_at", "id"),
  limit: limitParam,
  cursor: cursorParam,
  include: includeParam(SOURCE_INCLUDES, "publisher,parent"),
  fields: fieldsParam(SOURCE_FIELDS, "kind,title,published_at"),
  format: formatParam(SOURCE_FORMATS),
});

export const sourceListItem = sourceSchema
  .partial()
  .required({ id: true })
  .extend({
    publisher: actorRef.nullable().optional().meta({ description: "With `include=publisher`: the publisher, embedded." }),
    parent: sourceRef.nullable().optional().meta({ description: "With `include=parent`: the source this one is known through, embedded." }),
    claims: z.array(claimRef).optional().meta({ description: "With `include=claims`: claims recorded in this source." }),
  })
  .meta({ id: "SourceListItem", description: "A source in a list, with what `include=` asked for. With `fields=`, only the fields named (and `id`)." });

export const sourceList = listOf(sourceListItem, "The sources on this page.");
