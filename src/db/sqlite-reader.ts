// The read path on SQLite: queries compiled with Kysely's SQLite compiler and
// run through a cache of prepared better-sqlite3 statements. better-sqlite3 is
// synchronous, so each method does its work at once and returns a settled
// promise: a read costs one prepared-statement call, not an ORM round trip.
import { SqliteQueryCompiler, type RawNode } from "kysely";
import type Database from "better-sqlite3";
import { dialectOf, FixedQuery, MAX_CACHED, variantOf, type CompiledSql, type Query, type Reader } from "./query.ts";
import { openSqlite, type Sqlite } from "./sqlite.ts";

/** Kysely's SQLite compiler, which compiles the SQLite variant of a per-engine fragment (see perEngine). */
class SqliteCompiler extends SqliteQueryCompiler {
  protected override visitRaw(node: RawNode): void {
    const variant = variantOf(node, "sqlite");
    if (variant === node) super.visitRaw(node);
    else this.visitNode(variant);
  }
}

export const sqliteDialect = dialectOf("sqlite", new SqliteCompiler());

type RowStatement = { stmt: Database.Statement; row: (values: unknown[]) => Record<string, unknown> };

/**
 * A function that makes a row object from a raw row (an array of column
 * values), compiled once per statement: `(v) => ({ "id": v[0], ... })`.
 * better-sqlite3 builds each row object property by property through V8's C++
 * API, which for a page of 50 events of 15 columns costs more than SQLite's
 * own work (225 µs a page as objects, 155 µs as arrays, on the 100k bench
 * data), and its objects take V8's slow paths later (a spread of one is ~3 µs).
 * An object literal is built at once, with one shape per statement. As with
 * better-sqlite3, a column name given twice keeps its last value.
 */
export function rowMaker(columns: readonly string[]): (values: unknown[]) => Record<string, unknown> {
  const last = new Map<string, number>();
  columns.forEach((name, i) => last.set(name, i));
  // Names are quoted by JSON.stringify (a valid JS string literal), so no column name can inject code;
  // `__proto__` is written as a computed key, which makes an own property instead of setting the prototype.
  const props = [...last].map(([name, i]) => `${name === "__proto__" ? `[${JSON.stringify(name)}]` : JSON.stringify(name)}: v[${i}]`);
  return new Function("v", `return { ${props.join(", ")} };`) as (values: unknown[]) => Record<string, unknown>;
}

/** A read transaction opened by snapshot(), and how many snapshot() calls share it. */
type OpenSnapshot = { users: number };

export class SqliteReader implements Reader {
  readonly engine = "sqlite" as const;
  private statements = new Map<string, RowStatement>();
  get queryCount() {
    return this.counter.n;
  }

  /** Results of aggregate queries (totals, statistics), valid while the data is unchanged. */
  private memo = new Map<string, unknown>();
  private memoVersion: unknown = undefined;
  private dataVersion?: Database.Statement;
  /** `BEGIN` and `COMMIT`, for snapshot(). */
  private begin?: Database.Statement;
  private commit?: Database.Statement;
  private open?: OpenSnapshot;

  constructor(readonly db: Sqlite, private readonly counter = { n: 0 }) {}

  /**
   * Every write goes through another connection (Prisma's), and SQLite's
   * `PRAGMA data_version` on this connection changes whenever another
   * connection commits, so a remembered answer is dropped as soon as the data
   * changes.
   */
  async memoizedAll<R>(query: Query<R>): Promise<R[]> {
    return this.memoized(sqliteDialect.compile(query.toOperationNode()), "all") as R[];
  }

  async memoizedFirst<R>(query: Query<R> | FixedQuery<R>, ...args: unknown[]): Promise<R | undefined> {
    const c = query instanceof FixedQuery ? query.bind(sqliteDialect, args) : sqliteDialect.compile(query.toOperationNode());
    return this.memoized(c, "first") as R | undefined;
  }

  private memoized(c: CompiledSql, mode: "first" | "all"): unknown {
    const version = (this.dataVersion ??= this.db.prepare("PRAGMA data_version").pluck()).get();
    if (version !== this.memoVersion) {
      this.memo.clear();
      this.memoVersion = version;
    }
    const key = `${mode}\u0000${c.sql}\u0000${JSON.stringify(c.parameters)}`;
    let result = this.memo.get(key) as Record<string, unknown> | Record<string, unknown>[] | undefined;
    if (this.memo.has(key)) this.counter.n++; // asked for, answered from memory
    else {
      result = this.run(c, mode) as typeof result;
      if (this.memo.size >= MAX_CACHED) this.memo.clear();
      this.memo.set(key, result);
    }
    // Copies, so that a caller that changes its rows cannot change what the next one gets.
    if (Array.isArray(result)) return result.map((row) => ({ ...row }));
    return result === undefined ? undefined : { ...result };
  }

  /** A statement in raw mode (rows as arrays), cached, with the function that makes its row objects. */
  private statement(text: string): RowStatement {
    let rs = this.statements.get(text);
    if (!rs) {
      if (this.statements.size >= MAX_CACHED) this.statements.clear();
      rs = this.prepareRows(text);
      this.statements.set(text, rs);
    }
    return rs;
  }

