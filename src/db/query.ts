// The read path: Kysely builds typed SQL, and better-sqlite3 runs it through a
// cache of prepared statements. Kysely never executes anything itself, so a
// read costs one prepared-statement call, not an ORM round trip.
import {
  DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, sql as k, type Compilable,
} from "kysely";
import type Database from "better-sqlite3";
import type { DB } from "../generated/kysely/types.ts";
import { openSqlite, type Sqlite } from "./sqlite.ts";

export const sql = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

const MAX_CACHED = 1000;

/**
 * A LIMIT written into the SQL as an integer, never bound as a parameter.
 * SQLite (3.49 here) plans with the value of a bound LIMIT and marks the
 * statement, so that binding a new value expires it: every run parses and
 * plans it again. A page of events (100k bench data, values changing from run
 * to run) took 99 µs with `limit ?` and 75 µs with `limit 51`. A statement is
 * cached per distinct limit, of which a client uses a few.
 */
export function limitOf(n: number) {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`a limit must be a non-negative integer, not ${n}`);
  return k.lit(n);
}

/**
 * A query whose shape never changes (a record by id, its parts), built and
 * compiled once. Building and compiling a Kysely query costs about 25 µs, as
 * much as running a point lookup, so the single-record reads keep theirs:
 * `build` is called once with placeholder strings, and each call then binds
 * its own values to the compiled SQL's parameters.
 */
export class FixedQuery<R> {
  private compiled?: { sql: string; slots: (number | undefined)[]; constants: unknown[] };

  /**
   * `build` is called once, with a placeholder string for each argument
   * (`arity` of them: by default as many as it declares). A placeholder may
   * stand for any bound value, a number included: it only marks a parameter's slot.
   */
  constructor(private readonly build: (...args: string[]) => Compilable<R>, private readonly arity = build.length) {}

  bind(args: readonly unknown[]): { sql: string; parameters: unknown[] } {
    const c = (this.compiled ??= this.compile());
    return { sql: c.sql, parameters: c.slots.map((slot, i) => (slot === undefined ? c.constants[i] : args[slot])) };
  }

  private compile() {
    const marks = Array.from({ length: this.arity }, (_, i) => `\u0000arg${i}\u0000`);
    const c = this.build(...marks).compile();
    if (marks.some((m) => c.sql.includes(m))) throw new Error("a FixedQuery's arguments must be bound values, not SQL text");
    const slots = c.parameters.map((p) => (typeof p === "string" ? marks.indexOf(p) : -1)).map((i) => (i < 0 ? undefined : i));
    if (marks.some((_, i) => !slots.includes(i))) throw new Error("a FixedQuery must bind every argument it is given");
    return { sql: c.sql, slots, constants: [...c.parameters] };
  }
}

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

export class Reader {
  private statements = new Map<string, Database.Statement>();
  /**
   * Counts statements asked for (remembered answers included), so tests can
   * prove that includes are not N+1. A detached Reader counts into its parent's.
   */
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

  constructor(readonly db: Sqlite, private readonly counter = { n: 0 }) {}

  /**
   * The answer of an aggregate query (a count, a group-by), remembered until
   * the data changes. Every write goes through another connection (Prisma's),
   * and SQLite's `PRAGMA data_version` on this connection changes whenever
   * another connection commits, so a remembered answer is never stale: it is
   * what the query would return now. Paging through a search or a filter then
   * counts its total once, and repeated statistics cost a lookup.
   */
  memoizedAll<R>(query: Compilable<R>): R[] {
    return this.memoized(query, "all") as R[];
  }

  memoizedFirst<R>(query: Compilable<R> | FixedQuery<R>, ...args: unknown[]): R | undefined {
    return this.memoized(query, "first", args) as R | undefined;
  }

  private memoized<R>(query: Compilable<R> | FixedQuery<R>, mode: "first" | "all", args: unknown[] = []): R | R[] | undefined {
    const version = (this.dataVersion ??= this.db.prepare("PRAGMA data_version").pluck()).get();
    if (version !== this.memoVersion) {
      this.memo.clear();
      this.memoVersion = version;
    }
    const c = query instanceof FixedQuery ? query.bind(args) : query.compile();
    const key = `${mode}\u0000${c.sql}\u0000${JSON.stringify(c.parameters)}`;
    let result = this.memo.get(key) as R | R[] | undefined;
    if (this.memo.has(key)) this.counter.n++; // asked for, answered from memory
    else {
      result = this.run(c, mode) as R | R[] | undefined;
      if (this.memo.size >= MAX_CACHED) this.memo.clear();
      this.memo.set(key, result);
    }
    // Copies, so that a caller that changes its rows cannot change what the next one gets.
    if (Array.isArray(result)) return result.map((row) => ({ ...row }));
    return result === undefined ? undefined : ({ ...result } as R);
  }

