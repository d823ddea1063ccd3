// Helpers the repositories share: batch loading of parts and short forms.
import type { SelectQueryBuilder } from "kysely";
import type { DB } from "../generated/kysely/types.ts";
import type { Reader } from "../db/query.ts";
import { sql } from "../db/query.ts";
import { encodeCursor } from "./paging.ts";

export type ExternalIdTable = "actor_external_ids" | "place_external_ids" | "event_external_ids" | "source_external_ids";
type OwnerColumn = "actor_id" | "place_id" | "event_id" | "source_id";

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
  const rows = reader.all(
    sql.selectFrom(table as "actor_external_ids")
      .select([`${owner} as owner` as "actor_id as owner", "scheme", "value"])
      .where(owner as "actor_id", "in", ids)
      .orderBy("scheme"),
  ) as { owner: string; scheme: string; value: string }[];
  for (const r of rows) {
    const m = out.get(r.owner) ?? {};
    m[r.scheme] = r.value;
    out.set(r.owner, m);
  }
  return out;
}

export const actorRefColumns = ["actors.id", "actors.name", "actors.kind", "actors.country"] as const;
export const eventRefColumns = ["events.id", "events.type", "events.title", "events.start_date", "events.end_date", "events.date_precision", "events.status"] as const;
export const sourceRefColumns = ["sources.id", "sources.kind", "sources.title", "sources.published_at"] as const;
export const claimRefColumns = ["claims.id", "claims.claimant_id", "claims.stance", "claims.statement"] as const;
export const placeRefColumns = ["places.id", "places.name", "places.country", "places.latitude", "places.longitude"] as const;

export type Page<T> = { data: T[]; page: { limit: number; next_cursor: string | null; total: number } };

/**
 * One keyset page of a query ordered by `<table>.id`, plus the filtered total.
 * `query` must already carry its filters; this adds order, limit and the cursor.
 */
export function keysetPage<T extends keyof DB, R extends { id: string }>(
  reader: Reader,
  table: T,
  query: SelectQueryBuilder<DB, T, R>,
  limit: number,
  after: string | null,
): { rows: R[]; page: Page<R>["page"] } {
  const idCol = `${String(table)}.id` as any;
  let q = query.orderBy(idCol).limit(limit + 1);
  if (after !== null) q = q.where(idCol, ">", after);
  const rows = reader.all(q);
  const more = rows.length > limit;
  if (more) rows.pop();
  const total = reader.first(
    query.clearSelect().select((eb) => eb.fn.count<number>(idCol).distinct().as("n")) as any,
  ) as { n: number };
  return { rows, page: { limit, next_cursor: more ? encodeCursor(rows[rows.length - 1].id) : null, total: total.n } };
}

export type Collection = "actors" | "places" | "events" | "sources" | "claims";

export function exists(reader: Reader, table: Collection, id: string): boolean {
  return reader.first(sql.selectFrom(table).select("id").where("id", "=", id)) !== undefined;
}
