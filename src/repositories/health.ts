// Whether the database answers a read.
import { sql as k } from "kysely";
import { FixedQuery, sql, type Reader } from "../db/query.ts";

const ping = new FixedQuery(() => sql.selectNoFrom(k<number>`1`.as("ok")));

/** Reads one row through the read path; throws when the database cannot be read. */
export async function canRead(reader: Reader): Promise<boolean> {
  return (await reader.firstOf(ping)) !== undefined;
}
