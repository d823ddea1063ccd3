// Each collection's number of records, as the triggers of the migration
// record_counts keep it in the transaction of every insert and delete: read in
// one step instead of a count(*) over the table.
import { FixedQuery, sql } from "../db/query.ts";
import type { Collection } from "../domain/collections.ts";

const storedCounts = new Map<Collection, FixedQuery<{ n: number }>>();

/** The query of a collection's stored count (it binds nothing of the caller's: see FixedQuery). */
export function storedCount(table: Collection): FixedQuery<{ n: number }> {
  let q = storedCounts.get(table);
  if (!q) storedCounts.set(table, (q = new FixedQuery(() => sql.selectFrom("record_counts").select("n").where("collection", "=", table), 0)));
  return q;
}
