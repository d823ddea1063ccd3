// runImport: one dataset file read as a stream, each row mapped and validated
// as it is read, and written a batch of rows at a time, all inside one
// transaction on the connection it is given. Memory holds one batch, the
// report, and the ids the file has named so far (to refuse a repeated event
// and to let the first row that names a shared actor, place or source win),
// whatever the file's size. A dry run does the same work and rolls back.
import { Transform, type Readable } from "node:stream";
import Database from "better-sqlite3";
import { openSqlite, type Sqlite } from "../db/sqlite.ts";
import { nowIso } from "../domain/dates.ts";
import { BundleInvalid, prepareBundle, UpdateNotAllowed } from "../services/bundle.ts";
import type { Collection } from "../services/records.ts";
import type { Bundle } from "../schemas/bundle.ts";
import { FORMATS, validateRow, type ImportFormat, type ImportReport, type RowProblem } from "../formats/import.ts";
import { BulkWriter, deferTriggers, type Prepared } from "./write.ts";
import { PgImportDb, SqliteImportDb, type ImportDb } from "./store.ts";
import { COLLECTIONS } from "../domain/collections.ts";

/**
 * The connection an import writes through: the pages its transaction writes
 * stay in a 64 MiB cache instead of being spilled and read back (SQLite's
 * default cache is 2 MiB).
 */
export function openImportConnection(url: string, synchronous: string): Sqlite {
  const db = openSqlite(url, { synchronous });
  db.pragma("cache_size = -65536");
  return db;
}

export type ImportProgress = { rows: number; bytes: number };
export type RunOptions = {
  dryRun?: boolean;
  /** Who the revisions name; "import" by default. */
  author?: string;
  /** Rows written together: one read of the stored records per table and batch. */
  batchRows?: number;
  missingLimit?: number;
  onProgress?: (p: ImportProgress) => void;
  /** false (a key without the admin scope): an import that would change existing records is refused, with nothing written (a dry run is not). */
  mayUpdate?: boolean;
  /** Runs inside the transaction just before it ends, so that what it writes (a job's final state) commits with the records, or not at all. */
  beforeEnd?: (report: ImportReport) => void | Promise<void>;
};

const ORDER = COLLECTIONS;
/** Records that rows share (the dataset's actor, an outlet, a place): the first row that names one sets it. */
const SHARED: readonly Collection[] = ["actors", "places", "sources"];

type Row = { line: number; external_id: string; prepared: Prepared };

/** The references a prepared record makes to other records, with the table each must be in. */
function* referencesOf(p: Prepared): Generator<{ id: string; target: string; table: string; field: string }> {
  for (const a of p.actors) for (const f of a.affiliations) yield { id: a.row.id, target: f.organisation_id, table: "actors", field: "affiliations.organisation_id" };
  for (const s of p.sources) {
    if (s.row.publisher_id) yield { id: s.row.id, target: s.row.publisher_id, table: "actors", field: "publisher_id" };
    if (s.row.parent_id) yield { id: s.row.id, target: s.row.parent_id, table: "sources", field: "parent_id" };
  }
  for (const e of p.events) {
    if (e.row.place_id) yield { id: e.row.id, target: e.row.place_id, table: "places", field: "place_id" };
    for (const x of e.participants) yield { id: e.row.id, target: x.actor_id, table: "actors", field: "participants.actor_id" };
  }
  for (const c of p.claims) {
    yield { id: c.row.id, target: c.row.claimant_id, table: "actors", field: "claimant_id" };
    yield { id: c.row.id, target: c.row.source_id, table: "sources", field: "source_id" };
    if (c.row.event_id) yield { id: c.row.id, target: c.row.event_id, table: "events", field: "event_id" };
    for (const a of c.about_actor_ids) yield { id: c.row.id, target: a, table: "actors", field: "about_actor_ids" };
    for (const r of c.relations) yield { id: c.row.id, target: r.related_claim_id, table: "claims", field: "relations.related_claim_id" };
  }
}

/**
 * What the file has named so far: each event id of the dataset (with its line,
 * and whether its row was accepted) and each shared record already written.
 * A whole dataset names millions of ids, so they live in temporary tables of
 * an SQLite connection (on disk behind SQLite's small temp cache), not in
 * memory. On SQLite that is the import's connection: they are created inside
 * the import's transaction and dropped with it. On PostgreSQL it is a private
 * temporary SQLite database of the import's own: the questions are asked once
 * or twice per row, synchronously, and a round trip to the server for each
 * would cost more than the writing.
 */
