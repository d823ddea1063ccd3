// What GET /v1/{collection}/{id}?as_of=INSTANT answers: the record as one of
// its revisions holds it, in the bundle format (src/plugins/history.ts).
import type { z } from "zod";
import { recordSchema } from "./writes.ts";
import type { Collection } from "../services/records.ts";

const snapshot = (collection: Collection) =>
  recordSchema(collection).meta({
    description: `The ${collection.slice(0, -1)} as it was at \`as_of\`: the record its last revision before then stored, in the bundle format that \`POST /v1/${collection}\` takes (ids instead of embedded records, nothing computed, no version or timestamps; its version is in \`X-Record-Version\`).`,
  });

/** The historical shape of each collection's records. */
export const SNAPSHOTS: Record<Collection, z.ZodType> = {
  actors: snapshot("actors"),
  places: snapshot("places"),
  sources: snapshot("sources"),
  events: snapshot("events"),
  claims: snapshot("claims"),
};
