// Helpers the repositories share: batch loading of parts and short forms.
import type { SelectQueryBuilder } from "kysely";
import type { DB } from "../generated/kysely/types.ts";
import type { Reader } from "../db/query.ts";
import { FixedQuery, limitOf, sql } from "../db/query.ts";
import { sql as k } from "kysely";
import type { Position } from "./paging.ts";
import type { BBox } from "../domain/params.ts";
import { foldName } from "../domain/text.ts";
import { allHeld, applyFilters, boundValues, shapeKey, type FilterTable } from "./filters.ts";

export type ExternalIdTable = "actor_external_ids" | "place_external_ids" | "event_external_ids" | "source_external_ids";
type OwnerColumn = "actor_id" | "place_id" | "event_id" | "source_id";

/**
 * Adds properties to a record in place and returns it, typed as both. The
 * records given here come straight from a statement and belong to the
 * caller, so there is nothing to protect by copying; and copying a row with
 * `{ ...row }` is slow in V8: about 3 µs for an event's 15 columns, 150 µs
 * for a page of 50 (`Object.assign` onto the row costs next to nothing).
 * Rows a Reader remembers (`memoized*`) are copies already.
 */
export function extend<R extends object, X extends object>(row: R, extra: X): R & X {
  return Object.assign(row, extra);
}

/** Groups rows by a key, keeping the rows' order. */
export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** External ids of many records in one query, as `{ scheme: value }` maps. */
export function externalIds(reader: Reader, table: ExternalIdTable, owner: OwnerColumn, ids: string[]): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  if (ids.length === 0) return out;
  // One statement whatever the number of ids: they are bound as one JSON array.
  const rows = reader.allOf(externalIdsOfMany(table, owner), JSON.stringify(ids)) as { owner: string; scheme: string; value: string }[];
  for (const r of rows) {
    const m = out.get(r.owner) ?? {};
    m[r.scheme] = r.value;
    out.set(r.owner, m);
  }
  return out;
}

const externalIdsByList = new Map<string, FixedQuery<{ owner: string; scheme: string; value: string }>>();
function externalIdsOfMany(table: ExternalIdTable, owner: OwnerColumn) {
  let query = externalIdsByList.get(table);
  if (!query) {
    query = new FixedQuery((idsJson) =>
      sql.selectFrom(table as "actor_external_ids")
        .select([`${owner} as owner` as "actor_id as owner", "scheme", "value"])
        .where(k<boolean>`${k.ref(owner)} in (select value from json_each(${idsJson}))`)
        .orderBy("scheme")) as unknown as FixedQuery<{ owner: string; scheme: string; value: string }>;
    externalIdsByList.set(table, query);
  }
  return query;
}

/**
 * Records with their external ids added (`external_ids`), in one query. With
 * `fields` (a response's `fields=`) that leave external ids out, nothing is read.
 */
export function withExternalIds<R extends { id: string }>(reader: Reader, table: ExternalIdTable, owner: OwnerColumn, rows: R[]): (R & { external_ids: Record<string, string> })[];
export function withExternalIds<R extends { id: string }>(reader: Reader, table: ExternalIdTable, owner: OwnerColumn, rows: R[], fields: readonly string[] | undefined): (R & { external_ids?: Record<string, string> })[];
export function withExternalIds<R extends { id: string }>(reader: Reader, table: ExternalIdTable, owner: OwnerColumn, rows: R[], fields?: readonly string[]) {
  if (!wants(fields, "external_ids")) return rows;
  const ext = externalIds(reader, table, owner, rows.map((r) => r.id));
  return rows.map((r) => extend(r, { external_ids: ext.get(r.id) ?? {} }));
}

/** One record's external ids as a `{ scheme: value }` map. */
export function externalIdsOf(reader: Reader, table: ExternalIdTable, owner: OwnerColumn, id: string): Record<string, string> {
  return externalIds(reader, table, owner, [id]).get(id) ?? {};
}

/** One mark on a record's field: see ANNOTATION_MARKS. */
export type Annotation = { field: string; mark: string; reason: string };

/**
 * Rows with their `annotations` column (JSON text) parsed, in place (see
 * extend on why rows are not copied). Rows without the column pass unchanged.
 */
type Annotated<R> = (R extends { annotations: string } ? Omit<R, "annotations"> : R) & { annotations: Annotation[] };
export function withAnnotations<R extends object>(rows: R[]): Annotated<R>[] {
  for (const r of rows) {
    const row = r as { annotations?: unknown };
    if (typeof row.annotations === "string") row.annotations = JSON.parse(row.annotations);
  }
  return rows as unknown as Annotated<R>[];
}

