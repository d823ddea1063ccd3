// Values the server keeps in its own database (the settings table), read
// through the read path: a read-only server reads them and never writes one.
import { FixedQuery, sql, type Reader } from "../db/query.ts";

const byKey = new FixedQuery((key: string) => sql.selectFrom("settings").select("value").where("key", "=", key));

/** The value stored under `key`, if any. */
export async function storedSetting(reader: Reader, key: string): Promise<string | undefined> {
  return (await reader.firstOf(byKey, key))?.value;
}
