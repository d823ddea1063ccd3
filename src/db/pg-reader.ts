// The read path on PostgreSQL: queries compiled with Kysely's PostgreSQL
// compiler and run on a pg pool. A request's reads (Reader.snapshot) share one
// client in one read-only REPEATABLE READ transaction, so a page and its total
// come from one snapshot, as on SQLite; reads outside a snapshot run each on
// the pool.
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import { PostgresQueryCompiler, type RawNode } from "kysely";
import { dialectOf, FixedQuery, MAX_CACHED, variantOf, type CompiledSql, type Query, type Reader } from "./query.ts";

/** Kysely's PostgreSQL compiler, which compiles the PostgreSQL variant of a per-engine fragment (see perEngine). */
class PostgresCompiler extends PostgresQueryCompiler {
  protected override visitRaw(node: RawNode): void {
    const variant = variantOf(node, "postgres");
    if (variant === node) super.visitRaw(node);
    else this.visitNode(variant);
  }
}

export const postgresDialect = dialectOf("postgres", new PostgresCompiler());

/**
 * Values as the SQLite read path gives them, so that repositories and
 * serializers see one shape on either engine: counts and sums (bigint,
 * numeric) as numbers rather than strings, booleans as 1 and 0. Counts of
 * rows stay far below 2^53.
 */
const TYPES = {
  getTypeParser(oid: number, format?: string) {
    if (oid === 20 || oid === 1700) return (v: string) => Number(v); // int8, numeric
    if (oid === 16) return (v: string) => (v === "t" ? 1 : 0); // bool
    return pg.types.getTypeParser(oid, format as "text");
  },
};

/** Opens the pool the read path uses; `readOnly` makes every session read-only (READ_ONLY=true). */
export function openPgPool(url: string, opts: { max?: number; readOnly?: boolean } = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, types: TYPES, options: opts.readOnly ? "-c default_transaction_read_only=on" : undefined });
  // An idle client whose connection drops (a server restart) must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  return pool;
}

/**
 * What a snapshot holds: its client and transaction, opened on its first read
 * (a request that reads nothing costs nothing), and the data's version once read.
 */
type Snapshot = { client?: Promise<pg.PoolClient>; version?: Promise<string>; failed?: unknown };

const BEGIN_SNAPSHOT = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

/**
 * The data's version: `pg_current_snapshot()` names every transaction that
 * is running and the next one to be given a number. Only a transaction that
 * writes is given one, so any write, by this instance or another (or psql, or
 * a COPY), changes it, from when it starts writing to when it commits, while
 * reads leave it alone. A remembered answer is kept while it is unchanged; a
 * write in another database of the same server also changes it, which only
 * costs a recount.
 */
const VERSION = "SELECT pg_current_snapshot()::text AS v";

export class PgReader implements Reader {
  readonly engine = "postgres" as const;
  private readonly snapshots = new AsyncLocalStorage<Snapshot>();
  private memo = new Map<string, unknown>();
  private memoVersion: string | undefined;

  get queryCount() {
    return this.counter.n;
  }

  /**
   * `pool` serves the reads; `own`, when given, is a client this Reader alone
   * uses, inside a transaction it opened (see detached).
   */
  constructor(
    readonly pool: pg.Pool,
    private readonly counter = { n: 0 },
    private readonly own?: pg.PoolClient,
  ) {}

  /** The client a statement runs on: the Reader's own, the snapshot's (opened on first use), or none (the pool). */
  private clientFor(): Promise<pg.PoolClient> | undefined {
    if (this.own) return Promise.resolve(this.own);
    const snap = this.snapshots.getStore();
    if (!snap) return undefined;
    snap.client ??= this.pool.connect().then(async (client) => {
      try {
        await client.query(BEGIN_SNAPSHOT);
        return client;
      } catch (err) {
        client.release(err as Error);
        throw err;
      }
    });
    return snap.client;
  }

  private async rows(c: CompiledSql): Promise<Record<string, unknown>[]> {
    this.counter.n++;
    // A named statement is parsed and planned once per connection rather than on every run.
    const config = { name: `r${hash(c.sql)}_${c.sql.length}`, text: c.sql, values: c.parameters.map(storable) };
    const client = this.clientFor();
    const result = client ? await (await client).query(config) : await this.pool.query(config);
    return result.rows;
  }

  async all<R>(query: Query<R>): Promise<R[]> {
    return (await this.rows(postgresDialect.compile(query.toOperationNode()))) as R[];
  }

  async first<R>(query: Query<R>): Promise<R | undefined> {
    return (await this.rows(postgresDialect.compile(query.toOperationNode())))[0] as R | undefined;
  }

  async allOf<R>(query: FixedQuery<R>, ...args: unknown[]): Promise<R[]> {
    return (await this.rows(query.bind(postgresDialect, args))) as R[];
  }

  async firstOf<R>(query: FixedQuery<R>, ...args: unknown[]): Promise<R | undefined> {
    return (await this.rows(query.bind(postgresDialect, args)))[0] as R | undefined;
  }

  async memoizedAll<R>(query: Query<R>): Promise<R[]> {
    return (await this.memoized(postgresDialect.compile(query.toOperationNode()), "all")) as R[];
  }

