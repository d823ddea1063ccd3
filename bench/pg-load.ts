// Copies a generated SQLite dataset into a PostgreSQL database with COPY: every
// table the two schemas share, in foreign-key order, in one transaction. The
// database must be migrated and hold no records. The triggers stay on (record
// counts, events' countries), as they would for any other write.
import Database from "better-sqlite3";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";

/**
 * Tables PostgreSQL fills itself, or that belong to one engine: the counts,
 * and the full-text documents, which its triggers write as the records are
 * copied (SQLite's FTS5 tables of the same names hold another format).
 */
const SKIP = new Set(["_prisma_migrations", "record_counts", "events_fts", "claims_fts", "sources_fts", "actors_fts"]);

/** A value as a field of PostgreSQL's CSV: quoted unless null (an empty, unquoted field). */
const csvField = (v: unknown) => (v === null || v === undefined ? "" : `"${String(v).replaceAll('"', '""')}"`);

/** The tables of `client`'s database in an order where each comes after those it refers to. */
async function tablesInOrder(client: pg.Client): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
  const { rows: refs } = await client.query<{ child: string; parent: string }>(
    "SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint WHERE contype = 'f'",
  );
  const unquote = (n: string) => n.replace(/^"|"$/g, "");
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set()]));
  for (const r of refs) if (unquote(r.child) !== unquote(r.parent)) parents.get(unquote(r.child))?.add(unquote(r.parent));
  const order: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (order.includes(name) || path.has(name)) return;
    path.add(name);
    for (const p of parents.get(name) ?? []) visit(p, path);
    order.push(name);
  };
  for (const t of [...parents.keys()].sort()) visit(t, new Set());
  return order.filter((t) => !SKIP.has(t));
}

export type LoadResult = { rows: Record<string, number>; records: number; seconds: number; recordsPerSecond: number };

export async function loadIntoPostgres(sqliteFile: string, url: string, progress?: (table: string, rows: number) => void): Promise<LoadResult> {
  const source = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = process.hrtime.bigint();
  const rows: Record<string, number> = {};
  try {
    const tables = await tablesInOrder(client);
    const { rows: [held] } = await client.query<{ n: string }>("SELECT coalesce(sum(n), 0)::text AS n FROM record_counts");
    if (Number(held.n) > 0) throw new Error(`the database already holds ${held.n} records: load into an empty, migrated database`);
    await client.query("BEGIN");
    for (const table of tables) {
      const inSqlite = source.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table);
      if (!inSqlite) continue;
      const { rows: pgColumns } = await client.query<{ name: string }>("SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1", [table]);
      const wanted = new Set(pgColumns.map((c) => c.name));
      const columns = (source.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).filter((c) => wanted.has(c));
      const list = columns.map((c) => `"${c}"`).join(", ");
      let n = 0;
      const select = source.prepare(`SELECT ${list} FROM "${table}"`).raw(true);
      const lines = Readable.from((function* () {
        let batch: string[] = [];
        for (const values of select.iterate() as IterableIterator<unknown[]>) {
          batch.push(values.map(csvField).join(","));
          n++;
          if (batch.length === 1000) {
            yield `${batch.join("\n")}\n`;
            batch = [];
          }
        }
        if (batch.length) yield `${batch.join("\n")}\n`;
      })());
      await pipeline(lines, client.query(copyFrom(`COPY "${table}" (${list}) FROM STDIN WITH (FORMAT csv)`)));
      rows[table] = n;
      progress?.(table, n);
    }
    // Serial ids continue after the rows copied in.
    const { rows: serials } = await client.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'",
    );
    for (const s of serials) {
      await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max("${s.column_name}") FROM "${s.table_name}"), 0) + 1, false)`, [`"${s.table_name}"`, s.column_name]);
    }
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    source.close();
    await client.end();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const records = Object.values(rows).reduce((a, b) => a + b, 0);
  return { rows, records, seconds, recordsPerSecond: records / seconds };
}