  prepare(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) {
      if (this.statements.size >= MAX_CACHED) this.statements.clear();
      stmt = this.db.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  /** Statements in raw mode (rows as arrays), each with the function that makes its row objects. */
  private rowStatements = new Map<string, RowStatement>();

  private rowStatement(text: string): RowStatement {
    let rs = this.rowStatements.get(text);
    if (!rs) {
      if (this.rowStatements.size >= MAX_CACHED) this.rowStatements.clear();
      rs = this.prepareRows(text);
      this.rowStatements.set(text, rs);
    }
    return rs;
  }

  /** A statement in raw mode, uncached, and the function that makes its row objects (see rowMaker). */
  private prepareRows(text: string): RowStatement {
    const stmt = this.db.prepare(text).raw(true);
    return { stmt, row: rowMaker(stmt.columns().map((c) => c.name)) };
  }

  /** Runs compiled SQL through the statement cache, counting it. */
  private run(c: { sql: string; parameters: readonly unknown[] }, mode: "first" | "all"): unknown {
    this.counter.n++;
    const { stmt, row } = this.rowStatement(c.sql);
    if (mode === "first") {
      const values = stmt.get(...c.parameters) as unknown[] | undefined;
      return values === undefined ? undefined : row(values);
    }
    const rows = stmt.all(...c.parameters) as unknown[];
    for (let i = 0; i < rows.length; i++) rows[i] = row(rows[i] as unknown[]);
    return rows;
  }

  all<R>(query: Compilable<R>): R[] {
    return this.run(query.compile(), "all") as R[];
  }

  first<R>(query: Compilable<R>): R | undefined {
    return this.run(query.compile(), "first") as R | undefined;
  }

  /** Rows of a fixed-shape query, with these values bound (see FixedQuery). */
  allOf<R>(query: FixedQuery<R>, ...args: unknown[]): R[] {
    return this.run(query.bind(args), "all") as R[];
  }

  firstOf<R>(query: FixedQuery<R>, ...args: unknown[]): R | undefined {
    return this.run(query.bind(args), "first") as R | undefined;
  }

  /**
   * Runs `fn` with its reads in one read transaction: they see one snapshot,
   * and each statement after the first skips opening and closing a
   * transaction of its own (in WAL mode about 5 µs: two locks and a stat on
   * the shared-memory file). `fn` should be synchronous; if it returns a
   * promise, the transaction ends when `fn` returns, before anything it awaits,
   * so it can never hold a snapshot across a turn of the event loop (where a
   * write could commit and then fail to see itself). Nested calls join the
   * transaction already open.
   */
  snapshot<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    (this.begin ??= this.db.prepare("BEGIN")).run();
    let result: T;
    try {
      result = fn();
    } catch (err) {
      this.end();
      throw err;
    }
    const failed = this.end();
    if (failed === undefined) return result;
    // On a damaged file the COMMIT fails too. A promise fn returned must then
    // still be awaited: its own rejection, left unhandled, ended the process.
    if (result instanceof Promise) return result.then(() => Promise.reject(failed)) as T;
    throw failed;
  }

  /** Ends snapshot()'s transaction, rolling back when COMMIT fails, so the connection is never left inside it; returns COMMIT's error. */
  private end(): unknown {
    try {
      (this.commit ??= this.db.prepare("COMMIT")).run();
      return undefined;
    } catch (err) {
      if (this.db.inTransaction) {
        try {
          this.db.exec("ROLLBACK");
        } catch {}
      }
      return err ?? new Error("COMMIT failed");
    }
  }

  /**
   * A Reader on a connection of its own to the same file, for reads that stay
   * open across turns of the event loop (a streamed export); close it when
   * done. In SQLite a connection has one read snapshot, held while any of its
   * statements is unfinished: an export iterating on the shared connection
   * made every other read on it (every request, and the record a write
   * answers with) see the data as it was when the export began, for as long
   * as the export ran. Opening one costs well under a millisecond.
   */
  detached(): Reader {
    return new Reader(openSqlite(this.db.name, { readonly: true }), this.counter);
  }

  close() {
    this.db.close();
  }

  /**
   * Runs a statement lazily, one row at a time, for streaming exports (on a
   * detached Reader, see there). The statement is prepared afresh, not cached:
   * a statement that is iterating is busy, and another request with the same
   * SQL must not find it so.
   */
  *iterate<R>(query: Compilable<R>): IterableIterator<R> {
    const c = query.compile();
    this.counter.n++;
    const { stmt, row } = this.prepareRows(c.sql);
    for (const values of stmt.iterate(...(c.parameters as unknown[]))) yield row(values as unknown[]) as R;
  }
}
