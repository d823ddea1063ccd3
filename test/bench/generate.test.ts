// The benchmark's data generator: deterministic, consistent, searchable.
import t from "tap";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { generate } from "../../bench/generate.ts";
import { COLLECTIONS } from "../../src/domain/collections.ts";

const TABLES = ["actors", "actor_aliases", "places", "sources", "events", "event_participants", "claims", "claim_about_actors", "quantities", "claim_relations"];

function dump(file: string) {
  const db = new Database(file, { readonly: true });
  const out = Object.fromEntries(TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all()]));
  db.close();
  return out;
}

t.test("the same seed gives the same records, with every constraint and index in place", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "bench-"));
  const a = generate({ events: 300, file: join(dir, "a.db"), seed: 7 });
  const b = generate({ events: 300, file: join(dir, "b.db"), seed: 7 });
  t.same(a.rows, b.rows);
  t.same(dump(join(dir, "a.db")), dump(join(dir, "b.db")), "identical content");
  t.equal(a.rows.events, 300);
  const perEvent = a.rows.claims / a.rows.events;
  t.ok(perEvent > 2.5 && perEvent < 3.5, `about three claims per event (${perEvent.toFixed(2)})`);
  t.ok(a.rows.quantities > 0 && a.rows.claim_relations > 0 && a.rows.actor_aliases > 0);
  const db = new Database(join(dir, "a.db"), { readonly: true });
  t.same(db.prepare("PRAGMA foreign_key_check").all(), []);
  for (const [fts, table] of [["events_fts", "events"], ["claims_fts", "claims"], ["actors_fts", "actors"], ["sources_fts", "sources"]])
    t.equal((db.prepare(`SELECT count(*) AS n FROM ${fts}`).get() as { n: number }).n, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, `${fts} indexes every row`);
  for (const c of COLLECTIONS)
    t.equal(db.prepare("SELECT n FROM record_counts WHERE collection = ?").pluck().get(c), db.prepare(`SELECT count(*) FROM ${c}`).pluck().get(), `record_counts holds the number of ${c}, as the triggers would`);
  const triggers = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger'").get() as { n: number }).n;
  t.ok(triggers > 0, "the full-text triggers are back after the load");
  const mismatched = db.prepare("SELECT count(*) AS n FROM events JOIN places ON places.id = events.place_id WHERE events.country IS NOT places.country").get() as { n: number };
  t.equal(mismatched.n, 0, "every event carries its place's country, as the triggers would have set it");
  const top = db.prepare("SELECT actor_id, count(*) AS n FROM event_participants GROUP BY actor_id ORDER BY n DESC LIMIT 1").get() as { n: number };
  t.ok(top.n > a.rows.event_participants / 50, "participation is skewed (Zipf): the top actor takes part far more than an average one");
  db.close();
});
