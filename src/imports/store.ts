// The connection an import writes through, on either engine: reads by lists of
// ids, and writes given as whole lists of rows (WriteOp), which each engine
// runs its own way. BulkWriter (write.ts) says what to write; this says how.
//
// SQLite: prepared better-sqlite3 statements, a row at a time, synchronously
// (SQLite has no round trip; one statement per row is its fast path).
//
// PostgreSQL: one pg connection, and a statement per table and batch. New
// rows go in as multi-row INSERT ... VALUES and changed ones as one UPDATE ...
// FROM (VALUES ...): the writer has already read what is stored and decided
// created / updated / unchanged for every record, so there is nothing for an
// ON CONFLICT or a staging table to decide, and a batch (500 file rows) is a
// few statements per table. COPY would save parsing on very large batches but
// needs a staging table per table and an extra INSERT ... SELECT to reach the
// real one (whose triggers must fire), for batches this size no faster.
import pg from "pg";
import type { Statement } from "better-sqlite3";
import type { Sqlite } from "../db/sqlite.ts";

/** Rows to write: inserted, updated by id (`cols[0]` is the key), or the rows of `table` whose `key` is one of `ids` deleted. */
export type WriteOp =
  | { kind: "insert"; table: string; cols: readonly string[]; rows: unknown[][] }
  | { kind: "update"; table: string; cols: readonly string[]; rows: unknown[][]; set?: string }
  | { kind: "delete"; table: string; key: string; ids: string[] };

export interface ImportDb {
  readonly engine: "sqlite" | "postgresql";
  /** Rows of `sql` (with `?` for parameters) whose `column IN (...)` list is `ids`: `sql` ends in `IN (`. */
  select(sql: string, ids: readonly string[], before?: unknown[]): Promise<Record<string, unknown>[]>;
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  write(ops: WriteOp[]): Promise<void>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  readonly inTransaction: boolean;
}

export class SqliteImportDb implements ImportDb {
  readonly engine = "sqlite";
  private statements = new Map<string, Statement>();
  constructor(readonly db: Sqlite) {}

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /**
   * The ids are bound as one JSON array: one prepared statement whatever
   * their number (a statement per length of an `IN (?, ?, ...)` list grew the
   * cache by thousands of statements over a large file).
   */
  async select(sql: string, ids: readonly string[], before: unknown[] = []) {
    if (ids.length === 0) return [];
    return this.stmt(`${sql}SELECT value FROM json_each(?))`).all(...before, JSON.stringify(ids)) as Record<string, unknown>[];
  }

  async query(sql: string, params: unknown[] = []) {
    const s = this.stmt(sql);
    if (s.reader) return s.all(...params) as Record<string, unknown>[];
    s.run(...params);
    return [];
  }

  async write(ops: WriteOp[]) {
    for (const op of ops) {
      if (op.kind === "insert") {
        const s = this.stmt(`INSERT INTO ${op.table} (${op.cols.join(", ")}) VALUES (${op.cols.map(() => "?").join(", ")})`);
        for (const r of op.rows) s.run(...r);
      } else if (op.kind === "update") {
        const [key, ...cols] = op.cols;
        const s = this.stmt(`UPDATE ${op.table} SET ${cols.map((c) => `${c} = ?`).join(", ")}${op.set ? `, ${op.set}` : ""} WHERE ${key} = ?`);
        for (const [id, ...values] of op.rows) s.run(...values, id);
      } else {
        const s = this.stmt(`DELETE FROM ${op.table} WHERE ${op.key} = ?`);
        for (const id of op.ids) s.run(id);
      }
    }
  }

  async begin() {
    this.db.exec("BEGIN IMMEDIATE");
  }
  async commit() {
    this.db.exec("COMMIT");
  }
  async rollback() {
    if (this.db.inTransaction) this.db.exec("ROLLBACK");
  }
  get inTransaction() {
    return this.db.inTransaction;
  }
}

/** `?` placeholders as PostgreSQL's `$1, $2, ...` (the SQL here has no `?` in its literals). */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** PostgreSQL caps a statement's parameters at 65535. */
const MAX_PARAMS = 30_000;

export class PgImportDb implements ImportDb {
  readonly engine = "postgresql";
  private open = false;
  /** Each column's type, by `table.column`: the values of an UPDATE ... FROM (VALUES ...) carry no type of their own. */
  private types: Map<string, string> | null = null;
  constructor(readonly client: pg.Client) {}

  static async connect(url: string): Promise<PgImportDb> {
    const client = new pg.Client({ connectionString: url, application_name: "conflict-api import" });
    // A connection lost between statements is reported by the next one, which fails the import; without a
    // listener, the event alone would end the thread before it could say why.
    client.on("error", () => {});
    await client.connect();
    return new PgImportDb(client);
  }

  async select(sql: string, ids: readonly string[], before: unknown[] = []) {
    if (ids.length === 0) return [];
    return (await this.client.query(numbered(`${sql}SELECT unnest(?::text[]))`), [...before, ids])).rows;
  }

  async query(sql: string, params: unknown[] = []) {
    return (await this.client.query(numbered(sql), params)).rows;
  }

  private async typeOf(table: string, col: string): Promise<string> {
    if (!this.types) {
      const { rows } = await this.client.query("SELECT table_name, column_name, format_type(atttypid, atttypmod) AS type FROM information_schema.columns c JOIN pg_attribute a ON a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass AND a.attname = c.column_name WHERE c.table_schema = current_schema()");
      this.types = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r.type as string]));
    }
    return this.types.get(`${table}.${col}`) ?? "text";
  }

  async write(ops: WriteOp[]) {
    for (const op of ops) {
      if (op.kind === "delete") {
        if (op.ids.length) await this.client.query(`DELETE FROM ${op.table} WHERE ${op.key} = ANY($1::text[])`, [op.ids]);
        continue;
      }
      const per = Math.max(1, Math.floor(MAX_PARAMS / op.cols.length));
      for (let i = 0; i < op.rows.length; i += per) {
        const rows = op.rows.slice(i, i + per);
        const params: unknown[] = [];
        if (op.kind === "insert") {
          // In INSERT ... VALUES each value takes its column's type.
          const values = rows.map((r) => `(${r.map((v) => (params.push(v), `$${params.length}`)).join(", ")})`);
          await this.client.query(`INSERT INTO ${op.table} (${op.cols.join(", ")}) VALUES ${values.join(", ")}`, params);
        } else {
          const casts: string[] = [];
          for (const c of op.cols) casts.push(await this.typeOf(op.table, c));
          const values = rows.map((r) => `(${r.map((v, j) => (params.push(v), `$${params.length}::${casts[j]}`)).join(", ")})`);
          const [key, ...cols] = op.cols;
          const set = [...cols.map((c) => `${c} = v.${c}`), ...(op.set ? [op.set] : [])];
          await this.client.query(`UPDATE ${op.table} SET ${set.join(", ")} FROM (VALUES ${values.join(", ")}) AS v (${op.cols.join(", ")}) WHERE ${op.table}.${key} = v.${key}`, params);
        }
      }
    }
  }

  async begin() {
    await this.client.query("BEGIN");
    this.open = true;
  }
  async commit() {
    await this.client.query("COMMIT");
    this.open = false;
  }
  async rollback() {
    if (!this.open) return;
    this.open = false;
    await this.client.query("ROLLBACK");
  }
  get inTransaction() {
    return this.open;
  }
  close() {
    return this.client.end();
  }
}
