// Lists, a keyset page at a time (with compiled templates per shape of
// request), and exports, every matching row in batches.
import type { SelectQueryBuilder } from "kysely";
import type { DB } from "../generated/kysely/types.ts";
import type { Reader } from "../db/query.ts";
import { FixedQuery, limitOf, perEngine } from "../db/query.ts";
import { sql as k } from "kysely";
import { sql } from "../db/query.ts";
import type { Position } from "./paging.ts";
import type { Collection } from "../domain/collections.ts";
import { storedCount } from "./counts.ts";
import { allHeld, applyFilters, boundValues, shapeKey, type FilterTable } from "./filters.ts";

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
export async function keysetPage<R extends { id: string }>(
  reader: Reader,
  table: Collection,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query: SelectQueryBuilder<DB, any, R>,
  sortExpressions: Record<string, string>,
  paging: Paging,
  /** The filtered total when the caller knows a cheaper way to it than counting the query. */
  total?: () => Promise<number>,
): Promise<{ rows: R[]; page: Page<R>["page"] }> {
  const rows = (await reader.all(pageQuery(table, query, sortExpressions, paging.sort, paging.after, paging.limit + 1))) as R[];
  const page = pageOf(rows, table, sortExpressions, paging, await (total ? total() : countOf(reader, query)));
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
  // PostgreSQL has no rowid; its primary key index plays the same part.
  const rowKey = perEngine({ sqlite: k.raw(`${table}.rowid`), postgres: k.ref(idCol) });
  const pageRowids = q.clearSelect().select(rowKey.as("r"));
  let whole = query.clearWhere().where(k<boolean>`${rowKey} in ${pageRowids}`).orderBy(k.raw(expr), dir);
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
async function keysetPageFrom<R extends { id: string }>(
  reader: Reader,
  table: Collection,
  template: { page: FixedQuery<R>; count: FixedQuery<{ n: number }> },
  filterValues: readonly unknown[],
  sortExpressions: Record<string, string>,
  paging: Paging,
): Promise<{ rows: R[]; page: Page<R>["page"] }> {
  const rows = await reader.allOf(template.page, ...filterValues, ...pageValues(table, sortExpressions, paging));
  const page = pageOf(rows, table, sortExpressions, paging, (await reader.memoizedFirst(template.count, ...filterValues))!.n);
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

  async page<R extends { id: string }>(reader: Reader, f: Record<string, unknown>, paging: Paging, total?: () => Promise<number>): Promise<{ rows: R[]; page: Page<R>["page"] }> {
    const { table, sortExpressions, filters } = this;
    const bound = await boundValues(filters, f, reader);
    if (!allHeld(filters, f)) {
      return keysetPage(reader, table, this.select(applyFilters(sql.selectFrom(table), filters, f, bound)), sortExpressions, paging, total);
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
        return { query: this.select(applyFilters(sql.selectFrom(table), filters, f, slots)), rest: marks.slice(i) };
      };
      held = {
        page: new FixedQuery((...marks) => {
          const { query, rest } = placeheld(marks);
          return pageQueryHeld(table, query, sortExpressions, paging, rest);
        }, values.length + pageValues(table, sortExpressions, paging).length) as FixedQuery<{ id: string }>,
        // With no filter, the total is the collection's count, kept by triggers (migration record_counts), not a scan.
        count: (bound.size === 0 ? storedCount(table) : new FixedQuery((...marks) => countQuery(placeheld(marks).query), values.length)) as FixedQuery<{ n: number }>,
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
export async function* exportBatches<R extends { id: string }, O>(
  reader: Reader,
  table: Collection,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query: SelectQueryBuilder<DB, any, R>,
  sortExpressions: Record<string, string>,
  sort: Sorting,
  enrich: (rows: R[], reader: Reader) => O[] | Promise<O[]>,
  size = 500,
): AsyncGenerator<O[]> {
  const { idCol, expr, byId } = sortOf(table, sortExpressions, sort);
  const dir = sort.desc ? "desc" : "asc";
  let q = (query as AnySelect).orderBy(k.raw(expr), dir);
  if (!byId) q = q.orderBy(k.ref(idCol), dir);
  // The export reads on a connection of its own (see Reader.detached): one
  // snapshot for all of its rows and their parts, and none forced on others.
  const own = await reader.detached();
  try {
    for await (const batch of own.iterate(q, size)) yield await enrich(batch as R[], own);
  } finally {
    await own.close();
  }
}

/** How many rows a filtered query matches. */
export async function countOf(reader: Reader, query: AnySelect): Promise<number> {
  return ((await reader.memoizedFirst(countQuery(query))) as { n: number }).n;
}
