// Revisions, read back: the change feed, a record's history, a record as of a time.
import type { Reader } from "../db/query.ts";
import { limitOf, sql } from "../db/query.ts";

type Row = { seq: number; collection: string; entity_id: string; version: number; action: string; author: string; at: string; changes: string; snapshot: string | null };
const columns = ["seq", "collection", "entity_id", "version", "action", "author", "at", "changes", "snapshot"] as const;

function shape(r: Row) {
  const changes = JSON.parse(r.changes) as Record<string, { from?: unknown; to?: unknown }>;
  return {
    seq: r.seq, collection: r.collection, id: r.entity_id, version: r.version, action: r.action, author: r.author, at: r.at,
    merged_into: (changes.merged_into?.to as string | undefined) ?? null,
    changes,
    record: r.snapshot === null ? null : (JSON.parse(r.snapshot) as Record<string, unknown>),
  };
}

/** Revisions after `since` (a seq), oldest first, optionally of some collections only. */
export async function listChanges(reader: Reader, q: { since: number; limit: number; collections?: string[] }) {
  let query = sql.selectFrom("revisions").select(columns).where("seq", ">", q.since);
  if (q.collections) query = query.where("collection", "in", q.collections);
  const rows = await reader.all(query.orderBy("seq").limit(limitOf(q.limit + 1)));
  const more = rows.length > q.limit;
  if (more) rows.pop();
  const last = rows.length ? rows[rows.length - 1].seq : q.since;
  // With nothing new, the cursor is where the feed ends now: the next call starts there.
  const head = (await reader.first(sql.selectFrom("revisions").select((eb) => eb.fn.max("seq").as("n"))))?.n as number | null;
  return { data: rows.map(shape), next_since: String(more || rows.length ? last : Math.max(q.since, head ?? 0)), has_more: more };
}

/** A record's revisions after `afterSeq`, oldest first, `limit` at a time; `total` counts them all. */
export async function listRevisions(reader: Reader, collection: string, id: string, q: { limit: number; afterSeq?: number }) {
  const mine = sql.selectFrom("revisions").where("collection", "=", collection).where("entity_id", "=", id);
  const rows = await reader.all(mine.select(columns).where("seq", ">", q.afterSeq ?? 0).orderBy("seq").limit(limitOf(q.limit + 1)));
  const more = rows.length > q.limit;
  if (more) rows.pop();
  const total = Number((await reader.first(mine.select((eb) => eb.fn.countAll().as("n"))))?.n ?? 0);
  return { data: rows.map(shape), lastSeq: more ? rows[rows.length - 1].seq : null, total };
}

/** The last revision of a record written at or before `at`, or undefined. */
export async function revisionAsOf(reader: Reader, collection: string, id: string, at: string) {
  const row = await reader.first(
    sql.selectFrom("revisions").select(columns).where("collection", "=", collection).where("entity_id", "=", id).where("at", "<=", at).orderBy("seq", "desc").limit(limitOf(1)),
  );
  return row && shape(row);
}
