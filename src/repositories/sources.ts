import type { Reader } from "../db/query.ts";
import { sql } from "../db/query.ts";
import { withAnnotations, actorIdsNamed, actorRefColumns, claimRefColumns, extend, withExternalIds, ftsMatch, searchOnlyTotal, groupBy, inList, keysetPage, pickFields, sourceRefColumns, type Paging, exportBatches, type Sorting } from "./shared.ts";

const sourceColumns = [
  "sources.id", "sources.kind", "sources.title", "sources.publisher_id", "sources.author", "sources.published_at", "sources.published_precision",
  "sources.language", "sources.url", "sources.parent_id", "sources.description", "sources.annotations", "sources.version", "sources.created_at", "sources.updated_at",
] as const;

/** The sort keys `sort` accepts, and the SQL each orders by (sources with no date sort first, ascending). */
export const SOURCE_SORTS = { id: "sources.id", published_at: "ifnull(sources.published_at, '')", updated_at: "sources.updated_at", created_at: "sources.created_at" } as const;

export const SOURCE_INCLUDES = {
  publisher: "the publisher, in short",
  parent: "the source this one is known through, in short",
  claims: "the claims recorded in it, in short",
} as const;

export type SourceFilters = {
  kind?: string[]; publisher?: string[]; parent?: string[]; language?: string[]; q?: string; from?: string; to?: string; updated_since?: string;
};

/** The sources matching every filter (AND); a list-valued filter matches any of its values (OR). */
export function filteredSources(reader: Reader, f: SourceFilters) {
  let query = sql.selectFrom("sources");
  if (f.kind) query = query.where(inList("sources.kind", f.kind));
  if (f.publisher) query = query.where("sources.publisher_id", "in", actorIdsNamed(f.publisher) as never);
  if (f.parent) query = query.where(inList("sources.parent_id", f.parent));
  if (f.language) query = query.where(inList("sources.language", f.language));
  // published_at is a date or an instant; a date compares before that day's instants.
  if (f.from !== undefined) query = query.where("sources.published_at", ">=", f.from);
  if (f.to !== undefined) query = query.where("sources.published_at", "<", nextDay(f.to));
  if (f.updated_since !== undefined) query = query.where("sources.updated_at", ">=", f.updated_since);
  if (f.q !== undefined) query = query.where(ftsMatch(reader, "sources", f.q));
  return query;
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function withIncludes<R extends { id: string; publisher_id: string | null; parent_id: string | null }>(reader: Reader, rows: R[], include: readonly string[] = []) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0 || include.length === 0) return rows;
  const extra = new Map<string, Record<string, unknown>>(ids.map((id) => [id, {}]));
  const uniq = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
  if (include.includes("publisher")) {
    const want = uniq(rows.map((r) => r.publisher_id));
    const actors = want.length ? new Map(reader.all(sql.selectFrom("actors").select(actorRefColumns).where("actors.id", "in", want)).map((a) => [a.id, a])) : new Map();
    for (const r of rows) extra.get(r.id)!.publisher = r.publisher_id ? actors.get(r.publisher_id) ?? null : null;
  }
  if (include.includes("parent")) {
    const want = uniq(rows.map((r) => r.parent_id));
    const parents = want.length ? new Map(reader.all(sql.selectFrom("sources").select(sourceRefColumns).where("sources.id", "in", want)).map((s) => [s.id, s])) : new Map();
    for (const r of rows) extra.get(r.id)!.parent = r.parent_id ? parents.get(r.parent_id) ?? null : null;
  }
  if (include.includes("claims")) {
    const by = groupBy(reader.all(sql.selectFrom("claims").select(["claims.source_id", ...claimRefColumns]).where("claims.source_id", "in", ids).orderBy("claims.id")), (c) => c.source_id);
    for (const id of ids) extra.get(id)!.claims = (by.get(id) ?? []).map(({ source_id: _, ...c }) => c);
  }
  return rows.map((r) => extend(r, extra.get(r.id)!));
}

/** Every source matching the filters, in batches, for streaming exports (no limit, no cursor). */
export function exportSources(reader: Reader, f: SourceFilters, sort: Sorting, shape: { include?: string[]; fields?: string[] } = {}) {
  return exportBatches(reader, "sources", filteredSources(reader, f).select(sourceColumns), SOURCE_SORTS, sort, (rows, own) =>
    pickFields(withIncludes(own, withExternalIds(own, "source_external_ids", "source_id", withAnnotations(rows), shape.fields), shape.include), shape.fields && [...shape.fields, ...(shape.include ?? [])]));
}

export function listSources(reader: Reader, f: SourceFilters, paging: Paging, shape: { include?: string[]; fields?: string[] } = {}) {
  const { rows, page } = keysetPage(reader, "sources", filteredSources(reader, f).select(sourceColumns), SOURCE_SORTS, paging, searchOnlyTotal(reader, "sources", f));
  const data = withIncludes(reader, withExternalIds(reader, "source_external_ids", "source_id", withAnnotations(rows), shape.fields), shape.include);
  return { data: pickFields(data, shape.fields && [...shape.fields, ...(shape.include ?? [])]), page };
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
  return extend(withExternalIds(reader, "source_external_ids", "source_id", withAnnotations([row]))[0], { publisher, parent, children, claims });
}