export const actorRefColumns = ["actors.id", "actors.name", "actors.kind", "actors.country"] as const;
export const eventRefColumns = ["events.id", "events.type", "events.title", "events.start_date", "events.end_date", "events.date_precision", "events.status"] as const;
export const sourceRefColumns = ["sources.id", "sources.kind", "sources.title", "sources.published_at"] as const;
export const claimRefColumns = ["claims.id", "claims.claimant_id", "claims.stance", "claims.statement"] as const;
export const placeRefColumns = ["places.id", "places.name", "places.country", "places.latitude", "places.longitude"] as const;

export type Page<T> = { data: T[]; page: { limit: number; next_cursor: string | null; total: number } };

/** A validated `sort`: the key from the allow-list, its direction, and the text given (which a cursor is bound to). */
export type Sorting = { key: string; desc: boolean; text: string };

/** Where a page starts, and how to write the next cursor. */
export type Paging = { limit: number; sort: Sorting; after: Position | null; encode: (p: Position) => string };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySelect = SelectQueryBuilder<DB, any, any>;

/**
 * One keyset page of a filtered query, plus the filtered total. The order is
 * the sort expression then `<table>.id`, both in the sort's direction, so a
 * page starts strictly after the previous page's last (key, id): rows written
 * before that position never shift later pages.
 * `sortExpressions` maps each allowed sort key to trusted SQL (never user text).
 */
export function keysetPage<R extends { id: string }>(
  reader: Reader,
  table: Collection,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query: SelectQueryBuilder<DB, any, R>,
  sortExpressions: Record<string, string>,
  paging: Paging,
  /** The filtered total when the caller knows a cheaper way to it than counting the query. */
  total?: () => number,
): { rows: R[]; page: Page<R>["page"] } {
  const rows = reader.all(pageQuery(table, query, sortExpressions, paging.sort, paging.after, paging.limit + 1)) as R[];
  const page = pageOf(rows, table, sortExpressions, paging, total ? total() : countOf(reader, query));
  return { rows: finishPage(rows, table, sortExpressions, paging), page };
}

/**
 * The SQL of one keyset page: `limit` rows (one more than the page, to know
 * whether another follows) of the filtered query, from just after `after`.
 * `after`'s key and id are bound values (or placeholders, see FixedQuery);
 * the limit is written into the SQL (see limitOf).
 */
function pageQuery(
  table: Collection,
  query: AnySelect,
  sortExpressions: Record<string, string>,
  sort: Sorting,
  after: { key: unknown; id: unknown } | null,
  limit: number,
): AnySelect {
  const { idCol, expr, byId } = sortOf(table, sortExpressions, sort);
  const dir = sort.desc ? "desc" : "asc";
  let q = query.orderBy(k.raw(expr), dir);
  if (!byId) q = q.orderBy(k.ref(idCol), dir);
  q = q.limit(limitOf(limit));
  if (after) {
    const cmp = k.raw(sort.desc ? "<" : ">");
    q = byId
      ? q.where(k<boolean>`${k.ref(idCol)} ${cmp} ${after.id}`)
      : q.where(k<boolean>`(${k.raw(expr)}, ${k.ref(idCol)}) ${cmp} (${after.key}, ${after.id})`);
  }
  // Deferred join: the filters, the sort and the limit pick the page's rowids
  // (from an index alone when one covers them), then only those rows are read
  // whole, instead of every match being read whole to be sorted.
  const pageRowids = q.clearSelect().select(k.raw(`${table}.rowid`).as("r"));
  let whole = query.clearWhere().where(k<boolean>`${k.raw(`${table}.rowid`)} in ${pageRowids}`).orderBy(k.raw(expr), dir);
  // Sorted by id, the id is the cursor's key; another sort reads its key as an extra column, removed after.
  // (Deleting a property puts a V8 object in slow "dictionary" mode, so the id sort, the default, avoids it.)
  if (!byId) whole = whole.select(k.raw<string>(expr).as("_sort_key")).orderBy(k.ref(idCol), dir);
  return whole;
}

/** The column a list is sorted on, `<table>.id`, and the SQL the sort orders by first (the id column itself for the id sort). */
function sortOf(table: Collection, sortExpressions: Record<string, string>, sort: Sorting) {
  const idCol = `${table}.id`;
  const expr = sortExpressions[sort.key] ?? idCol;
  return { idCol, expr, byId: expr === idCol };
}

