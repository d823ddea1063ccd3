// npm run bench:data -- --postgres URL: the generated dataset copied into a
// PostgreSQL database holds the same rows as the SQLite file, with the counts
// and countries the triggers keep, full-text documents for every record, and
// serial ids that continue after it.
import t from "tap";
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { childEnv, tsArgs } from "../helpers/child.ts";
import { freshPostgres, POSTGRES_UNAVAILABLE } from "../helpers/postgres.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

t.test("bench:data --postgres copies the dataset", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const url = await freshPostgres(t);
  const file = join(mkdtempSync(join(tmpdir(), "bench-pg-")), "events.db");
  const run = promisify(execFile);
  const { stdout } = await run(process.execPath, tsArgs("bench/data.ts", "--events", "300", "--out", file, "--postgres", url), { cwd: ROOT, env: childEnv(), maxBuffer: 8 << 20 });
  t.match(stdout, /records copied into postgresql:\/\/.* records\/s/);
  const sqlite = new Database(file, { readonly: true });
  t.teardown(() => sqlite.close());
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  t.teardown(() => client.end());
  for (const table of ["actors", "actor_aliases", "places", "sources", "events", "event_participants", "claims", "quantities", "claim_relations"]) {
    const n = (await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n;
    t.equal(n, sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), `${table}: every row`);
  }
  const counts = (await client.query("SELECT collection, n FROM record_counts ORDER BY collection")).rows;
  for (const { collection, n } of counts) t.equal(n, sqlite.prepare(`SELECT count(*) FROM "${collection}"`).pluck().get(), `record_counts.${collection}`);
  for (const collection of ["events", "claims", "sources", "actors"]) {
    const { rows: [r] } = await client.query(`SELECT (SELECT count(*) FROM "${collection}")::int AS records, (SELECT count(*) FROM "${collection}_fts")::int AS documents`);
    t.equal(r.documents, r.records, `${collection}: a full-text document for every record copied`);
  }
  const wrong = (await client.query("SELECT count(*)::int AS n FROM events e JOIN places p ON p.id = e.place_id WHERE e.country IS DISTINCT FROM p.country")).rows[0].n;
  t.equal(wrong, 0, "every event has its place's country");
  // A new row gets an id after those copied in.
  const maxAlias = (await client.query("SELECT max(id)::int AS n FROM actor_aliases")).rows[0].n;
  const next = (await client.query("INSERT INTO actor_aliases (actor_id, name, name_norm, kind) SELECT id, 'x', 'x', 'spelling' FROM actors LIMIT 1 RETURNING id")).rows[0].id;
  t.ok(next > maxAlias, `serial ids continue (${next} after ${maxAlias})`);
  // A second load into the same database is refused: it is not empty.
  const again = await run(process.execPath, tsArgs("bench/data.ts", "--events", "300", "--out", file, "--postgres", url), { cwd: ROOT, env: childEnv() }).then(() => null, (e: { stderr: string }) => e.stderr);
  t.match(again, /^npm run bench:data: the database already holds \d+ records: load into an empty, migrated database\n$/);
});
