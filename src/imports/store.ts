// The connection an import writes through, on either engine: reads by lists of
// ids, and writes given as whole lists of rows (WriteOp), which each engine
// runs its own way. BulkWriter (write.ts) says what to write; this says how.
//
// SQLite: prepared better-sqlite3 statements, a row at a time, synchronously
// (SQLite has no round trip; one statement per row is its fast path).
//
// PostgreSQL: one pg connection, and a statement per table and batch. New
// rows go in as one INSERT ... SELECT FROM unnest(one array per column) and
// changed ones as one UPDATE ... FROM unnest(...): the writer has already read
// what is stored and decided created / updated / unchanged for every record,
// so there is nothing left for an ON CONFLICT or a staging table to decide.
// The statement's text is the same whatever the number of rows, so it is
// parsed and planned once per import: a multi-row VALUES list, a new text per
// batch size with a parameter per value, spent more time being parsed than
// written (30,000 GED rows: 18 s in statements against 9 s). COPY is not used: it
// needs pg-copy-streams at run time and its own text encoding of every value,
// for a gain over this that the batches' size leaves small. The revisions, long
// JSON texts, are the exception (WriteOp's `long`).
import pg from "pg";
import type { Statement } from "better-sqlite3";
import type { Sqlite } from "../db/sqlite.ts";

/** Rows to write: inserted, updated by id (`cols[0]` is the key), or the rows of `table` whose `key` is one of `ids` deleted. */
export type WriteOp =
  | { kind: "insert"; table: string; cols: readonly string[]; rows: unknown[][]; /** Values are long texts (JSON): see PgImportDb.write. */ long?: boolean }
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

export class PgImportDb implements ImportDb {
  readonly engine = "postgresql";
  private open = false;
  /** Each column's type, by `table.column`: the values of an UPDATE ... FROM (VALUES ...) carry no type of their own. */
  private types = new Map<string, Map<string, string>>();
  private names = new Map<string, string>();
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

  /** The columns' types of a table (a temporary one too), for the casts of parameters that carry none. */
  private async typesOf(table: string): Promise<Map<string, string>> {
    let types = this.types.get(table);
    if (!types) {
      const { rows } = await this.client.query("SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped", [table]);
      this.types.set(table, (types = new Map(rows.map((r) => [r.attname as string, r.type as string]))));
    }
    return types;
  }

  /** A statement parsed once per connection, under a name of its own. */
  private prepared(text: string, values: unknown[]) {
    let name = this.names.get(text);
    if (!name) this.names.set(text, (name = `import_${this.names.size}`));
    return this.client.query({ name, text, values });
  }

  async write(ops: WriteOp[]) {
    for (const op of ops) {
      if (op.kind === "delete") {
        if (op.ids.length) await this.prepared(`DELETE FROM ${op.table} WHERE ${op.key} = ANY($1::text[])`, [op.ids]);
        continue;
      }
      if (op.rows.length === 0) continue;
      const types = await this.typesOf(op.table);
      const arrays = `unnest(${op.cols.map((c, i) => `$${i + 1}::${types.get(c) ?? "text"}[]`).join(", ")})`;
      const values = op.cols.map((_, j) => op.rows.map((r) => r[j]));
      if (op.kind === "insert" && op.long) {
        // Long texts as a parameter each: inside an array literal, both ends escape and unescape every quote of
        // the JSON (the revisions of 30,000 GED rows took 8 s so, 3 s so).
        const per = Math.floor(30_000 / op.cols.length);
        for (let i = 0; i < op.rows.length; i += per) {
          const params: unknown[] = [];
          const rows = op.rows.slice(i, i + per).map((r) => `(${r.map((v) => (params.push(v), `$${params.length}`)).join(", ")})`);
          await this.client.query(`INSERT INTO ${op.table} (${op.cols.join(", ")}) VALUES ${rows.join(", ")}`, params);
        }
      } else if (op.kind === "insert") {
        await this.prepared(`INSERT INTO ${op.table} (${op.cols.join(", ")}) SELECT * FROM ${arrays}`, values);
      } else {
        const [key, ...cols] = op.cols;
        const set = [...cols.map((c) => `${c} = v.${c}`), ...(op.set ? [op.set] : [])];
        await this.prepared(`UPDATE ${op.table} SET ${set.join(", ")} FROM ${arrays} AS v (${op.cols.join(", ")}) WHERE ${op.table}.${key} = v.${key}`, values);
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
