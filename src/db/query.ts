// The read path: Kysely builds typed SQL, and better-sqlite3 runs it through a
// cache of prepared statements. Kysely never executes anything itself, so a
// read costs one prepared-statement call, not an ORM round trip.
import {
  DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type Compilable,
} from "kysely";
import type Database from "better-sqlite3";
import type { DB } from "../generated/kysely/types.ts";
import type { Sqlite } from "./sqlite.ts";

export const sql = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

const MAX_CACHED = 1000;

export class Reader {
  private statements = new Map<string, Database.Statement>();
  /** Counts statements run, so tests can prove that includes are not N+1. */
  public queryCount = 0;

  constructor(readonly db: Sqlite) {}

  prepare(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) {
      if (this.statements.size >= MAX_CACHED) this.statements.clear();
      stmt = this.db.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  all<R>(query: Compilable<R>): R[] {
    const c = query.compile();
    this.queryCount++;
    return this.prepare(c.sql).all(...(c.parameters as unknown[])) as R[];
  }

  first<R>(query: Compilable<R>): R | undefined {
    const c = query.compile();
    this.queryCount++;
    return this.prepare(c.sql).get(...(c.parameters as unknown[])) as R | undefined;
  }

  /**
   * Runs a statement lazily, one row at a time, for streaming exports. The
   * statement is prepared afresh, not cached: a statement that is iterating is
   * busy, and another request with the same SQL must not find it so.
   */
  *iterate<R>(query: Compilable<R>): IterableIterator<R> {
    const c = query.compile();
    this.queryCount++;
    yield* this.db.prepare(c.sql).iterate(...(c.parameters as unknown[])) as IterableIterator<R>;
  }
}
