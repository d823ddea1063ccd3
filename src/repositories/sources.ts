import type { Reader } from "../db/query.ts";
import { sql } from "../db/query.ts";
import { actorRefColumns, claimRefColumns, externalIds, keysetPage, sourceRefColumns } from "./shared.ts";

const sourceColumns = [
  "sources.id", "sources.kind", "sources.title", "sources.publisher_id", "sources.author", "sources.published_at", "sources.published_precision",
  "sources.language", "sources.url", "sources.parent_id", "sources.description", "sources.version", "sources.created_at", "sources.updated_at",
] as const;

function withParts<R extends { id: string }>(reader: Reader, rows: R[]) {
  const ext = externalIds(reader, "source_external_ids", "source_id", rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, external_ids: ext.get(r.id) ?? {} }));
}

export function listSources(reader: Reader, q: { limit: number; after: string | null }) {
  const { rows, page } = keysetPage(reader, "sources", sql.selectFrom("sources").select(sourceColumns), q.limit, q.after);
  return { data: withParts(reader, rows), page };
}

export function getSource(reader: Reader, id: string) {
  const row = reader.first(sql.selectFrom("sources").select(sourceColumns).where("sources.id", "=", id));
  if (!row) return null;
  const publisher = row.publisher_id
    ? reader.first(sql.selectFrom("actors").select(actorRefColumns).where("actors.id", "=", row.publisher_id)) ?? null
    : null;
  const parent = row.parent_id
    ? reader.first(sql.selectFrom("sources").select(sourceRefColumns).where("sources.id", "=", row.parent_id)) ?? null
    : null;
  const children = reader.all(sql.selectFrom("sources").select(sourceRefColumns).where("sources.parent_id", "=", id).orderBy("sources.id"));
  const claims = reader.all(sql.selectFrom("claims").select(claimRefColumns).where("claims.source_id", "=", id).orderBy("claims.id"));
  return { ...withParts(reader, [row])[0], publisher, parent, children, claims };
}
