// The bulk writer of dataset imports: batches of prepared records written on
// the connection that holds the import's transaction. It decides created /
// updated / unchanged as applyBundle does (the same normalised rows, from
// prepareBundle), but reads what is stored a batch at a time (one query per
// table and slice of ids) and writes each table's rows as one list, which the
// engine's ImportDb (store.ts) writes a prepared statement per row (SQLite)
// or a statement per table (PostgreSQL), instead of a Prisma round trip per
// record.
import type { Sqlite } from "../db/sqlite.ts";
import type { ImportDb, WriteOp } from "./store.ts";
import { prepareBundle } from "../services/bundle.ts";
import { annotationsOf, diff, type Collection } from "../services/records.ts";
import { COLLECTIONS, MODEL, SINGULAR } from "../domain/collections.ts";
import { Prisma } from "../generated/prisma/browser.ts";

export type Prepared = ReturnType<typeof prepareBundle>;
type State = { row: Record<string, unknown> } & Record<string, unknown>;

/** How a part (aliases, participants, quantities...) is stored: its table, the owner's column, its columns, and how it is ordered. */
type Part = {
  key: string; table: string; owner: string; cols: readonly string[];
  /** `insertion`: the order written (ORDER BY id); `sorted`: compared sorted by this column, whatever the order stored. */
  order: { insertion: true } | { sorted: string };
  /** Written after every record of the batch exists: it points at records of the same collection. */
  late?: boolean;
  /** The part is a list of ids (claims' about_actor_ids), stored one per row in this column. */
  scalar?: boolean;
};
type Table = { table: string; cols: readonly string[]; parts: readonly Part[] };

/** Columns the store sets on every write, not the bundle. */
const SERVER_OWNED = new Set(["version", "created_at", "updated_at"]);
/** Columns a trigger fills from another table (an event's country, from its place): the bundle never sets them. */
const FILLED_BY_TRIGGERS: Partial<Record<Collection, readonly string[]>> = { events: ["country"] };