  async memoizedFirst<R>(query: Query<R> | FixedQuery<R>, ...args: unknown[]): Promise<R | undefined> {
    const c = query instanceof FixedQuery ? query.bind(postgresDialect, args) : postgresDialect.compile(query.toOperationNode());
    return (await this.memoized(c, "first")) as R | undefined;
  }

  /** The data's version (see VERSION), read once per snapshot, in the snapshot. */
  private async version(): Promise<string> {
    const snap = this.own ? undefined : this.snapshots.getStore();
    if (snap?.version) return snap.version;
    const read = (async () => {
      const client = this.clientFor();
      const result = client ? await (await client).query(VERSION) : await this.pool.query(VERSION);
      return result.rows[0].v as string;
    })();
    if (snap) snap.version = read;
    return read;
  }

  private async memoized(c: CompiledSql, mode: "first" | "all"): Promise<unknown> {
    const version = await this.version();
    if (version !== this.memoVersion) {
      this.memo.clear();
      this.memoVersion = version;
    }
    const key = `${mode}\u0000${c.sql}\u0000${JSON.stringify(c.parameters)}`;
    let result: unknown;
    if (this.memo.has(key)) {
      this.counter.n++; // asked for, answered from memory
      result = this.memo.get(key);
    } else {
      const rows = await this.rows(c);
      result = mode === "first" ? rows[0] : rows;
      // Kept only if no write began or ended meanwhile (another request may have moved memoVersion on).
      if (this.memoVersion === version) {
        if (this.memo.size >= MAX_CACHED) this.memo.clear();
        this.memo.set(key, result);
      }
    }
    // Copies, so that a caller that changes its rows cannot change what the next one gets.
    if (Array.isArray(result)) return result.map((row) => ({ ...row }));
    return result === undefined ? undefined : { ...(result as object) };
  }

  /**
   * Runs `fn` with its reads on one client, in one read-only REPEATABLE READ
   * transaction: one snapshot for the whole answer. Unlike SQLite's, it may
   * stay open across turns of the event loop: it is this request's own
   * client, and it ends when `fn` settles. Nested calls join it.
   */
  async snapshot<T>(fn: () => T | Promise<T>): Promise<T> {
    if (this.own || this.snapshots.getStore()) return fn();
    const snap: Snapshot = {};
    try {
      return await this.snapshots.run(snap, fn);
    } finally {
      await this.endSnapshot(snap);
    }
  }

  private async endSnapshot(snap: Snapshot): Promise<void> {
    if (!snap.client) return;
    let client: pg.PoolClient;
    try {
      client = await snap.client;
    } catch {
      return; // it never opened: the read that needed it has failed already
    }
    try {
      await client.query("COMMIT");
      client.release();
    } catch (err) {
      client.release(err as Error); // a broken connection is dropped from the pool
    }
  }

  /**
   * A Reader on a client of its own, in a read-only transaction of its own,
   * for a streamed export: one snapshot for all of its rows, read with a
   * cursor in batches.
   */
  async detached(): Promise<Reader> {
    const client = await this.pool.connect();
    try {
      await client.query(BEGIN_SNAPSHOT);
    } catch (err) {
      client.release(err as Error);
      throw err;
    }
    return new PgReader(this.pool, this.counter, client);
  }

  async *iterate<R>(query: Query<R>, size: number): AsyncIterable<R[]> {
    const c = postgresDialect.compile(query.toOperationNode());
    this.counter.n++;
    // A cursor needs a transaction, which a detached Reader has; on the pool, one is opened here.
    const own = this.own;
    const client = own ?? (await this.pool.connect());
    const cursor = `export_${hash(c.sql)}_${++cursors}`;
    try {
      if (!own) await client.query(BEGIN_SNAPSHOT);
      await client.query({ text: `DECLARE ${cursor} NO SCROLL CURSOR FOR ${c.sql}`, values: c.parameters.map(storable) });
      for (;;) {
        const { rows } = await client.query(`FETCH ${Math.max(1, Math.floor(size))} FROM ${cursor}`);
        if (rows.length) yield rows as R[];
        if (rows.length < size) break;
      }
      await client.query(`CLOSE ${cursor}`);
      if (!own) await client.query("COMMIT");
    } finally {
      if (!own) (client as pg.PoolClient).release();
    }
  }

  async close(): Promise<void> {
    if (this.own) {
      try {
        await this.own.query("COMMIT");
        this.own.release();
      } catch (err) {
        this.own.release(err as Error);
      }
      return;
    }
    await this.pool.end();
  }
}

let cursors = 0;

/**
 * A bound value PostgreSQL accepts. Its text cannot hold U+0000 (SQLite's
 * can), and a query that binds one fails. Writes refuse control characters
 * (src/domain/text.ts), so no stored text holds one: U+FFFD in its place
 * matches nothing, as the value would on SQLite (an id with a NUL is a 404).
 */
function storable(value: unknown): unknown {
  return typeof value === "string" && value.includes("\u0000") ? value.replaceAll("\u0000", "\uFFFD") : value;
}

/** A short, stable name part for a statement's text (FNV-1a). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}