class Named {
  private readonly seenLine;
  private readonly see;
  private readonly takenKey;
  private readonly takeKey;

  constructor(private readonly db: Sqlite) {
    db.exec(`CREATE TEMP TABLE import_seen (external_id TEXT PRIMARY KEY, line INTEGER NOT NULL, accepted INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TEMP TABLE import_taken (key TEXT PRIMARY KEY) WITHOUT ROWID;`);
    this.seenLine = db.prepare("SELECT line FROM temp.import_seen WHERE external_id = ? AND accepted = 1").pluck();
    this.see = db.prepare(`INSERT INTO temp.import_seen (external_id, line, accepted) VALUES (?, ?, ?)
      ON CONFLICT (external_id) DO UPDATE SET line = excluded.line, accepted = 1 WHERE accepted = 0 AND excluded.accepted = 1`);
    this.takenKey = db.prepare("SELECT 1 FROM temp.import_taken WHERE key = ?").pluck();
    this.takeKey = db.prepare("INSERT INTO temp.import_taken (key) VALUES (?)");
  }

  /** The line of an accepted row that had this event id, if any. */
  acceptedLine = (externalId: string) => this.seenLine.get(externalId) as number | undefined;
  /** Notes an event id of the file: accepted (its row goes on) or not (its row was rejected, but the id is in the file). */
  saw = (externalId: string, line: number, accepted: boolean) => void this.see.run(externalId, line, accepted ? 1 : 0);
  taken = (key: string) => this.takenKey.get(key) !== undefined;
  take = (key: string) => void this.takeKey.run(key);

  /** Event ids of this scheme in the store that the file does not name: how many, and the first `limit`. */
  async missing(store: ImportDb, scheme: string, limit: number): Promise<{ count: number; external_ids: string[] }> {
    if (store.engine === "sqlite") {
      const absent = "FROM event_external_ids WHERE scheme = ? AND value NOT IN (SELECT external_id FROM temp.import_seen)";
      return {
        count: this.db.prepare(`SELECT count(*) ${absent}`).pluck().get(scheme) as number,
        external_ids: this.db.prepare(`SELECT value ${absent} ORDER BY value LIMIT ?`).pluck().all(scheme, limit) as string[],
      };
    }
    // On PostgreSQL the file's ids go to a temporary table of the import's transaction, a slice at a time, to be compared there.
    await store.query("CREATE TEMP TABLE import_seen (external_id text COLLATE \"C\" PRIMARY KEY) ON COMMIT DROP");
    let slice: string[] = [];
    const send = async () => {
      if (slice.length) await store.query("INSERT INTO import_seen SELECT unnest(?::text[])", [slice]);
      slice = [];
    };
    for (const id of this.db.prepare("SELECT external_id FROM temp.import_seen").pluck().iterate() as IterableIterator<string>) {
      slice.push(id);
      if (slice.length >= 10_000) await send();
    }
    await send();
    const absent = "FROM event_external_ids e WHERE scheme = ? AND NOT EXISTS (SELECT 1 FROM import_seen s WHERE s.external_id = e.value)";
    const [{ n }] = await store.query(`SELECT count(*)::int AS n ${absent}`, [scheme]);
    const ids = await store.query(`SELECT value ${absent} ORDER BY value LIMIT ?`, [scheme, limit]);
    return { count: n as number, external_ids: ids.map((r) => r.value as string) };
  }

  drop() {
    this.db.exec("DROP TABLE temp.import_seen; DROP TABLE temp.import_taken;");
  }
}

const idsOf = (p: Prepared, c: Collection) => (p[c] as { row: { id: string } }[]).map((s) => s.row.id);

/** On PostgreSQL, an import's revisions wait here until the end (see runImport). */
const STAGED_REVISIONS = "import_revisions";