/** The count query of a filtered query. */
const countQuery = (query: AnySelect) => query.clearSelect().clearOrderBy().select(k<number>`count(*)`.as("n"));

/**
 * A page's rows, read by pageQuery's SQL, without the extra row and the
 * `_sort_key` column; call pageOf first, which reads both.
 */
function finishPage<R extends { id: string }>(rows: R[], table: Collection, sortExpressions: Record<string, string>, paging: Paging): R[] {
  if (rows.length > paging.limit) rows.length = paging.limit;
  if (!sortOf(table, sortExpressions, paging.sort).byId) for (const r of rows as (R & { _sort_key?: unknown })[]) delete r._sort_key;
  return rows;
}

/** The `page` object of a page read by pageQuery's SQL (its rows as read, with the extra row). */
function pageOf(rows: { id: string; _sort_key?: unknown }[], table: Collection, sortExpressions: Record<string, string>, paging: Paging, total: number): Page<unknown>["page"] {
  const more = rows.length > paging.limit;
  const last = rows[Math.min(rows.length, paging.limit) - 1];
  const next_cursor = more ? paging.encode({ sort: paging.sort.text, key: sortOf(table, sortExpressions, paging.sort).byId ? last.id : (last._sort_key as string), id: last.id }) : null;
  return { limit: paging.limit, next_cursor, total };
}

/**
 * The values pageQuery binds after the filters', in order: the cursor's sort
 * key (unless the sort is by id) and id, when there is a cursor.
 */
function pageValues(table: Collection, sortExpressions: Record<string, string>, paging: Paging): unknown[] {
  if (!paging.after) return [];
  return sortOf(table, sortExpressions, paging.sort).byId ? [paging.after.id] : [paging.after.key, paging.after.id];
}

/**
 * pageQuery with placeholders (see FixedQuery) for the values pageValues
 * lists, given in `marks` in the same order.
 */
function pageQueryHeld(table: Collection, query: AnySelect, sortExpressions: Record<string, string>, paging: Paging, marks: string[]): AnySelect {
  const after = !paging.after ? null : sortOf(table, sortExpressions, paging.sort).byId ? { key: null, id: marks[0] } : { key: marks[0], id: marks[1] };
  return pageQuery(table, query, sortExpressions, paging.sort, after, paging.limit + 1);
}

/**
 * A keyset page read with compiled templates (see FixedQuery): `page` and
 * `count` were built once for this shape of request, and `filterValues` are
 * this request's filter values, in their placeholders' order; the page's
 * placeholders go on with pageValues.
 */
function keysetPageFrom<R extends { id: string }>(
  reader: Reader,
  table: Collection,
  template: { page: FixedQuery<R>; count: FixedQuery<{ n: number }> },
  filterValues: readonly unknown[],
  sortExpressions: Record<string, string>,
  paging: Paging,
): { rows: R[]; page: Page<R>["page"] } {
  const rows = reader.allOf(template.page, ...filterValues, ...pageValues(table, sortExpressions, paging));
  const page = pageOf(rows, table, sortExpressions, paging, reader.memoizedFirst(template.count, ...filterValues)!.n);
  return { rows: finishPage(rows, table, sortExpressions, paging), page: page as Page<R>["page"] };
}

/**
 * The page and count SQL of a list, built and compiled once for each shape
 * of request and bound to each request's values (see FixedQuery). A shape
 * is which filters are given, how many values each binds, the flags, the
 * sort, whether there is a cursor and the limit. Building and compiling a
 * filtered list's two queries with Kysely cost about 45 µs a request, as much
 * as reading half a page of events. The filters come from the collection's
 * filter table (see repositories/filters.ts), which says what each binds; a
 * filter whose SQL depends on its value (a search, whose plan depends on how
 * common its words are) makes the list build its SQL for that request.
 */
export class ListTemplates {
  private cache = new Map<string, { page: FixedQuery<{ id: string }>; count: FixedQuery<{ n: number }> }>();

  constructor(
    private readonly table: Collection,
    private readonly sortExpressions: Record<string, string>,
    private readonly filters: FilterTable,
    /** The filtered query with its columns selected. */
    private readonly select: (query: AnySelect) => AnySelect,
  ) {}

