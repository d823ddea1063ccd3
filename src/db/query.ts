// The read path's interface: repositories build typed SQL with Kysely (`sql`),
// and a Reader compiles it with its own database's SQL dialect and runs it.
// Kysely never executes anything itself. Every method returns a promise, so
// that an engine whose driver is asynchronous can stand behind the same
// interface; the SQLite Reader (sqlite-reader.ts) runs each statement
// synchronously and resolves at once.
import { createQueryId, DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, sql as k, type Compilable, type OperationNode, type QueryCompiler, type RawBuilder, type RawNode, type RootOperationNode } from "kysely";
import type { DB } from "../generated/kysely/types.ts";

const noCompiler: QueryCompiler = {
  compileQuery() {
    throw new Error("a query is compiled by the Reader that runs it (Reader.all, first...), in its own dialect");
  },
};

/**
 * The query builder. It has no compiler of its own: a query built with it is
 * compiled by the Reader that runs it, in that Reader's dialect, so the same
 * repository code serves any engine. Calling `.compile()` on it is a mistake.
 */
export const sql = new Kysely<DB>({
  dialect: {
    // The adapter only matters to a Kysely that executes queries (migrations, RETURNING checks); this one never does.
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => noCompiler,
  },
});

/** A query built with `sql`: a Reader compiles it from its operation tree. */
export type Query<R> = Compilable<R> & { toOperationNode(): RootOperationNode };

/** SQL text and its bound values, in one dialect. */
export type CompiledSql = { sql: string; parameters: readonly unknown[] };

/** The engines a Reader runs on: their SQL dialects' names. */
export type EngineName = "sqlite" | "postgres";

/** An engine's SQL dialect: how a Reader turns a query's operation tree into SQL text. */
export type SqlDialect = { readonly name: EngineName; compile(node: RootOperationNode): CompiledSql };

/** A dialect from a Kysely query compiler (one per dialect: compiling is synchronous, so one instance is reused). */
export function dialectOf(name: EngineName, compiler: QueryCompiler): SqlDialect {
  return { name, compile: (node) => compiler.compileQuery(node, createQueryId()) };
}

/** A RawNode that carries one variant per engine (see perEngine). */
type EngineNode = RawNode & { readonly variants: Record<EngineName, OperationNode> };

/**
 * SQL written differently for each engine (SQLite's rowid, FTS5's MATCH,
 * PostgreSQL's tsquery), as one fragment: each engine's query compiler picks
 * its own variant when it compiles the query (see variantOf), so repositories
 * build one query for both and a FixedQuery compiles it once per engine.
 * Compiled by a compiler that does not know about variants, it is invalid SQL.
 */
export function perEngine<T = unknown>(variants: Record<EngineName, RawBuilder<unknown>>): RawBuilder<T> {
  const node: EngineNode = Object.freeze({
    kind: "RawNode" as const,
    sqlFragments: Object.freeze(["(a per-engine fragment compiled without its engine)"]),
    parameters: Object.freeze([]),
    variants: Object.freeze({ sqlite: variants.sqlite.toOperationNode(), postgres: variants.postgres.toOperationNode() }),
  });
  return k<T>`${{ toOperationNode: () => node, isSelectQueryBuilder: false }}`;
}

/** The node an engine compiles in place of `node`: its own variant of a perEngine fragment, else the node itself. */
export function variantOf(node: RawNode, engine: EngineName): OperationNode {
  return (node as Partial<EngineNode>).variants?.[engine] ?? node;
}

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

type FixedSql = { sql: string; slots: (number | undefined)[]; constants: unknown[] };

/**
 * A query whose shape never changes (a record by id, its parts), built and
 * compiled once per dialect. Building and compiling a Kysely query costs
 * about 25 µs, as much as running a point lookup, so the single-record reads
 * keep theirs: `build` is called once with placeholder strings, and each call
 * then binds its own values to the compiled SQL's parameters.
 */
export class FixedQuery<R> {
  private compiled = new Map<string, FixedSql>();
  private built?: Query<R>;

  /**
   * `build` is called once, with a placeholder string for each argument
   * (`arity` of them: by default as many as it declares). A placeholder may
   * stand for any bound value, a number included: it only marks a parameter's slot.
   */
  constructor(private readonly build: (...args: string[]) => Query<R>, private readonly arity = build.length) {}

  bind(dialect: SqlDialect, args: readonly unknown[]): CompiledSql {
    let c = this.compiled.get(dialect.name);
    if (!c) this.compiled.set(dialect.name, (c = this.compile(dialect)));
    const { slots, constants } = c;
    return { sql: c.sql, parameters: slots.map((slot, i) => (slot === undefined ? constants[i] : args[slot])) };
  }

  private compile(dialect: SqlDialect): FixedSql {
    const marks = Array.from({ length: this.arity }, (_, i) => `\u0000arg${i}\u0000`);
    const c = dialect.compile((this.built ??= this.build(...marks)).toOperationNode());
    if (marks.some((m) => c.sql.includes(m))) throw new Error("a FixedQuery's arguments must be bound values, not SQL text");
    const slots = c.parameters.map((p) => (typeof p === "string" ? marks.indexOf(p) : -1)).map((i) => (i < 0 ? undefined : i));
    if (marks.some((_, i) => !slots.includes(i))) throw new Error("a FixedQuery must bind every argument it is given");
    return { sql: c.sql, slots, constants: [...c.parameters] };
  }
}

/**
 * The read path. Repositories, filters, plugins and routes read through this
 * interface only; each engine implements it (SqliteReader for SQLite).
 */
export interface Reader {
  /** The engine, whose dialect this Reader compiles queries in. */
  readonly engine: EngineName;

  /**
   * Counts statements asked for (remembered answers included), so tests can
   * prove that includes are not N+1. A detached Reader counts into its parent's.
   */
  readonly queryCount: number;

  all<R>(query: Query<R>): Promise<R[]>;
  first<R>(query: Query<R>): Promise<R | undefined>;

  /** Rows of a fixed-shape query, with these values bound (see FixedQuery). */
  allOf<R>(query: FixedQuery<R>, ...args: unknown[]): Promise<R[]>;
  firstOf<R>(query: FixedQuery<R>, ...args: unknown[]): Promise<R | undefined>;

  /**
   * The answer of an aggregate query (a count, a group-by), remembered until
   * the data changes, so that paging through a search or a filter counts its
   * total once and repeated statistics cost a lookup. A remembered answer is
   * never stale: it is what the query would return now. Each call gets its
   * own copies of the rows.
   */
  memoizedAll<R>(query: Query<R>): Promise<R[]>;
  memoizedFirst<R>(query: Query<R> | FixedQuery<R>, ...args: unknown[]): Promise<R | undefined>;

  /**
   * Every row of a query, read lazily, in batches of up to `size` rows: for
   * streaming exports, on a detached Reader (see there). Batches, not rows,
   * so that an export of many rows pays for one promise per batch.
   */
  iterate<R>(query: Query<R>, size: number): AsyncIterable<R[]>;

  /**
   * Runs `fn` with its reads in one read transaction where the engine gains
   * from it: one snapshot for the whole answer, and one transaction's cost
   * instead of one per statement. The transaction never stays open across a
   * turn of the event loop (see the implementation), so a write committed
   * meanwhile through another connection is seen by the next read.
   */
  snapshot<T>(fn: () => T | Promise<T>): Promise<T>;

  /**
   * A Reader on a connection of its own, for reads that stay open across
   * turns of the event loop (a streamed export); close it when done.
   */
  detached(): Promise<Reader>;

  close(): Promise<void>;
}

export { MAX_CACHED };