export async function runImport(db: Sqlite | ImportDb, format: ImportFormat, input: Readable, opts: RunOptions = {}): Promise<ImportReport> {
  const store: ImportDb = db instanceof SqliteImportDb || db instanceof PgImportDb ? db : new SqliteImportDb(db as Sqlite);
  const spec = FORMATS[format];
  const batchRows = opts.batchRows ?? 500;
  const pg = store.engine === "postgresql";
  const writer = new BulkWriter(store, { author: opts.author ?? "import", at: nowIso(), revisions: pg ? STAGED_REVISIONS : undefined });
  const rejected: RowProblem[] = [];
  const skipped: RowProblem[] = [];
  let named!: Named;
  let rows = 0;
  let imported = 0;
  let bytes = 0;
  let batch: Row[] = [];
  const progress = () => opts.onProgress?.({ rows, bytes });

  const refuse = (row: { line: number; external_id?: string }, reason: string) => {
    rejected.push({ line: row.line, external_id: row.external_id, reason });
    if (row.external_id) named.saw(row.external_id, row.line, false);
  };

  /** Checks a batch against the store and itself, drops the rows that fail, and writes the rest. */
  const flush = async () => {
    const bad = new Map<Row, string>();
    const fail = (row: Row, reason: string) => {
      if (!bad.has(row)) bad.set(row, reason);
    };
    // Ids are never reused: a deleted or merged record's id stays taken.
    for (const c of ORDER) {
      const gone = await writer.tombstoned(c, batch.flatMap((r) => idsOf(r.prepared, c)));
      if (gone.size) for (const r of batch) for (const id of idsOf(r.prepared, c)) if (gone.has(id)) fail(r, `${id}.id: the id ${id} belonged to a record that was deleted or merged; ids are never reused`);
    }
    // An external id names one record: not another one in the store, nor another in this batch.
    for (const c of ["actors", "places", "sources", "events"] as const) {
      const bySchemes = new Map<string, string[]>();
      for (const r of batch) for (const s of r.prepared[c]) for (const x of s.external_ids) bySchemes.set(x.scheme, [...(bySchemes.get(x.scheme) ?? []), x.value]);
      const holders = new Map<string, string>();
      for (const [scheme, values] of bySchemes) for (const [k, v] of await writer.externalHolders(c, scheme, values)) holders.set(k, v);
      const claimed = new Map<string, string>();
      for (const r of batch) {
        for (const s of r.prepared[c]) {
          for (const x of s.external_ids) {
            const key = `${x.scheme}\u0000${x.value}`;
            const holder = holders.get(key) ?? claimed.get(key);
            if (holder && holder !== s.row.id) fail(r, `${s.row.id}.external_ids.${x.scheme}: ${x.scheme} ${x.value} is already the external id of ${holder}`);
            else claimed.set(key, s.row.id);
          }
        }
      }
    }
    // Every reference names a record of its own row, of an earlier row, or of the store.
    const outside: { row: Row; ref: ReturnType<typeof referencesOf> extends Generator<infer R> ? R : never }[] = [];
    const inBatch = new Set<string>();
    for (const r of batch) for (const c of ORDER) for (const id of idsOf(r.prepared, c)) inBatch.add(`${c}/${id}`);
    for (const r of batch) {
      const own = new Set(ORDER.flatMap((c) => idsOf(r.prepared, c).map((id) => `${c}/${id}`)));
      for (const ref of referencesOf(r.prepared)) {
        const key = `${ref.table}/${ref.target}`;
        if (!own.has(key) && !inBatch.has(key) && !named.taken(key)) outside.push({ row: r, ref });
      }
    }
    for (const table of ORDER) {
      const wanted = outside.filter((o) => o.ref.table === table);
      if (!wanted.length) continue;
      const stored = await writer.existing(table, wanted.map((o) => o.ref.target));
      for (const { row, ref } of wanted) if (!stored.has(ref.target)) fail(row, `${ref.id}.${ref.field}: no ${table.slice(0, -1)} has the id "${ref.target}", in this file or in the store`);
    }
    // The batch as one bundle: each shared record from the first row that names it.
    const merged = Object.fromEntries(ORDER.map((c) => [c, []])) as unknown as Record<Collection, unknown[]>;
    for (const r of batch) {
      const reason = bad.get(r);
      if (reason) {
        refuse(r, reason);
        continue;
      }
      imported++;
      for (const c of ORDER) {
        for (const s of r.prepared[c] as { row: { id: string } }[]) {
          const key = `${c}/${s.row.id}`;
          if (SHARED.includes(c)) {
            if (named.taken(key)) continue;
            named.take(key);
          }
          merged[c].push(s);
        }
      }
    }
    await writer.write(merged as unknown as Prepared);
    batch = [];
    progress();
  };

  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  input.on("error", (err) => counter.destroy(err));
  input.pipe(counter);

  // On PostgreSQL, the ids the file names are kept in a temporary SQLite database of the import's own (see Named).
  const local = store instanceof SqliteImportDb ? store.db : pg ? new Database("") : null;
  await store.begin();
  try {
    const restoreTriggers = store instanceof SqliteImportDb ? deferTriggers(store.db) : () => {};
    // PostgreSQL's triggers are written for any number of rows (statement-level counts, a BEFORE INSERT country) and stay.
    // Its revisions are staged, and take their seqs at the end (see below).
    if (pg) await store.query(`CREATE TEMP TABLE ${STAGED_REVISIONS} (n serial PRIMARY KEY, collection text, entity_id text, version integer, action text, author text, at text, changes text, snapshot text) ON COMMIT DROP`);
    named = new Named(local!);
    for await (const row of spec.stream(counter)) {
      rows++;
      if ("error" in row) refuse(row, row.error);
      else if ("skip" in row) skipped.push({ line: row.line, external_id: row.external_id, reason: row.skip });
      else if (named.acceptedLine(row.external_id) !== undefined) rejected.push({ line: row.line, external_id: row.external_id, reason: `repeats the event id of line ${named.acceptedLine(row.external_id)}` });
      else {
        const checked = validateRow(row.records);
        if ("problem" in checked) refuse(row, checked.problem);
        else {
          // Shared records an earlier batch wrote are left out: the first row that named them set them.
          const own = Object.fromEntries(ORDER.map((c) => [c, (checked.bundle[c] as { id: string }[]).filter((r) => !(SHARED.includes(c) && named.taken(`${c}/${r.id}`)))])) as Bundle;
          try {
            named.saw(row.external_id, row.line, true);
            batch.push({ line: row.line, external_id: row.external_id, prepared: prepareBundle(own) });
          } catch (err) {
            if (!(err instanceof BundleInvalid)) throw err;
            const e = err.errors[0];
            refuse(row, `${e.id ?? ""}${e.pointer.split("/").slice(3).length ? `.${e.pointer.split("/").slice(3).join(".")}` : ""}: ${e.message}`);
          }
        }
      }
      if (batch.length >= batchRows) await flush();
      else if (rows % 1000 === 0) progress();
    }
    if (batch.length) await flush();
    restoreTriggers();
    progress();
    const changed = Object.values(writer.counts).reduce((n, c) => n + c.updated, 0);
    if (opts.mayUpdate === false && !opts.dryRun && changed > 0) throw new UpdateNotAllowed([...writer.updated, ...Array(Math.max(0, changed - writer.updated.length)).fill("...")].slice(0, changed));

    rejected.sort((a, b) => a.line - b.line);
    const report: ImportReport = {
      format, dry_run: opts.dryRun ?? false, rows, imported, rejected, skipped, counts: writer.counts,
      missing: { scheme: spec.scheme, ...(await named.missing(store, spec.scheme, opts.missingLimit ?? 100)) },
    };
    named.drop();
    if (pg && !opts.dryRun) {
      // The change feed: the revisions take their seqs only now, after the
      // feed's turn (services/records.ts, appendRevisions), which other
      // writers take too and which is held until this transaction commits, so
      // seq follows commit order and a follower misses none. Taken at the end,
      // not with the first batch, it holds other instances' writers back for
      // the commit only, not for the whole file.
      await store.query("INSERT INTO settings (key, value) VALUES ('feed_turn', '') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
      await store.query(`INSERT INTO revisions (collection, entity_id, version, action, author, at, changes, snapshot) SELECT collection, entity_id, version, action, author, at, changes, snapshot FROM ${STAGED_REVISIONS} ORDER BY n`);
    }
    await opts.beforeEnd?.(report);
    if (opts.dryRun) await store.rollback();
    else await store.commit();
    return report;
  } catch (err) {
    await store.rollback();
    throw err;
  } finally {
    if (local && local !== (store as SqliteImportDb).db) local.close();
    input.unpipe(counter);
    counter.destroy();
  }
}
