// A record in the write format: the shape of a bundle record (what the seed
// files hold and what POST takes), read back from the store. Revisions and
// the change feed carry records in this shape, so a client can replay them.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { MODEL, type Collection } from "../domain/collections.ts";

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type Db = Tx | PrismaClient;
export { COLLECTIONS, SINGULAR, PREFIX, type Collection } from "../domain/collections.ts";

export type StoredRecord = { record: Record<string, unknown>; version: number };

/** What every collection's Prisma delegate can do, whatever its columns. */
type Delegate = {
  findMany(args: object): Promise<({ id: string; version: number } & Record<string, unknown>)[]>;
  delete(args: { where: { id: string } }): Promise<unknown>;
};

/** The name of the Prisma delegate of the model that stores a collection (`place` for places). */
export const delegateName = <C extends Collection>(collection: C) =>
  `${MODEL[collection][0].toLowerCase()}${MODEL[collection].slice(1)}` as Uncapitalize<(typeof MODEL)[C]>;

/** The Prisma delegate that reads and writes a collection's rows (`prisma.place` for places). */
export const delegateOf = (db: Db, collection: Collection): Delegate => db[delegateName(collection)] as unknown as Delegate;

/** Drops null and undefined members: the write format leaves unknown fields out. */
export function compact<T extends Record<string, unknown>>(o: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

/** A record's annotations, stored as JSON text. */
export const annotationsOf = (text: string): unknown[] => JSON.parse(text);

const externalIds = (rows: { scheme: string; value: string }[]) =>
  Object.fromEntries([...rows].sort((a, b) => a.scheme.localeCompare(b.scheme)).map((r) => [r.scheme, r.value]));

/** The record as it is stored now, or null when no record has the id. */
export async function loadRecord(db: Db, collection: Collection, id: string): Promise<StoredRecord | null> {
  return (await loadRecords(db, collection, [id])).get(id) ?? null;
}

/** How many ids one query binds at most: an `IN (...)` list of every id of a large bundle would exceed the driver's limit on bound parameters. */
const SLICE = 500;

/** `find` over the distinct `ids` a slice at a time, the results concatenated. */
export async function inSlices<T>(ids: readonly string[], find: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  const distinct = [...new Set(ids)];
  for (let from = 0; from < distinct.length; from += SLICE) out.push(...(await find(distinct.slice(from, from + SLICE))));
  return out;
}

/** The records of these ids as they are stored now, by id (absent ids are left out): one query per slice and part. */
export async function loadRecords(db: Db, collection: Collection, ids: readonly string[]): Promise<Map<string, StoredRecord>> {
  return new Map(await inSlices(ids, (slice) => loadSlice(db, collection, slice)));
}

async function loadSlice(db: Db, collection: Collection, ids: string[]): Promise<[string, StoredRecord][]> {
  const where = { id: { in: ids } };
  switch (collection) {
    case "actors":
      return (await db.actor.findMany({ where, include: { aliases: { orderBy: { id: "asc" } }, external_ids: true, affiliations: { orderBy: { id: "asc" } } } })).map((a) => [
        a.id,
        {
          version: a.version,
          record: compact({
            id: a.id, kind: a.kind, name: a.name, country: a.country, description: a.description, annotations: annotationsOf(a.annotations),
            aliases: a.aliases.map((x) => compact({ name: x.name, kind: x.kind, lang: x.lang })),
            affiliations: a.affiliations.map((f) => compact({ id: f.id, organisation_id: f.organisation_id, role: f.role, start_date: f.start_date, end_date: f.end_date, date_precision: f.date_precision })),
            external_ids: externalIds(a.external_ids),
          }),
        },
      ]);
    case "events":
      return (await db.event.findMany({ where, include: { participants: { orderBy: { id: "asc" } }, external_ids: true } })).map((e) => [
        e.id,
        {
          version: e.version,
          record: compact({
            id: e.id, type: e.type, title: e.title, summary: e.summary, start_date: e.start_date, end_date: e.end_date, date_precision: e.date_precision,
            place_id: e.place_id, status: e.status, annotations: annotationsOf(e.annotations),
            participants: e.participants.map((p) => ({ actor_id: p.actor_id, role: p.role })),
            external_ids: externalIds(e.external_ids),
          }),
        },
      ]);
    case "claims":
      return (
        await db.claim.findMany({
          where,
          include: { about_actors: { orderBy: { actor_id: "asc" } }, quantities: { orderBy: { id: "asc" } }, relations: { orderBy: { id: "asc" } } },
        })
      ).map((c) => [
        c.id,
        {
          version: c.version,
          record: compact({
            id: c.id, claimant_id: c.claimant_id, source_id: c.source_id, event_id: c.event_id, statement: c.statement, quote: c.quote,
            stance: c.stance, certainty: c.certainty, verification: c.verification, claimed_at: c.claimed_at, claimed_precision: c.claimed_precision,
            annotations: annotationsOf(c.annotations),
            about_actor_ids: c.about_actors.map((x) => x.actor_id),
            quantities: c.quantities.map((q) => compact({ id: q.id, subject: q.subject, unit: q.unit, value: q.value, low: q.low, high: q.high, comparator: q.comparator, text: q.text })),
            relations: c.relations.map((r) => ({ kind: r.kind, related_claim_id: r.related_claim_id })),
          }),
        },
      ]);
    default:
      // A collection with no parts but its external ids (places, sources): its
      // record is its row, less the server's columns.
      return (await delegateOf(db, collection).findMany({ where, include: { external_ids: true } })).map((p) => {
        const { version, created_at: _c, updated_at: _u, external_ids, annotations, ...row } = p as typeof p & { annotations: string; external_ids: { scheme: string; value: string }[] };
        return [p.id, { version, record: compact({ ...row, annotations: annotationsOf(annotations), external_ids: externalIds(external_ids) }) }];
      });
  }
}

/** Top-level fields whose values differ, with the value before and after. */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const out: Record<string, { from?: unknown; to?: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of keys) {
    const a = before?.[k];
    const b = after?.[k];
    if (JSON.stringify(a) !== JSON.stringify(b)) out[k] = { ...(a === undefined ? {} : { from: a }), ...(b === undefined ? {} : { to: b }) };
  }
  return out;
}

