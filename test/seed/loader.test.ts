// The loader: one transaction, idempotent, and a bad file writes nothing.
import t, { type Test } from "tap";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { copyDatabase } from "../helpers/build.ts";
import { EMPTY_TEMPLATE } from "../helpers/paths.ts";
import { openPrisma } from "../../src/db/sqlite.ts";
import { BundleInvalid } from "../../src/services/bundle.ts";
import { loadSeed, loadSeedIfEmpty, SEED_DIR } from "../../src/services/seed.ts";

const TABLES = ["actors", "actor_aliases", "actor_external_ids", "affiliations", "places", "place_external_ids", "sources", "events", "event_participants", "claims", "claim_about_actors", "quantities", "claim_relations"];

function dump(file: string) {
  const db = new Database(file, { readonly: true });
  const out = Object.fromEntries(TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all()]));
  db.close();
  return out;
}

/** A copy of the seed directory whose one file is rewritten. */
function seedWith(t: Test, file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), "seed-"));
  cpSync(SEED_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  t.teardown(() => {});
  return dir;
}

async function withPrisma<T>(file: string, f: (p: ReturnType<typeof openPrisma>) => Promise<T>) {
  const prisma = openPrisma(`file:${file}`);
  try {
    return await f(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

t.test("loading twice gives the same database", async (t) => {
  const file = copyDatabase(t, EMPTY_TEMPLATE);
  const first = await withPrisma(file, (p) => loadSeed(p));
  t.ok(first.claims.created > 30);
  const before = dump(file);
  const second = await withPrisma(file, (p) => loadSeed(p));
  for (const c of Object.values(second)) t.same({ created: c.created, updated: c.updated }, { created: 0, updated: 0 });
  t.same(dump(file), before, "not a byte of any record changed");
  t.equal(await withPrisma(file, (p) => loadSeedIfEmpty(p)), null, "start-up does not reload a database that has records");
});

t.test("a changed record is updated and its version goes up", async (t) => {
  const file = copyDatabase(t, EMPTY_TEMPLATE);
  await withPrisma(file, (p) => loadSeed(p));
  const dir = seedWith(t, "places.yaml", (s) => s.replace("name: Vladivostok", "name: Vladivostok City"));
  const counts = await withPrisma(file, (p) => loadSeed(p, dir));
  t.equal(counts.places.updated, 1);
  const row = new Database(file, { readonly: true }).prepare("SELECT name, version FROM places WHERE id = 'plc_vladivostok'").get();
  t.same(row, { name: "Vladivostok City", version: 2 });
});

const bad: [string, string, (s: string) => string, RegExp][] = [
  ["malformed YAML", "events.yaml", (s) => s + "\n  - : [unclosed\n", /^events\.yaml: /],
  ["an unknown stance", "claims.yaml", (s) => s.replace("stance: denies", "stance: shrugs"), /claims\.yaml: \/claims\/\d+\/stance \(clm_zinoviev-cooperation-not-against-south-korea\)/],
  ["an unknown field", "actors.yaml", (s) => s.replace("  - id: act_russia\n", "  - id: act_russia\n    colour: red\n"), /actors\.yaml: \/actors\/\d+ \(act_russia\)/],
  ["a dangling reference", "claims.yaml", (s) => s.replace("claimant_id: act_georgiy-zinoviev", "claimant_id: act_nobody"), /claims\.yaml: \/claims\/\d+\/claimant_id \(clm_zinoviev-cooperation-not-against-south-korea\): no actor has the id "act_nobody"/],
  ["an impossible date", "events.yaml", (s) => s.replace('start_date: "2024-10-21"', 'start_date: "2024-02-30"'), /events\.yaml: \/events\/\d+\/start_date/],
];

for (const [what, file, edit, message] of bad) {
  t.test(`a seed with ${what} is refused, naming the file and the record, and writes nothing`, async (t) => {
    const db = copyDatabase(t, EMPTY_TEMPLATE);
    const dir = seedWith(t, file, edit);
    const err = await withPrisma(db, (p) => loadSeed(p, dir).then(() => null, (e) => e));
    t.ok(err instanceof BundleInvalid, "refused");
    t.match(err?.message, message);
    t.same(Object.values(dump(db)).flat(), [], "the database is still empty");
  });
}