  /** A statement in raw mode, uncached, and the function that makes its row objects (see rowMaker). */
  private prepareRows(text: string): RowStatement {
    const stmt = this.db.prepare(text).raw(true);
    return { stmt, row: rowMaker(stmt.columns().map((c) => c.name)) };
  }

  /** Runs compiled SQL through the statement cache, counting it. */
  private run(c: CompiledSql, mode: "first" | "all"): unknown {
    this.counter.n++;
    const { stmt, row } = this.statement(c.sql);
    if (mode === "first") {
      const values = stmt.get(...c.parameters) as unknown[] | undefined;
      return values === undefined ? undefined : row(values);
    }
    const rows = stmt.all(...c.parameters) as unknown[];
    for (let i = 0; i < rows.length; i++) rows[i] = row(rows[i] as unknown[]);
    return rows;
  }

  async all<R>(query: Query<R>): Promise<R[]> {
    return this.run(sqliteDialect.compile(query.toOperationNode()), "all") as R[];
  }

  async first<R>(query: Query<R>): Promise<R | undefined> {
    return this.run(sqliteDialect.compile(query.toOperationNode()), "first") as R | undefined;
  }

  async allOf<R>(query: FixedQuery<R>, ...args: unknown[]): Promise<R[]> {
    return this.run(query.bind(sqliteDialect, args), "all") as R[];
  }

  async firstOf<R>(query: FixedQuery<R>, ...args: unknown[]): Promise<R | undefined> {
    return this.run(query.bind(sqliteDialect, args), "first") as R | undefined;
  }

  /**
   * Runs `fn` with its reads in one read transaction: they see one snapshot,
   * and each statement after the first skips opening and closing a
   * transaction of its own (in WAL mode about 5 µs: two locks and a stat on
   * the shared-memory file).
   *
   * The transaction must never stay open across a turn of the event loop.
   * Writes commit through another connection (Prisma's), and a write that
   * then reads its record back here (the answer of a POST or PATCH) would see
   * this connection's old snapshot while any transaction on it is open. So it
   * ends when `fn`'s promise settles, or, if `fn` is still waiting then, as
   * soon as the microtasks queued by the current callback have run, before
   * any other I/O callback, timer or immediate: `fn` may await reads (they
   * settle at once) inside its snapshot, but an await on real I/O runs on
   * without one. Calls made meanwhile (another request started by the same
   * callback, a nested call) share the transaction already open.
   */
  async snapshot<T>(fn: () => T | Promise<T>): Promise<T> {
    let open = this.open;
    if (!open) {
      // A transaction this Reader did not open (none should exist): join it, leave it alone.
      if (this.db.inTransaction) return fn();
      (this.begin ??= this.db.prepare("BEGIN")).run();
      const opened: OpenSnapshot = (open = this.open = { users: 0 });
      // A microtask that queues a tick: the tick runs once the microtask queue is empty, whatever queued it.
      // (A COMMIT that fails there has rolled back; the reads were done, and a damaged file shows on the next statement.)
      queueMicrotask(() => process.nextTick(() => void this.endSnapshot(opened)));
    }
    open.users++;
    try {
      return await fn();
    } finally {
      if (--open.users === 0) {
        const failed = this.endSnapshot(open);
        if (failed !== undefined) throw failed;
      }
    }
  }

  /**
   * Ends snapshot()'s transaction, rolling back when COMMIT fails (a damaged
   * file), so the connection is never left inside it; returns COMMIT's error.
   */
  private endSnapshot(open: OpenSnapshot): unknown {
    if (this.open !== open) return undefined;
    this.open = undefined;
    if (!this.db.inTransaction) return undefined;
    try {
      (this.commit ??= this.db.prepare("COMMIT")).run();
      return undefined;
    } catch (err) {
      if (this.db.inTransaction) {
        try {
          this.db.exec("ROLLBACK");
        } catch {
          // nothing more to do on a connection that cannot roll back
        }
      }
      return err ?? new Error("COMMIT failed");
    }
  }

  /**
   * In SQLite a connection has one read snapshot, held while any of its
   * statements is unfinished: an export iterating on the shared connection
   * made every other read on it (every request, and the record a write
   * answers with) see the data as it was when the export began, for as long
   * as the export ran. Opening one costs well under a millisecond.
   */
  async detached(): Promise<Reader> {
    return new SqliteReader(openSqlite(this.db.name, { readonly: true }), this.counter);
  }

  async close() {
    if (this.open) this.endSnapshot(this.open);
    this.db.close();
  }

  /**
   * The statement is prepared afresh, not cached: a statement that is
   * iterating is busy, and another request with the same SQL must not find it so.
   */
  async *iterate<R>(query: Query<R>, size: number): AsyncIterable<R[]> {
    const c = sqliteDialect.compile(query.toOperationNode());
    this.counter.n++;
    const { stmt, row } = this.prepareRows(c.sql);
    let batch: R[] = [];
    for (const values of stmt.iterate(...c.parameters)) {
      batch.push(row(values as unknown[]) as R);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
}
