// SQL fragments the filters share: value lists, actors by any of their
// names, full-text search and boxes.
import type { Reader } from "../db/query.ts";
import { FixedQuery, perEngine, sql } from "../db/query.ts";
import { sql as k } from "kysely";
import type { BBox } from "../domain/params.ts";
import type { SearchExpressions } from "../domain/search.ts";
import { foldName } from "../domain/text.ts";
import { storedCount } from "./counts.ts";

/** `column IN (values)`; no values match nothing (`IN ()` is SQLite's, and PostgreSQL refuses it). */
export const inList = (column: string, values: readonly (string | number)[]) =>
  values.length === 0 ? k<boolean>`1 = 0` : k<boolean>`${k.ref(column)} in (${k.join(values)})`;

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
export async function actorIdsResolved(reader: Reader, values: readonly string[]): Promise<string[]> {
  const rows = await reader.all(sql.selectFrom(k`${actorIdsNamed(values)}`.as("named")).select(k<string>`id`.as("id"))) as { id: string }[];
  return rows.map((r) => r.id);
}

/**
 * With a search and no other filter, the total is the index's own count of
 * matches (every record has exactly one index row), read without touching the
 * records' table.
 */
export function searchOnlyTotal(reader: Reader, table: "events" | "claims" | "sources" | "actors", filters: { q?: SearchExpressions }) {
  const { q } = filters;
  if (q === undefined || Object.entries(filters).some(([name, value]) => name !== "q" && value !== undefined)) return undefined;
  return async () => ftsCount(reader, table, q);
}

/**
 * Whether a search is "dense" (see ftsMatch): driving from the list of matches
 * costs about 0.7 µs a match (read its rowid, fetch its row, sort), probing
 * along the page's order about 8 µs a probe, and a page of 50 probes about
 * 50 × rows / matches times, so probing wins above about sqrt(600 × rows)
 * matches: 2,449 at 10k rows, 7,746 at 100k, 24,495 at 1M (measured on the
 * generated sets with one- and two-word searches). The row count is the
 * one the triggers of the migration record_counts keep, not a count(*).
 */
async function isDense(reader: Reader, table: "events" | "claims" | "sources" | "actors", matches: number): Promise<boolean> {
  const rows = (await reader.memoizedFirst(storedCount(table)))?.n ?? 0;
  return matches > Math.sqrt(600 * rows);
}

/**
 * The documents of `table`'s index that a search matches, on PostgreSQL: the
 * table of documents kept by the migration full_text_search, whose GIN index
 * answers `@@`, with the search's tsquery text folded by fts_query as the
 * documents were (bound, never written into the SQL).
 */
const tsMatches = (table: "events" | "claims" | "sources" | "actors", tsquery: string) =>
  k`select id from ${k.table(`${table}_fts`)} where doc @@ fts_query(${tsquery})`;

/** How many records of `table` its full-text index matches (remembered until the data changes). */
export async function ftsCount(reader: Reader, table: "events" | "claims" | "sources" | "actors", search: SearchExpressions): Promise<number> {
  const fts = k.table(`${table}_fts`);
  return (await reader.memoizedFirst(sql.selectNoFrom(perEngine<number>({
    sqlite: k`(select count(*) from ${fts} where ${fts} match ${search.expression})`,
    postgres: k`(select count(*)::int from (${tsMatches(table, search.tsquery)}) m)`,
  }).as("n"))) as { n: number }).n;
}

/** Whether a search matches so many rows of `table` that ftsMatch should probe the index per row (see isDense). */
export async function ftsDense(reader: Reader, table: "events" | "claims" | "sources" | "actors", search: SearchExpressions): Promise<boolean> {
  return isDense(reader, table, await ftsCount(reader, table, search));
}

/**
 * Rows of `table` that its full-text index matches for a safe search (see
 * src/domain/search.ts). On SQLite, each FTS5 index row has its record's rowid, so the match
 * is a set of rowids read straight from the index, joined on rowid.
 * Which side drives the query depends on how many rows match, counted first in
 * the index alone (cheap, and remembered): a rare word drives the query from
 * its list of matches; a common one (see isDense) becomes a per-row
 * probe of the index (`rowid = ?` and MATCH) while the page's own order is
 * walked (`dense`, from ftsDense), so a page of 50 reads about 50 / density rows instead of collecting
 * every match and sorting them: 1 ms instead of 54 ms for a word in half of
 * 1M events.
 * On PostgreSQL both are one semi-join on id: the planner turns `IN (subquery)`
 * and a correlated EXISTS alike into a semi-join and picks its side and method
 * itself, from the GIN index's estimate of the matches, so writing the probe
 * would not make it probe.
 */
export function ftsMatch(table: "events" | "claims" | "sources" | "actors", search: SearchExpressions, dense: boolean) {
  const fts = k.table(`${table}_fts`);
  const postgres = k<boolean>`${k.ref(`${table}.id`)} in (${tsMatches(table, search.tsquery)})`;
  if (dense)
    return perEngine<boolean>({
      sqlite: k`exists (select 1 from ${fts} where ${fts} match ${search.expression} and ${fts}.rowid = ${k.table(table)}.rowid)`,
      postgres,
    });
  return perEngine<boolean>({ sqlite: k`${k.table(table)}.rowid in (select rowid from ${fts} where ${fts} match ${search.expression})`, postgres });
}

/** Places inside a box; a box with min_lon > max_lon crosses the antimeridian. */
export function placeIdsIn(b: BBox) {
  const lon = b.min_lon <= b.max_lon
    ? k`longitude between ${b.min_lon} and ${b.max_lon}`
    : k`(longitude >= ${b.min_lon} or longitude <= ${b.max_lon})`;
  return k`(select id from places where latitude between ${b.min_lat} and ${b.max_lat} and ${lon})`;
}
