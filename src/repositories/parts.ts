// The parts of records, read in batches: external ids, the short forms
// ("refs") other records embed, and the fields a response keeps.
import type { Reader } from "../db/query.ts";
import { FixedQuery, perEngine, sql } from "../db/query.ts";
import { sql as k } from "kysely";
import type { Collection } from "../domain/collections.ts";
import type { DB } from "../generated/kysely/types.ts";

/** The tables of external ids (`place_external_ids`), one per collection that has them, and their owners' columns (`place_id`). */
export type ExternalIdTable = Extract<keyof DB, `${string}_external_ids`>;
type OwnerColumn = { [T in ExternalIdTable]: Exclude<keyof DB[T], "id" | "scheme" | "value"> }[ExternalIdTable];

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
export async function externalIds(reader: Reader, table: ExternalIdTable, owner: OwnerColumn, ids: string[]): Promise<Map<string, Record<string, string>>> {
  const out = new Map<string, Record<string, string>>();
  if (ids.length === 0) return out;
  // One statement whatever the number of ids: they are bound as one JSON array.
  const rows = await reader.allOf(externalIdsOfMany(table, owner), JSON.stringify(ids)) as { owner: string; scheme: string; value: string }[];
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
        .where(k<boolean>`${k.ref(owner)} in ${perEngine({
          sqlite: k`(select value from json_each(${idsJson}))`,
          postgres: k`(select jsonb_array_elements_text(cast(${idsJson} as jsonb)))`,
        })}`)
        .orderBy("scheme")) as unknown as FixedQuery<{ owner: string; scheme: string; value: string }>;
    externalIdsByList.set(table, query);
  }
  return query;
}

/**
 * Records with their external ids added (`external_ids`), in one query. With
 * `fields` (a response's `fields=`) that leave external ids out, nothing is read.
 */
export function withExternalIds<R extends { id: string }>(reader: Reader, table: ExternalIdTable, owner: OwnerColumn, rows: R[]): Promise<(R & { external_ids: Record<string, string> })[]>;
export function withExternalIds<R extends { id: string }>(reader: Reader, table: ExternalIdTable, owner: OwnerColumn, rows: R[], fields: readonly string[] | undefined): Promise<(R & { external_ids?: Record<string, string> })[]>;
export async function withExternalIds<R extends { id: string }>(reader: Reader, table: ExternalIdTable, owner: OwnerColumn, rows: R[], fields?: readonly string[]) {
  if (!wants(fields, "external_ids")) return rows;
  const ext = await externalIds(reader, table, owner, rows.map((r) => r.id));
  return rows.map((r) => extend(r, { external_ids: ext.get(r.id) ?? {} }));
}

/** One record's external ids as a `{ scheme: value }` map. */
export async function externalIdsOf(reader: Reader, table: ExternalIdTable, owner: OwnerColumn, id: string): Promise<Record<string, string>> {
  return (await externalIds(reader, table, owner, [id])).get(id) ?? {};
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

/** Whether a response with these `fields=` (none: every field) has this field: parts it drops are not read. */
export const wants = (fields: readonly string[] | undefined, name: string) => !fields || fields.includes(name);

/** Keeps the requested fields of each record (and always its id). */
export function pickFields<T extends { id: string }>(rows: T[], fields: readonly string[] | undefined): T[] {
  if (!fields) return rows;
  const keep = new Set(["id", ...fields]);
  return rows.map((r) => Object.fromEntries(Object.entries(r).filter(([name]) => keep.has(name))) as T);
}


export async function exists(reader: Reader, table: Collection, id: string): Promise<boolean> {
  return (await reader.first(sql.selectFrom(table).select("id").where("id", "=", id))) !== undefined;
}

