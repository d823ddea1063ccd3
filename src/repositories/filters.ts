// The filter table of a list: one entry per filter holds its query parameter
// (zod, with description and example), the values its SQL binds and its SQL
// clause. The query schema, the SQL of every path (a list's compiled
// templates, the SQL built for one request, exports and statistics) and the
// OpenAPI parameters all come from these entries, so a declared filter
// cannot be left out of one path.
import type { Expression, SelectQueryBuilder, SqlBool } from "kysely";
import type { z } from "zod";
import type { DB } from "../generated/kysely/types.ts";
import { sql, type Reader } from "../db/query.ts";
import { qParam, updatedSinceParam } from "../domain/params.ts";
import type { Collection } from "../domain/collections.ts";
import type { SearchExpressions } from "../domain/search.ts";
import { ftsDense, ftsMatch, inList } from "./matching.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySelect = SelectQueryBuilder<DB, any, any>;

export type Filter<V = never> = {
  /** The query parameter; none for a scope that a nested route sets (`/v1/actors/{id}/claims`). */
  param?: z.ZodType;
  /**
   * The values the clause binds, in order, from the validated value: by default
   * the value itself (one value, or a list's values). It may look things up
   * first (an actor's names to ids), so that the clause's SQL depends only on
   * how many values there are. A filter that is not held may also return what
   * its clause decides its SQL with (a search's density, see fullTextFilter):
   * the clause is where reads end and SQL building begins, so it never reads.
   */
  bind?: (value: V, reader: Reader) => readonly unknown[] | Promise<readonly unknown[]>;
  /**
   * Whether the clause's SQL may be compiled once per shape and reused with
   * other values. False when the SQL depends on the value itself (a search,
   * whose plan depends on how common its words are): the list then builds its
   * SQL for each request.
   */
  held?: boolean;
  /** The part of the clause's SQL that the value decides rather than binds (a flag). */
  shape?: (value: V) => string;
  /**
   * Narrows the query: `bound` are bind's values (or placeholders standing for
   * them: only `shape` may read `value` when the filter is held).
   */
  clause?: (query: AnySelect, bound: readonly unknown[], value: V) => AnySelect;
  /**
   * A condition on a related row instead of a clause: the conditions of one
   * group's filters hold for the same row (a figure's unit and its range),
   * and the group turns them into one clause.
   */
  part?: { group: FilterGroup; condition: (bound: readonly unknown[], value: V) => Expression<SqlBool> };
};

/** Filters that hold for one related row together (see Filter.part). */
export type FilterGroup = { name: string; clause: (query: AnySelect, conditions: Expression<SqlBool>[]) => AnySelect };

/** A filter whose value is its parameter's validated value. */
export function filter<P extends z.ZodType>(f: { param: P } & Omit<Filter<NonNullable<z.output<P>>>, "param">): Filter<NonNullable<z.output<P>>>;
/** A filter with no query parameter (a nested route's scope). */
export function filter<V>(f: Omit<Filter<V>, "param">): Filter<V>;
export function filter(f: Filter<unknown>) {
  return f;
}

/** A clause keeping the rows whose `column` is any of the filter's values. */
export const anyOf = (column: string) => (query: AnySelect, values: readonly unknown[]) => query.where(inList(column, values as string[]));

/**
 * The full-text filter `q` over one collection's search index. Built for each
 * request (not held): its plan depends on how common its words are.
 */
export const fullTextFilter = (table: "events" | "claims" | "sources" | "actors", what: string, example: string) =>
  filter({
    param: qParam(what, example),
    held: false,
    // Both engines' texts are bound: the compiling Reader's engine takes its own (see ftsMatch).
    bind: async (search, reader) => [search.expression, search.tsquery, await ftsDense(reader, table, search)],
    clause: (query, [expression, tsquery, dense]) => query.where(ftsMatch(table, { expression, tsquery } as SearchExpressions, dense as boolean)),
  });

/** `updated_since`: the records of `table` created or changed at or after an instant. */
export const updatedSinceFilter = (table: Collection) =>
  filter({ param: updatedSinceParam, clause: (query, [since]) => query.where(`${table}.updated_at`, ">=", since as string) });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FilterTable = Record<string, Filter<any>>;

/** The validated values of a table's filters, by name. */
export type FilterValues<T extends FilterTable> = { [K in keyof T]?: T[K] extends Filter<infer V> ? V : never };

/** The query parameters of a table's filters. */
export function paramsOf<T extends FilterTable>(table: T) {
  const out: Record<string, z.ZodType> = {};
  for (const [name, f] of Object.entries(table)) if (f.param) out[name] = f.param;
  return out as { [K in keyof T as T[K]["param"] extends z.ZodType ? K : never]: Exclude<T[K]["param"], undefined> };
}

/** The values each given filter binds (see Filter.bind). */
export async function boundValues(table: FilterTable, values: Record<string, unknown>, reader: Reader): Promise<Map<string, readonly unknown[]>> {
  const out = new Map<string, readonly unknown[]>();
  for (const [name, f] of Object.entries(table)) {
    const v = values[name];
    if (v === undefined) continue;
    out.set(name, f.bind ? await f.bind(v as never, reader) : Array.isArray(v) ? v : [v]);
  }
  return out;
}

/** The query narrowed by every given filter (AND), binding `bound` (real values, or placeholders in the same numbers). */
export function applyFilters(query: AnySelect, table: FilterTable, values: Record<string, unknown>, bound: Map<string, readonly unknown[]>): AnySelect {
  const groups = new Map<FilterGroup, Expression<SqlBool>[]>();
  for (const [name, f] of Object.entries(table)) {
    const b = bound.get(name);
    if (b === undefined) continue;
    if (f.clause) query = f.clause(query, b, values[name] as never);
    if (f.part) groups.set(f.part.group, [...(groups.get(f.part.group) ?? []), f.part.condition(b, values[name] as never)]);
  }
  for (const [group, conditions] of groups) query = group.clause(query, conditions);
  return query;
}

/** Whether every given filter may be compiled once per shape (see Filter.held). */
export function allHeld(table: FilterTable, values: Record<string, unknown>): boolean {
  return Object.entries(table).every(([name, f]) => values[name] === undefined || f.held !== false);
}

/** The shape of a request's filters: which are given, how many values each binds, and what flags say. */
export function shapeKey(table: FilterTable, values: Record<string, unknown>, bound: Map<string, readonly unknown[]>): string {
  return Object.entries(table)
    .map(([name, f]) => {
      const b = bound.get(name);
      return b === undefined ? "-" : `${b.length}${f.shape ? `:${f.shape(values[name] as never)}` : ""}`;
    })
    .join(",");
}

/** The query of a collection narrowed by the given filters, with their real values: for exports and statistics. */
export async function filtered<TB extends Collection, T extends FilterTable>(from: TB, table: T, values: FilterValues<T>, reader: Reader): Promise<SelectQueryBuilder<DB, TB, object>> {
  const given = values as Record<string, unknown>;
  return applyFilters(sql.selectFrom(from), table, given, await boundValues(table, given, reader)) as SelectQueryBuilder<DB, TB, object>;
}
