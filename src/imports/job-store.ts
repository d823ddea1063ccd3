// Where import jobs' rows are read and written, on either engine: a handful of
// statements, written once in SQL both engines take (`?` parameters, row
// values, CAST), on the server's own connection for them.
import pg from "pg";
import { openSqlite, type Sqlite } from "../db/sqlite.ts";

/** The first key of the PostgreSQL advisory lock a running job's worker holds (the second is its id's hash): "impj". */
export const JOB_LOCK = 0x696d706a;

export interface JobStore {
  all(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Runs a write; how many rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Whether the database has the import_jobs table (one that is not migrated, as the OpenAPI document's in-memory one, has none). */
  hasJobs(): Promise<boolean>;
  /**
   * Marks failed the jobs still queued or running that no live server runs:
   * all of them on SQLite, whose file one server writes at a time; on
   * PostgreSQL those whose worker's lock is free (its connection is gone).
   */
  cutOff(error: string, at: string): Promise<number>;
  close(): Promise<void>;
}

export class SqliteJobStore implements JobStore {
  private readonly db: Sqlite;
  constructor(url: string, opts: { synchronous: string; readonly?: boolean }) {
    this.db = openSqlite(url, opts);
  }
  async all(sql: string, params: unknown[] = []) {
    return this.db.prepare(sql).all(...params) as Record<string, unknown>[];
  }
  async run(sql: string, params: unknown[] = []) {
    return this.db.prepare(sql).run(...params).changes;
  }
  async hasJobs() {
    return this.db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'import_jobs'").get() !== undefined;
  }
  async cutOff(error: string, at: string) {
    return this.run("UPDATE import_jobs SET state = 'failed', error = ?, finished_at = ? WHERE state IN ('queued', 'running')", [error, at]);
  }
  async close() {
    this.db.close();
  }
}

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export class PgJobStore implements JobStore {
  private readonly pool: pg.Pool;
  constructor(url: string, log: { warn(o: object, m: string): void }) {
    this.pool = new pg.Pool({ connectionString: url, max: 2, application_name: "conflict-api import jobs" });
    // An idle connection the server closes (a restart, an administrator) is replaced by the next query; unheard, it would end the process.
    this.pool.on("error", (err) => log.warn({ err }, "an idle connection of the import jobs' pool was closed"));
  }
  async all(sql: string, params: unknown[] = []) {
    return (await this.pool.query(numbered(sql), params)).rows;
  }
  async run(sql: string, params: unknown[] = []) {
    return (await this.pool.query(numbered(sql), params)).rowCount ?? 0;
  }
  async hasJobs() {
    return (await this.all("SELECT to_regclass('import_jobs') IS NOT NULL AS present"))[0].present as boolean;
  }
  async cutOff(error: string, at: string) {
    // A transaction-scoped try-lock: taken only where no worker holds it, and released at once.
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const { rowCount } = await client.query(`UPDATE import_jobs SET state = 'failed', error = $1, finished_at = $2 WHERE state IN ('queued', 'running') AND pg_try_advisory_xact_lock(${JOB_LOCK}, hashtext(id))`, [error, at]);
      await client.query("COMMIT");
      return rowCount ?? 0;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }
  async close() {
    await this.pool.end();
  }
}
