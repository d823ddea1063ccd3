// PostgreSQL, the second engine: its schema is derived from the one data
// model, its migrations match that schema, `npm run db:migrate` applies them
// once even when two processes start at once, and the seed loads through the
// PostgreSQL client with the same records as on SQLite.
//
// Needs a PostgreSQL server: TEST_DATABASE_URL names a database on it that the
// test can connect to and create databases from (.ci/run sets it). Without it,
// the tests that need a server are skipped, saying so.
import t from "tap";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { childEnv, runTs, tsArgs } from "../helpers/child.ts";
import { TEMPLATE } from "../helpers/paths.ts";
import { POSTGRES_SCHEMA, postgresSchema } from "../../src/db/pg-schema.ts";
import { freshPostgres, POSTGRES_UNAVAILABLE } from "../helpers/postgres.ts";
import { startServer } from "../helpers/server.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const run = promisify(execFile);
const script = (file: string, url: string, ...args: string[]) => runTs(file, args, { DATABASE_URL: url }).then((r) => ({ code: r.code, out: r.out + r.err }));

t.test("the PostgreSQL schema is the data model with another provider, and up to date", async (t) => {
  const written = readFileSync(join(ROOT, POSTGRES_SCHEMA), "utf8");
  t.equal(written, postgresSchema(readFileSync(join(ROOT, "prisma/schema.prisma"), "utf8")), "npm run db:pg-schema leaves it unchanged");
  const models = (s: string) => s.slice(s.indexOf("\nmodel "));
  t.equal(models(written), models(readFileSync(join(ROOT, "prisma/schema.prisma"), "utf8")), "the models are the same text");
  t.match(written, /provider = "postgresql"/);
  const check = await run(process.execPath, tsArgs("scripts/pg-schema.ts", "--check"), { cwd: ROOT, env: childEnv() });
  t.match(check.stdout, /up to date/);
});