  page<R extends { id: string }>(reader: Reader, f: Record<string, unknown>, paging: Paging, total?: () => number): { rows: R[]; page: Page<R>["page"] } {
    const { table, sortExpressions, filters } = this;
    const bound = boundValues(filters, f, reader);
    if (!allHeld(filters, f)) {
      return keysetPage(reader, table, this.select(applyFilters(sql.selectFrom(table), filters, f, bound, reader)), sortExpressions, paging, total);
    }
    const values = [...bound.values()].flat();
    const key = [shapeKey(filters, f, bound), paging.sort.key, paging.sort.desc, paging.after !== null, paging.limit].join(" ");
    let held = this.cache.get(key);
    if (!held) {
      // The filters again, with a placeholder in place of each bound value, in the order of `values`.
      const placeheld = (marks: string[]) => {
        let i = 0;
        const slots = new Map<string, readonly unknown[]>();
        for (const [name, b] of bound) {
          slots.set(name, marks.slice(i, i + b.length));
          i += b.length;
        }
        return { query: this.select(applyFilters(sql.selectFrom(table), filters, f, slots, reader)), rest: marks.slice(i) };
      };
      held = {
        page: new FixedQuery((...marks) => {
          const { query, rest } = placeheld(marks);
          return pageQueryHeld(table, query, sortExpressions, paging, rest);
        }, values.length + pageValues(table, sortExpressions, paging).length) as FixedQuery<{ id: string }>,
        count: new FixedQuery((...marks) => countQuery(placeheld(marks).query), values.length) as FixedQuery<{ n: number }>,
      };
      if (this.cache.size >= MAX_TEMPLATES) this.cache.clear();
      this.cache.set(key, held);
    }
    return keysetPageFrom(reader, table, held as { page: FixedQuery<R>; count: FixedQuery<{ n: number }> }, values, sortExpressions, paging);
  }
}

/** The shapes a list remembers; a few dozen make up most traffic. */
const MAX_TEMPLATES = 500;

/**
 * Every row of a filtered query in the sort's order, in batches of `size`,
 * each enriched (external ids, includes) with a bounded number of queries.
 * Rows are read lazily from one statement, so memory stays constant whatever
 * the number of rows.
 */
export function* exportBatches<R extends { id: string }, O>(
  reader: Reader,
  table: Collection,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query: SelectQueryBuilder<DB, any, R>,
  sortExpressions: Record<string, string>,
  sort: Sorting,
  enrich: (rows: R[], reader: Reader) => O[],
  size = 500,
): Generator<O[]> {
  const { idCol, expr, byId } = sortOf(table, sortExpressions, sort);
  const dir = sort.desc ? "desc" : "asc";
  let q = (query as AnySelect).orderBy(k.raw(expr), dir);
  if (!byId) q = q.orderBy(k.ref(idCol), dir);
  // The export reads on a connection of its own (see Reader.detached): one
  // snapshot for all of its rows and their parts, and none forced on others.
  const own = reader.detached();
  try {
    let batch: R[] = [];
    for (const row of own.iterate(q) as Iterable<R>) {
      batch.push(row);
      if (batch.length >= size) {
        yield enrich(batch, own);
        batch = [];
      }
    }
    if (batch.length) yield enrich(batch, own);
  } finally {
    own.close();
  }
}

/** How many rows a filtered query matches. */
export function countOf(reader: Reader, query: AnySelect): number {
  return (reader.memoizedFirst(countQuery(query)) as { n: number }).n;
}

// ---- Filters: trusted SQL fragments with bound values -------------------------------------------

/** `column IN (values)`. */
export const inList = (column: string, values: readonly (string | number)[]) => k<boolean>`${k.ref(column)} in (${k.join(values)})`;

/**
 * The ids of actors named by the given values: each may be an id, the name or
 * any alias, in any case and with or without diacritics.
 */
export function actorIdsNamed(values: readonly string[]) {
  const folded = values.map(foldName);
  return k`(select id from actors where id in (${k.join(values)}) or name_norm in (${k.join(folded)})
    union select actor_id from actor_aliases where name_norm in (${k.join(folded)}))`;
}

/**
 * The same actors as actorIdsNamed, looked up now. A filter on a literal id
 * list lets SQLite walk an index such as claims(claimant_id, id) in the order a
 * page wants, where `IN (subquery)` makes it read and sort every match.
 */
export function actorIdsResolved(reader: Reader, values: readonly string[]): string[] {
  const rows = reader.all(sql.selectFrom(k`${actorIdsNamed(values)}`.as("named")).select(k<string>`id`.as("id"))) as { id: string }[];
  return rows.map((r) => r.id);
}

