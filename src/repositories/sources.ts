import type { Reader } from "../db/query.ts";
import { sql } from "../db/query.ts";
import { SOURCE_KINDS } from "../domain/vocabulary.ts";
import { dateBoundParam, listParam } from "../domain/params.ts";
import { anyOf, filter, filtered, updatedSinceFilter, fullTextFilter, type FilterValues } from "./filters.ts";
import { withAnnotations, actorRefColumns, claimRefColumns, extend, withExternalIds, groupBy, pickFields, sourceRefColumns } from "./parts.ts";
import { actorIdsNamed, searchOnlyTotal } from "./matching.ts";
import { ListTemplates, type Paging, exportBatches, type Sorting } from "./pages.ts";

const sourceColumns = [
  "sources.id", "sources.kind", "sources.title", "sources.publisher_id", "sources.author", "sources.published_at", "sources.published_precision",
  "sources.language", "sources.url", "sources.parent_id", "sources.description", "sources.annotations", "sources.version", "sources.created_at", "sources.updated_at",
] as const;

/** The sort keys `sort` accepts, and the SQL each orders by (sources with no date sort first, ascending). */
export const SOURCE_SORTS = { id: "sources.id", published_at: "coalesce(sources.published_at, '')", updated_at: "sources.updated_at", created_at: "sources.created_at" } as const;

export const SOURCE_INCLUDES = {
  publisher: "the publisher, in short",
  parent: "the source this one is known through, in short",
  claims: "the claims recorded in it, in short",
} as const;

/** The sources list's filters (AND); a list-valued filter matches any of its values (OR). */
export const SOURCE_FILTERS = {
  kind: filter({ param: listParam("Only sources of these kinds.", "intelligence_briefing", Object.keys(SOURCE_KINDS)), clause: anyOf("sources.kind") }),
  publisher: filter({
    param: listParam("Only sources published by these actors. Each value is an actor's id, its name or any alias, in any case and with or without diacritics.", "NIS"),
    held: false,
    clause: (query, _, names) => query.where("sources.publisher_id", "in", actorIdsNamed(names) as never),
  }),
  parent: filter({ param: listParam("Only sources known through these sources (ids).", "src_afp-report-2024-10-21"), clause: anyOf("sources.parent_id") }),
  language: filter({ param: listParam("Only sources in these languages (BCP 47).", "en"), clause: anyOf("sources.language") }),
  // published_at is a date or an instant; a date compares before that day's instants.
  from: filter({
    param: dateBoundParam("from", "Only sources published on or after this day.", "2024-10-18"),
    clause: (query, [from]) => query.where("sources.published_at", ">=", from as string),
  }),
  to: filter({
    param: dateBoundParam("to", "Only sources published on or before this day.", "2024-10-21"),
    bind: (to) => [nextDay(to)],
    clause: (query, [dayAfter]) => query.where("sources.published_at", "<", dayAfter as string),
  }),
  q: fullTextFilter("sources", "source titles", "briefing"),
  updated_since: updatedSinceFilter("sources"),
};

export type SourceFilters = FilterValues<typeof SOURCE_FILTERS>;

/** The sources matching every filter given: for exports. */
export const filteredSources = (reader: Reader, f: SourceFilters) => filtered("sources", SOURCE_FILTERS, f, reader);

const listTemplates = new ListTemplates("sources", SOURCE_SORTS, SOURCE_FILTERS, (query) => query.select(sourceColumns));

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

async function withIncludes<R extends { id: string; publisher_id: string | null; parent_id: string | null }>(reader: Reader, rows: R[], include: readonly string[] = []) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0 || include.length === 0) return rows;
  const extra = new Map<string, Record<string, unknown>>(ids.map((id) => [id, {}]));
  const uniq = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
  if (include.includes("publisher")) {
    const want = uniq(rows.map((r) => r.publisher_id));
    const actors = want.length ? new Map((await reader.all(sql.selectFrom("actors").select(actorRefColumns).where("actors.id", "in", want))).map((a) => [a.id, a])) : new Map();
    for (const r of rows) extra.get(r.id)!.publisher = r.publisher_id ? actors.get(r.publisher_id) ?? null : null;
  }
  if (include.includes("parent")) {
    const want = uniq(rows.map((r) => r.parent_id));
    const parents = want.length ? new Map((await reader.all(sql.selectFrom("sources").select(sourceRefColumns).where("sources.id", "in", want))).map((s) => [s.id, s])) : new Map();
    for (const r of rows) extra.get(r.id)!.parent = r.parent_id ? parents.get(r.parent_id) ?? null : null;
  }
  if (include.includes("claims")) {
    const by = groupBy(await reader.all(sql.selectFrom("claims").select(["claims.source_id", ...claimRefColumns]).where("claims.source_id", "in", ids).orderBy("claims.id")), (c) => c.source_id);
    for (const id of ids) extra.get(id)!.claims = (by.get(id) ?? []).map(({ source_id: _, ...c }) => c);
  }
  return rows.map((r) => extend(r, extra.get(r.id)!));
}

/** Every source matching the filters, in batches, for streaming exports (no limit, no cursor). */
export async function exportSources(reader: Reader, f: SourceFilters, sort: Sorting, shape: { include?: string[]; fields?: string[] } = {}) {
  return exportBatches(reader, "sources", (await filteredSources(reader, f)).select(sourceColumns), SOURCE_SORTS, sort, async (rows, own) =>
    pickFields(await withIncludes(own, await withExternalIds(own, "source_external_ids", "source_id", withAnnotations(rows), shape.fields), shape.include), shape.fields && [...shape.fields, ...(shape.include ?? [])]));
}

type SourceRow = { id: string; publisher_id: string | null; parent_id: string | null; [column: string]: unknown };

export async function listSources(reader: Reader, f: SourceFilters, paging: Paging, shape: { include?: string[]; fields?: string[] } = {}) {
  const { rows, page } = await listTemplates.page<SourceRow>(reader, f, paging, searchOnlyTotal(reader, "sources", f));
  const data = await withIncludes(reader, await withExternalIds(reader, "source_external_ids", "source_id", withAnnotations(rows), shape.fields), shape.include);
  return { data: pickFields(data, shape.fields && [...shape.fields, ...(shape.include ?? [])]), page };
}

export async function getSource(reader: Reader, id: string) {
  const row = await reader.first(sql.selectFrom("sources").select(sourceColumns).where("sources.id", "=", id));
  if (!row) return null;
  const publisher = row.publisher_id
    ? (await reader.first(sql.selectFrom("actors").select(actorRefColumns).where("actors.id", "=", row.publisher_id))) ?? null
    : null;
  const parent = row.parent_id
    ? (await reader.first(sql.selectFrom("sources").select(sourceRefColumns).where("sources.id", "=", row.parent_id))) ?? null
    : null;
  const children = await reader.all(sql.selectFrom("sources").select(sourceRefColumns).where("sources.parent_id", "=", id).orderBy("sources.id"));
  const claims = await reader.all(sql.selectFrom("claims").select(claimRefColumns).where("claims.source_id", "=", id).orderBy("claims.id"));
  return extend((await withExternalIds(reader, "source_external_ids", "source_id", withAnnotations([row])))[0], { publisher, parent, children, claims });
}