/** A model's columns, as Prisma generated them from the schema. */
const columnsOf = (model: string): string[] => Object.values((Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`]);

/**
 * A part stored in `model`'s table: its columns are the model's, less the
 * owner's and, unless the bundle gives the part's own `id`, the row number the
 * store makes up.
 */
const part = (key: string, table: string, model: string, owner: string, rest: Pick<Part, "order" | "late" | "scalar"> & { ownId?: boolean }): Part => ({
  key, table, owner, order: rest.order, late: rest.late, scalar: rest.scalar,
  cols: columnsOf(model).filter((c) => c !== owner && (c !== "id" || rest.ownId)),
});

/** The parts besides external ids, which every collection stored in a `<Model>ExternalId` model has. */
const PARTS: Partial<Record<Collection, readonly Part[]>> = {
  actors: [
    part("aliases", "actor_aliases", "ActorAlias", "actor_id", { order: { insertion: true } }),
    part("affiliations", "affiliations", "Affiliation", "actor_id", { order: { sorted: "id" }, late: true, ownId: true }),
  ],
  events: [part("participants", "event_participants", "EventParticipant", "event_id", { order: { insertion: true } })],
  claims: [
    part("about_actor_ids", "claim_about_actors", "ClaimAboutActor", "claim_id", { order: { sorted: "actor_id" }, scalar: true }),
    part("quantities", "quantities", "Quantity", "claim_id", { order: { sorted: "id" }, ownId: true }),
    part("relations", "claim_relations", "ClaimRelation", "claim_id", { order: { insertion: true }, late: true }),
  ],
};

/**
 * Each collection's main table (named after the collection), the columns the
 * bundle sets, and its parts: derived from the Prisma models named in
 * domain/collections.ts.
 */
export const TABLES = Object.fromEntries(COLLECTIONS.map((collection): [Collection, Table] => {
  const model = MODEL[collection];
  const external = `${model}ExternalId`;
  const parts = [...(PARTS[collection] ?? [])];
  if (external in Prisma.ModelName) parts.push(part("external_ids", `${SINGULAR[collection]}_external_ids`, external, `${SINGULAR[collection]}_id`, { order: { sorted: "scheme" } }));
  const cols = columnsOf(model).filter((c) => !SERVER_OWNED.has(c) && !FILLED_BY_TRIGGERS[collection]?.includes(c));
  return [collection, { table: collection, cols, parts }];
})) as Record<Collection, Table>;

const ORDER = COLLECTIONS;

const nullToUndefined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
const byKey = (key: string) => (a: unknown, b: unknown) => {
  const x = String(key ? (a as Record<string, unknown>)[key] : a);
  const y = String(key ? (b as Record<string, unknown>)[key] : b);
  return x < y ? -1 : x > y ? 1 : 0;
};
const externalIds = (rows: { scheme: string; value: string }[]) => Object.fromEntries([...rows].sort(byKey("scheme")).map((r) => [r.scheme, r.value]));

/**
 * A record in the write format (what the revisions and the change feed carry),
 * from its normalised state: the same shape as loadRecords (services/records.ts) reads.
 */
export function recordOf(collection: Collection, s: State): Record<string, unknown> {
  const r = s.row;
  // Annotations are stored as JSON text and carried as a list.
  const annotations = annotationsOf(r.annotations as string);
  const list = <T>(k: string) => [...((s[k] ?? []) as T[])];
  switch (collection) {
    case "actors":
      return nullToUndefined({
        id: r.id, kind: r.kind, name: r.name, country: r.country, description: r.description, annotations,
        aliases: list<Record<string, unknown>>("aliases").map((x) => nullToUndefined({ name: x.name, kind: x.kind, lang: x.lang })),
        affiliations: list<Record<string, unknown>>("affiliations").sort(byKey("id")).map((f) => nullToUndefined({ id: f.id, organisation_id: f.organisation_id, role: f.role, start_date: f.start_date, end_date: f.end_date, date_precision: f.date_precision })),
        external_ids: externalIds(list("external_ids")),
      });
    case "events":
      return nullToUndefined({
        id: r.id, type: r.type, title: r.title, summary: r.summary, start_date: r.start_date, end_date: r.end_date, date_precision: r.date_precision, place_id: r.place_id, status: r.status, annotations,
        participants: list<Record<string, unknown>>("participants").map((p) => ({ actor_id: p.actor_id, role: p.role })),
        external_ids: externalIds(list("external_ids")),
      });
    case "claims":
      return nullToUndefined({
        id: r.id, claimant_id: r.claimant_id, source_id: r.source_id, event_id: r.event_id, statement: r.statement, quote: r.quote, stance: r.stance, certainty: r.certainty,
        verification: r.verification, claimed_at: r.claimed_at, claimed_precision: r.claimed_precision, annotations,
        about_actor_ids: list<string>("about_actor_ids"),
        quantities: list<Record<string, unknown>>("quantities").sort(byKey("id")).map((q) => nullToUndefined({ id: q.id, subject: q.subject, unit: q.unit, value: q.value, low: q.low, high: q.high, comparator: q.comparator, text: q.text })),
        relations: list<Record<string, unknown>>("relations").map((x) => ({ kind: x.kind, related_claim_id: x.related_claim_id })),
      });
    default:
      // No parts but external ids (places, sources): the record is the row.
      return nullToUndefined({ ...r, annotations, external_ids: externalIds(list("external_ids")) });
  }
}

/**
 * Whether the stored state is the wanted one: every column of the row and of
 * each part, parts compared in their order (sorted first where the order
 * stored is not the order given). Absent and null are the same.
 */
function sameState(t: Table, a: State, b: State): boolean {
  const eq = (x: unknown, y: unknown) => (x ?? null) === (y ?? null);
  if (!t.cols.every((c) => eq(a.row[c], b.row[c]))) return false;
  for (const p of t.parts) {
    let xs = (a[p.key] ?? []) as unknown[];
    let ys = (b[p.key] ?? []) as unknown[];
    if (xs.length !== ys.length) return false;
    if ("sorted" in p.order) {
      xs = [...xs].sort(byKey(p.scalar ? "" : p.order.sorted));
      ys = [...ys].sort(byKey(p.scalar ? "" : p.order.sorted));
    }
    for (let i = 0; i < xs.length; i++) {
      if (p.scalar ? !eq(xs[i], ys[i]) : !p.cols.every((c) => eq((xs[i] as Record<string, unknown>)[c], (ys[i] as Record<string, unknown>)[c]))) return false;
    }
  }
  return true;
}

export type Counts = Record<Collection, { created: number; updated: number; unchanged: number }>;
export const zeroCounts = (): Counts => Object.fromEntries(ORDER.map((c) => [c, { created: 0, updated: 0, unchanged: 0 }])) as Counts;

export class BulkWriter {
  readonly counts = zeroCounts();
  /** The first ids of the existing records this import changed (an import that may not change records is refused with them). */
  readonly updated: string[] = [];

  constructor(private readonly db: ImportDb, private readonly opts: { author: string; at: string; revisions?: string }) {}

  private select(sql: string, ids: readonly string[], before: unknown[] = []) {
    return this.db.select(sql, ids, before);
  }

  /** The stored states of these records, by id, in the shape prepareBundle gives. */
  async stored(collection: Collection, ids: readonly string[]): Promise<Map<string, State & { version: number }>> {
    const t = TABLES[collection];
    const found = new Map<string, State & { version: number }>();
    if (ids.length === 0) return found;
    for (const r of await this.select(`SELECT ${t.cols.join(", ")}, version FROM ${t.table} WHERE id IN (`, ids)) {
      const { version, ...row } = r;
      found.set(row.id as string, { row, version: version as number });
    }
    if (found.size === 0) return found;
    const present = [...found.keys()];
    for (const p of t.parts) {
      for (const s of found.values()) s[p.key] = [];
      // Within one owner, the order written: SQLite's rowid; on PostgreSQL the
      // serial id of the parts kept in insertion order, and for the others the
      // order the API reads them in (services/records.ts, loadRecords).
      const order = this.db.engine === "sqlite" ? "rowid" : "insertion" in p.order ? "id" : p.order.sorted;
      const rows = await this.select(`SELECT ${p.owner} AS owner__, ${order} AS order__, ${p.cols.join(", ")} FROM ${p.table} WHERE ${p.owner} IN (`, present);
      rows.sort((a, b) => ((a.order__ as number | string) < (b.order__ as number | string) ? -1 : (a.order__ as number | string) > (b.order__ as number | string) ? 1 : 0));
      for (const { owner__, order__: _o, ...item } of rows) {
        (found.get(owner__ as string)![p.key] as unknown[]).push(p.scalar ? item[p.cols[0]] : item);
      }
    }
    return found;
  }

  /** Ids of these that are stored in `table`. */
  async existing(table: string, ids: readonly string[]): Promise<Set<string>> {
    return new Set((await this.select(`SELECT id FROM ${table} WHERE id IN (`, ids)).map((r) => r.id as string));
  }

  /** Ids of this collection that a deletion or merge has taken for ever. */
  async tombstoned(collection: Collection, ids: readonly string[]): Promise<Set<string>> {
    return new Set((await this.select(`SELECT entity_id FROM tombstones WHERE collection = ? AND entity_id IN (`, ids, [collection])).map((r) => r.entity_id as string));
  }

  /** Who holds each of these external ids now: `scheme\0value` -> owner id. */
  async externalHolders(collection: Collection, scheme: string, values: readonly string[]): Promise<Map<string, string>> {
    const part = TABLES[collection].parts.find((p) => p.key === "external_ids")!;
    return new Map((await this.select(`SELECT value, ${part.owner} AS owner FROM ${part.table} WHERE scheme = ? AND value IN (`, values, [scheme])).map((r) => [`${scheme}\u0000${r.value}`, r.owner as string]));
  }

  /**
   * Writes one batch: every record is compared with what is stored, and the
   * new and changed ones are written with a revision each. The caller has
   * checked references and conflicts; the batch's records are distinct.
   * Each table's rows go as one list (the engine writes it a row at a time or
   * in one statement): a collection's records, then, part by part, the parts
   * of the changed ones removed and everyone's written; parts that point at
   * records of their own collection after every collection of the batch.
   */
  async write(batch: Prepared) {
    const ops: WriteOp[] = [];
    const lateOps: WriteOp[] = [];
    const revisions: unknown[][] = [];
    const now = this.opts.at;
    for (const collection of ORDER) {
      const t = TABLES[collection];
      const states = batch[collection] as unknown as State[];
      if (states.length === 0) continue;
      const stored = await this.stored(collection, states.map((s) => s.row.id as string));
      const inserts: unknown[][] = [];
      const updates: unknown[][] = [];
      const changed: string[] = [];
      const parts = t.parts.map((p) => ({ p, cols: p.cols.includes(p.owner) ? p.cols : [p.owner, ...p.cols], rows: [] as unknown[][] }));
      for (const s of states) {
        const id = s.row.id as string;
        const before = stored.get(id);
        if (before && sameState(t, before, s)) {
          this.counts[collection].unchanged++;
          continue;
        }
        const values = t.cols.map((c) => s.row[c] ?? null);
        if (before) {
          updates.push([...values, now]);
          changed.push(id);
        } else inserts.push([...values, 1, now, now]);
        this.counts[collection][before ? "updated" : "created"]++;
        if (before && this.updated.length < 5) this.updated.push(id);
        for (const { p, cols, rows } of parts) {
          for (const item of (s[p.key] ?? []) as Record<string, unknown>[]) rows.push(cols.map((c) => (c === p.owner && !p.cols.includes(c) ? id : p.scalar ? item : (item[c] ?? null))));
        }
        const version = before ? before.version + 1 : 1;
        const after = recordOf(collection, s);
        const previous = before ? recordOf(collection, before) : null;
        revisions.push([collection, id, version, before ? "update" : "create", this.opts.author, now, JSON.stringify(diff(previous, after)), JSON.stringify(after)]);
      }
      if (inserts.length) ops.push({ kind: "insert", table: t.table, cols: [...t.cols, "version", "created_at", "updated_at"], rows: inserts });
      if (updates.length) ops.push({ kind: "update", table: t.table, cols: [...t.cols, "updated_at"], rows: updates, set: "version = version + 1" });
      for (const { p, cols, rows } of parts) {
        if (changed.length) ops.push({ kind: "delete", table: p.table, key: p.owner, ids: changed });
        if (rows.length) (p.late ? lateOps : ops).push({ kind: "insert", table: p.table, cols, rows });
      }
    }
    // Revisions in the order of the records: seq follows the order of writing.
    const revisionCols = ["collection", "entity_id", "version", "action", "author", "at", "changes", "snapshot"];
    if (revisions.length) lateOps.push({ kind: "insert", table: this.opts.revisions ?? "revisions", cols: revisionCols, rows: revisions, long: true });
    await this.db.write([...ops, ...lateOps]);
  }
}

/**
 * Row triggers whose work an import does once, in bulk, for the rows it
 * inserted: filling the full-text indexes a row at a time cost about a fifth
 * of an import's CPU, the same rows in one INSERT ... SELECT almost nothing.
 * A trigger is set aside only when its SQL is exactly the one below, so a
 * migration that changes it leaves it firing (slower, never wrong); it is
 * dropped and created again inside the import's transaction, so a failed or
 * cut-off import leaves it as it was.
 */
const DEFERRED = [
  {
    name: "events_fts_insert", table: "events",
    sql: `CREATE TRIGGER "events_fts_insert" AFTER INSERT ON "events" BEGIN INSERT INTO "events_fts" (rowid, title, summary) VALUES (NEW.rowid, NEW.title, NEW.summary); END`,
    fill: `INSERT INTO "events_fts" (rowid, title, summary) SELECT rowid, title, summary FROM "events" WHERE rowid > ?`,
  },
  {
    name: "events_country_insert", table: "events",
    sql: `CREATE TRIGGER "events_country_insert" AFTER INSERT ON "events" WHEN NEW."place_id" IS NOT NULL BEGIN UPDATE "events" SET "country" = (SELECT "country" FROM "places" WHERE "id" = NEW."place_id") WHERE rowid = NEW.rowid; END`,
    fill: `UPDATE "events" SET "country" = (SELECT "country" FROM "places" WHERE "id" = "events"."place_id") WHERE rowid > ? AND "place_id" IS NOT NULL`,
  },
  {
    name: "claims_fts_insert", table: "claims",
    sql: `CREATE TRIGGER "claims_fts_insert" AFTER INSERT ON "claims" BEGIN INSERT INTO "claims_fts" (rowid, statement, quote) VALUES (NEW.rowid, NEW.statement, NEW.quote); END`,
    fill: `INSERT INTO "claims_fts" (rowid, statement, quote) SELECT rowid, statement, quote FROM "claims" WHERE rowid > ?`,
  },
  {
    name: "sources_fts_insert", table: "sources",
    sql: `CREATE TRIGGER "sources_fts_insert" AFTER INSERT ON "sources" BEGIN INSERT INTO "sources_fts" (rowid, title) VALUES (NEW.rowid, NEW.title); END`,
    fill: `INSERT INTO "sources_fts" (rowid, title) SELECT rowid, title FROM "sources" WHERE rowid > ?`,
  },
] as const;

const oneLine = (sql: string) => sql.replace(/\s+/g, " ").trim();

/**
 * Sets the deferrable triggers aside inside the current transaction; the
 * function it returns does their work for every row inserted since, and puts
 * them back. New rows are those above the table's largest rowid now: SQLite
 * gives a new row the largest rowid plus one.
 */
export function deferTriggers(db: Sqlite): () => void {
  const deferred: { sql: string; fill: string; after: number }[] = [];
  for (const d of DEFERRED) {
    const stored = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?").pluck().get(d.name) as string | undefined;
    if (!stored || oneLine(stored) !== d.sql) continue;
    const after = (db.prepare(`SELECT coalesce(max(rowid), 0) FROM "${d.table}"`).pluck().get() as number);
    db.exec(`DROP TRIGGER "${d.name}"`);
    deferred.push({ sql: stored, fill: d.fill, after });
  }
  return () => {
    for (const d of deferred) {
      db.prepare(d.fill).run(d.after);
      db.exec(d.sql);
    }
  };
}