t.test("migrations, seed and drift on a PostgreSQL server", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const url = await freshPostgres(t);

  // Two processes at once: one applies the migrations, the other waits for its lock and finds nothing to do.
  const [a, b] = await Promise.all([script("scripts/migrate.ts", url), script("scripts/migrate.ts", url)]);
  t.same([a.code, b.code], [0, 0], `${a.out}\n${b.out}`);
  const outs = [a.out, b.out].sort();
  t.match(outs.filter((o) => /applied \d+ migrations? \(/.test(o)).length, 1, "exactly one process applied them");
  t.match(outs.filter((o) => /up to date/.test(o)).length, 1, "the other found nothing to do");
  const again = await script("scripts/migrate.ts", url);
  t.match(again.out, /up to date/);

  await t.test("the migrated database is what the schema says (no drift)", async (t) => {
    // Introspect the migrated database, and diff it against the schema: nothing may differ.
    const pulled = await run("npx", ["prisma", "db", "pull", "--print"], { cwd: ROOT, env: childEnv({ ...process.env, DATABASE_URL: url }) });
    const dir = mkdtempSync(join(tmpdir(), "drift-"));
    // Prisma prints a warning about the driver adapter before the schema.
    // The full-text documents (events_fts, claims_fts, sources_fts, actors_fts)
    // belong to the engine's own migration full_text_search, not to the data
    // model, as SQLite's FTS5 tables do: the check leaves out exactly those four.
    const schema = pulled.stdout.slice(pulled.stdout.indexOf("generator client"));
    const documents = /^model (events|claims|sources|actors)_fts \{\n[^}]*\}\n/gm;
    t.equal(schema.match(documents)?.length, 4, "the database has the four tables of documents");
    writeFileSync(join(dir, "pulled.prisma"), schema.replace(documents, ""));
    const diff = (to: string) =>
      run("npx", ["prisma", "migrate", "diff", "--from-schema-datamodel", join(dir, "pulled.prisma"), "--to-schema-datamodel", to, "--script"], {
        cwd: ROOT,
        env: childEnv({ ...process.env, DATABASE_URL: "file::memory:" }),
      }).then((r) => r.stdout);
    t.match(await diff(join(ROOT, POSTGRES_SCHEMA)), /This is an empty migration/, "migrations and schema agree");
    // The check sees a drift: a field in the schema that no migration made.
    const drifted = join(dir, "drifted.prisma");
    writeFileSync(drifted, readFileSync(join(ROOT, POSTGRES_SCHEMA), "utf8").replace(/(model Actor \{\n)/, "$1  nickname String?\n"));
    t.match(await diff(drifted), /ALTER TABLE "actors" ADD COLUMN\s+"nickname"/, "a field without a migration is found");
  });

  await t.test("the seed loads with the same records as on SQLite, and again changes nothing", async (t) => {
    const first = await script("seed/load.ts", url);
    t.equal(first.code, 0, first.out);
    const second = await script("seed/load.ts", url);
    t.match(second.out, /claims\s+0 created, 0 updated, 38 unchanged/);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    t.teardown(() => client.end());
    const sqlite = new Database(TEMPLATE, { readonly: true });
    t.teardown(() => sqlite.close());
    for (const table of ["actors", "actor_aliases", "places", "sources", "events", "event_participants", "claims", "quantities", "claim_relations"]) {
      const order = table === "actor_aliases" || table === "event_participants" || table === "quantities" || table === "claim_relations" ? "" : " ORDER BY id";
      const cols = table === "actors" || table === "places" || table === "sources" || table === "events" || table === "claims" ? "id" : "*";
      const onPg = (await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n;
      t.equal(onPg, sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), `${table}: as many rows`);
      if (cols === "id") {
        t.same((await client.query(`SELECT id FROM "${table}"${order}`)).rows.map((r) => r.id), sqlite.prepare(`SELECT id FROM "${table}"${order}`).pluck().all(), `${table}: the same ids, in the same (code point) order`);
      }
    }
    // The triggers of the engine's own migration: each event carries its place's country.
    const mismatched = await client.query(`SELECT e.id FROM events e JOIN places p ON p.id = e.place_id WHERE e.country IS DISTINCT FROM p.country`);
    t.same(mismatched.rows, [], "events.country follows the place");
    await client.query(`UPDATE places SET country = 'XXX' WHERE id = 'plc_vladivostok'`);
    const moved = await client.query(`SELECT DISTINCT country FROM events WHERE place_id = 'plc_vladivostok'`);
    t.same(moved.rows, [{ country: "XXX" }], "and follows it when the place's country changes");
    // Each collection's count, kept by statement-level triggers: a statement of several rows moves it by as many.
    const counts = async () => {
      const kept = (await client.query(`SELECT collection, n FROM record_counts ORDER BY collection`)).rows;
      const real = [];
      for (const { collection } of kept) real.push({ collection, n: (await client.query(`SELECT count(*)::int AS n FROM "${collection}"`)).rows[0].n });
      return { kept, real };
    };
    let c = await counts();
    t.same(c.kept, c.real, "record_counts equals count(*) after the seed");
    t.equal(c.kept.length, 5);
    await client.query(`INSERT INTO places (id, name, kind, geo_precision, created_at, updated_at) SELECT 'plc_t' || i, 'T' || i, 'city', 'locality', '2024-10-21T00:00:00.000Z', '2024-10-21T00:00:00.000Z' FROM generate_series(1, 3) i`);
    c = await counts();
    t.same(c.kept, c.real, "after one statement inserting three places");
    await client.query(`DELETE FROM places WHERE id LIKE 'plc_t%'`);
    c = await counts();
    t.same(c.kept, c.real, "after one statement deleting them");
  });

  await t.test("the README's PostgreSQL block runs as written (on this test's database)", async (t) => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = [...readme.matchAll(/^( *)```sh\n([\s\S]*?)^\1```$/gm)].map((m) => m[2]).find((b) => /createdb/.test(b) && /postgresql:\/\//.test(b));
    if (!block) return t.fail("the README has a PostgreSQL block");
    const named = /postgresql:\/\/\S+/.exec(block)![0];
    // The database exists already (made for this test): the block runs from its next line, on it.
    const script = ["set -eo pipefail", ...block.split("\n").filter((l) => !/^\s*createdb /.test(l))].join("\n").replaceAll(named, url);
    const res = await run("bash", ["-c", script], { cwd: ROOT, env: childEnv() }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    t.equal(res.code, 0, res.out);
    t.match(res.out, /database .*: up to date/);
    t.match(res.out, /claims\s+0 created, 0 updated, 38 unchanged/);
  });

  await t.test("the server serves the database the README's block made", async (t) => {
    const server = await startServer(t, "", { DATABASE_URL: url });
    const res = await fetch(`${server.base}/v1/events?limit=1`);
    t.equal(res.status, 200);
    t.equal((await res.json()).page.total, 16, "the seed's events");
  });
});

t.test("db:migrate names the problem with a PostgreSQL URL in one line", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const base = new URL(process.env.TEST_DATABASE_URL!);
  base.pathname = "/no_such_database_here";
  const missing = await script("scripts/migrate.ts", base.toString());
  t.equal(missing.code, 1);
  t.match(missing.out.trim(), /^db:migrate: the PostgreSQL database "no_such_database_here" does not exist: create it/);
  base.port = "1";
  const unreachable = await script("scripts/migrate.ts", base.toString());
  t.equal(unreachable.code, 1);
  t.match(unreachable.out.trim(), /^db:migrate: cannot reach the PostgreSQL server of DATABASE_URL/);
});