export type RevisionAction = "create" | "update" | "delete" | "merge";

/** Appends one revision: the record after the write (null after a delete or merge) and what changed. */
export async function writeRevision(tx: Tx, r: RevisionInput) {
  await appendRevisions(tx, [revisionRow(r)]);
}

/**
 * Takes the write turn: a lock on one row, held until the transaction ends,
 * so that writes run one at a time on either engine. Every write takes it
 * first, before it reads what it checks (a record's version against
 * If-Match, whether an id is free). On SQLite, one writer at a time is the
 * engine's own rule. On PostgreSQL, without it, two transactions under READ
 * COMMITTED could both read version 3, both pass If-Match and both write: a
 * lost update. With it, the second waits for the first to commit, and its
 * reads, each of which sees what committed before it began, find version 4.
 * The change feed relies on the same turn (see appendRevisions); taking it
 * again in the same transaction costs one small write.
 */
export async function takeWriteTurn(tx: Tx) {
  await tx.$executeRaw`INSERT INTO settings (key, value) VALUES ('feed_turn', '') ON CONFLICT (key) DO UPDATE SET value = excluded.value`;
}

/**
 * Appends revisions: the change feed. A follower reads the feed by `seq`
 * (`since=N`), so seq must grow in commit order. A sequence does not do that
 * alone where writers commit concurrently (PostgreSQL): a transaction could
 * take seq 5, another take 6 and commit first, and a follower that read 6
 * would then skip 5. So each transaction first takes the feed's turn, a lock
 * on one row held until it commits, and only then takes its seqs: the next
 * writer's seqs come after this one's commit. On SQLite, where one writer runs
 * at a time, the turn costs one small write.
 */
export async function appendRevisions(tx: Tx, rows: ReturnType<typeof revisionRow>[]) {
  if (rows.length === 0) return;
  await takeWriteTurn(tx);
  // createMany keeps the order given, so seq follows the order of writing.
  await tx.revision.createMany({ data: rows });
}

type RevisionInput = {
  collection: Collection; id: string; version: number; action: RevisionAction; author: string; at: string;
  before: Record<string, unknown> | null; after: Record<string, unknown> | null; merged_into?: string;
};

/** The row a revision occupies. */
export function revisionRow(r: RevisionInput) {
  const changes = diff(r.before, r.after);
  return {
    collection: r.collection, entity_id: r.id, version: r.version, action: r.action, author: r.author, at: r.at,
    changes: JSON.stringify(r.merged_into ? { ...changes, merged_into: { to: r.merged_into } } : changes),
    snapshot: r.after ? JSON.stringify(r.after) : null,
  };
}
