import { z } from "zod";
import { DATE_PRECISIONS, SOURCE_KINDS } from "../domain/vocabulary.ts";
import { cursorParam, externalIdsSchema, limitParam, listOf, timestamps, vocab, vocabOrNull } from "./common.ts";
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

export const sourceListQuery = z.strictObject({ limit: limitParam, cursor: cursorParam });
export const sourceList = listOf(sourceSchema, "The sources on this page.");