/**
 * With a search and no other filter, the total is the index's own count of
 * matches (every record has exactly one index row), read without touching the
 * records' table.
 */
export function searchOnlyTotal(reader: Reader, table: "events" | "claims" | "sources" | "actors", filters: { q?: string }) {
  const { q } = filters;
  if (q === undefined || Object.entries(filters).some(([name, value]) => name !== "q" && value !== undefined)) return undefined;
  return () => ftsCount(reader, table, q);
}

/**
 * Whether a search is "dense" (see ftsMatch): driving from the list of matches
 * costs about 0.7 µs a match (read its rowid, fetch its row, sort), probing
 * along the page's order about 8 µs a probe, and a page of 50 probes about
 * 50 × rows / matches times, so probing wins above about sqrt(600 × rows)
 * matches: 2,449 at 10k rows, 7,746 at 100k, 24,495 at 1M (measured on the
 * generated sets with one- and two-word searches). The table's largest rowid
 * stands for its row count: one step down an index, where count(*) reads it all.
 */
function isDense(reader: Reader, table: "events" | "claims" | "sources" | "actors", matches: number): boolean {
  const rows = reader.memoizedFirst(largestRowid[table])?.n ?? 0;
  return matches > Math.sqrt(600 * rows);
}

const largestRowid = Object.fromEntries(
  (["events", "claims", "sources", "actors"] as const).map((table) => [table, new FixedQuery(() => sql.selectNoFrom(k<number | null>`(select max(rowid) from ${k.table(table)})`.as("n")))]),
) as Record<"events" | "claims" | "sources" | "actors", FixedQuery<{ n: number | null }>>;

/** How many records of `table` its FTS5 index matches (remembered until the data changes). */
export function ftsCount(reader: Reader, table: "events" | "claims" | "sources" | "actors", expression: string): number {
  const fts = k.table(`${table}_fts`);
  return (reader.memoizedFirst(sql.selectNoFrom(k<number>`(select count(*) from ${fts} where ${fts} match ${expression})`.as("n"))) as { n: number }).n;
}

/**
 * Rows of `table` that its FTS5 index matches for a safe expression (see
 * src/domain/search.ts). Each index row has its record's rowid, so the match
 * is a set of rowids read straight from the index, joined on rowid.
 * Which side drives the query depends on how many rows match, counted first in
 * the index alone (cheap, and remembered): a rare word drives the query from
 * its list of matches; a common one (see isDense) becomes a per-row
 * probe of the index (`rowid = ?` and MATCH) while the page's own order is
 * walked, so a page of 50 reads about 50 / density rows instead of collecting
 * every match and sorting them: 1 ms instead of 54 ms for a word in half of
 * 1M events.
 */
export function ftsMatch(reader: Reader, table: "events" | "claims" | "sources" | "actors", expression: string) {
  const fts = k.table(`${table}_fts`);
  if (isDense(reader, table, ftsCount(reader, table, expression)))
    return k<boolean>`exists (select 1 from ${fts} where ${fts} match ${expression} and ${fts}.rowid = ${k.table(table)}.rowid)`;
  return k<boolean>`${k.table(table)}.rowid in (select rowid from ${fts} where ${fts} match ${expression})`;
}

/** Places inside a box; a box with min_lon > max_lon crosses the antimeridian. */
export function placeIdsIn(b: BBox) {
  const lon = b.min_lon <= b.max_lon
    ? k`longitude between ${b.min_lon} and ${b.max_lon}`
    : k`(longitude >= ${b.min_lon} or longitude <= ${b.max_lon})`;
  return k`(select id from places where latitude between ${b.min_lat} and ${b.max_lat} and ${lon})`;
}

/** Whether a response with these `fields=` (none: every field) has this field: parts it drops are not read. */
export const wants = (fields: readonly string[] | undefined, name: string) => !fields || fields.includes(name);

/** Keeps the requested fields of each record (and always its id). */
export function pickFields<T extends { id: string }>(rows: T[], fields: readonly string[] | undefined): T[] {
  if (!fields) return rows;
  const keep = new Set(["id", ...fields]);
  return rows.map((r) => Object.fromEntries(Object.entries(r).filter(([name]) => keep.has(name))) as T);
}

export type Collection = "actors" | "places" | "events" | "sources" | "claims";

export function exists(reader: Reader, table: Collection, id: string): boolean {
  return reader.first(sql.selectFrom(table).select("id").where("id", "=", id)) !== undefined;
}
