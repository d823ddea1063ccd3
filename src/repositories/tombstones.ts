// Tombstones: what is left of a deleted (or merged) record.
import { FixedQuery, sql, type Reader } from "../db/query.ts";
import type { Collection } from "../domain/collections.ts";

export type TombstoneRow = { entity_id: string; deleted_at: string; reason: string | null; merged_into: string | null };

const byId = new FixedQuery((collection, id) =>
  sql.selectFrom("tombstones").select(["entity_id", "deleted_at", "reason", "merged_into"]).where("collection", "=", collection).where("entity_id", "=", id));

/** The tombstone of a deleted (or merged) record, if it has one. */
export async function tombstoneOf(reader: Reader, collection: Collection, id: string): Promise<TombstoneRow | undefined> {
  return (await reader.firstOf(byId, collection, id)) as TombstoneRow | undefined;
}
