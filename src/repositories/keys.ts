// API keys, as the auth check reads them: by the hash of the token.
import { FixedQuery, sql, type Reader } from "../db/query.ts";

export type KeyRow = { id: string; name: string; scopes: string; revoked_at: string | null };

const byHash = new FixedQuery((hash) => sql.selectFrom("api_keys").select(["id", "name", "scopes", "revoked_at"]).where("token_hash", "=", hash));

export async function keyByTokenHash(reader: Reader, hash: string): Promise<KeyRow | undefined> {
  return (await reader.firstOf(byHash, hash)) as KeyRow | undefined;
}
