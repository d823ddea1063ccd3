// npm run dump and npm run load: every record as one bundle, loaded into a
// database of either engine. The seeded SQLite file, dumped, loaded into an
// empty file (and, with a PostgreSQL server, into PostgreSQL and back out)
// dumps again byte for byte the same.
import t from "tap";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { copyDatabase } from "../helpers/build.ts";
import { EMPTY_TEMPLATE } from "../helpers/paths.ts";
import { runTs } from "../helpers/child.ts";
import { freshPostgres, POSTGRES_UNAVAILABLE } from "../helpers/postgres.ts";

const script = (name: string, url: string, ...args: string[]) => runTs(`scripts/${name}.ts`, args, { DATABASE_URL: url });

t.test("a dump of the seed loads into an empty file and dumps the same", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "dump-"));
  const seeded = copyDatabase(t);
  const first = await script("dump", `file:${seeded}`, join(dir, "seed.json"));
  t.equal(first.code, 0, first.err);
  t.match(first.out, /wrote .*: 29 actors, 9 places, 11 sources, 16 events, 38 claims/);
  const dump = JSON.parse(readFileSync(join(dir, "seed.json"), "utf8"));
  t.same(Object.keys(dump), ["actors", "places", "sources", "events", "claims"]);

  const empty = copyDatabase(t, EMPTY_TEMPLATE);
  const loaded = await script("load", `file:${empty}`, join(dir, "seed.json"));
  t.equal(loaded.code, 0, loaded.err);
  t.match(loaded.out, /claims\s+38 created/);
  await script("dump", `file:${empty}`, join(dir, "again.json"));
  t.equal(readFileSync(join(dir, "again.json"), "utf8"), readFileSync(join(dir, "seed.json"), "utf8"), "byte for byte");

  const again = await script("dump", `file:${seeded}`, join(dir, "seed.json"));
  t.equal(again.code, 2, "a dump never overwrites");
  t.match(again.err, /exists; choose another name/);

  // A bad bundle writes nothing.
  const bad = { ...dump, claims: [{ ...dump.claims[0], id: "clm_new-one", stance: "shouts" }] };
  writeFileSync(join(dir, "bad.json"), JSON.stringify(bad));
  const target = copyDatabase(t, EMPTY_TEMPLATE);
  const refused = await script("load", `file:${target}`, join(dir, "bad.json"));
  t.equal(refused.code, 1);
  t.match(refused.err, /was not loaded; nothing was written/);
  const db = new Database(target, { readonly: true });
  t.teardown(() => db.close());
  t.equal(db.prepare("SELECT count(*) FROM actors").pluck().get(), 0);
});

t.test("from SQLite to PostgreSQL and back, the records stay the same", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "dump-pg-"));
  const url = await freshPostgres(t);
  t.equal((await script("migrate", url)).code, 0);
  await script("dump", `file:${copyDatabase(t)}`, join(dir, "sqlite.json"));
  const loaded = await script("load", url, join(dir, "sqlite.json"));
  t.equal(loaded.code, 0, loaded.err);
  const out = await script("dump", url, join(dir, "postgres.json"));
  t.equal(out.code, 0, out.err);
  t.equal(readFileSync(join(dir, "postgres.json"), "utf8"), readFileSync(join(dir, "sqlite.json"), "utf8"), "PostgreSQL's dump is SQLite's, byte for byte");
  const back = copyDatabase(t, EMPTY_TEMPLATE);
  t.equal((await script("load", `file:${back}`, join(dir, "postgres.json"))).code, 0);
  await script("dump", `file:${back}`, join(dir, "back.json"));
  t.equal(readFileSync(join(dir, "back.json"), "utf8"), readFileSync(join(dir, "sqlite.json"), "utf8"), "and back in SQLite");
});
