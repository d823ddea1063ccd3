// Generates a large, realistic, deterministic dataset through the project's own
// schema (the committed migrations) and constraints (foreign keys on, values
// from the controlled vocabularies, dates resolved with their precision).
//
// Shape: actors take part following a Zipf law; dates spread over ten years;
// about three claims per event, with quantities, aliases and sources; some
// claims contradict or answer others.
import { COLLECTIONS } from "../src/domain/collections.ts";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { resolveInterval, type DatePrecision } from "../src/domain/dates.ts";
import { foldName } from "../src/domain/text.ts";
import { dropValueSamples } from "../src/db/sqlite.ts";
import {
  ACTOR_KINDS, CERTAINTIES, COMPARATORS, EVENT_STATUSES, EVENT_TYPES, PARTICIPANT_ROLES, SOURCE_KINDS, STANCES, VERIFICATIONS,
} from "../src/domain/vocabulary.ts";
import { rng, zipf } from "./random.ts";

export type GenerateOptions = { events: number; file: string; seed?: number; progress?: (done: number, total: number) => void };
export type GenerateResult = { rows: Record<string, number>; records: number; seconds: number; recordsPerSecond: number };

const COUNTRIES: [string, number, number][] = [
  ["UKR", 49.0, 31.4], ["RUS", 55.7, 37.6], ["KOR", 37.5, 127.0], ["PRK", 39.0, 125.7], ["SYR", 35.0, 38.5], ["YEM", 15.5, 48.0],
  ["SDN", 15.6, 32.5], ["MLI", 17.6, -3.9], ["NGA", 9.1, 8.7], ["ETH", 9.1, 40.5], ["SOM", 5.2, 46.2], ["COD", -2.9, 23.7],
  ["AFG", 33.9, 67.7], ["IRQ", 33.2, 43.7], ["ISR", 31.0, 34.9], ["PSE", 31.9, 35.2], ["LBN", 33.9, 35.9], ["MMR", 21.9, 95.9],
  ["PAK", 30.4, 69.3], ["IND", 20.6, 79.0], ["COL", 4.6, -74.1], ["MEX", 23.6, -102.5], ["BFA", 12.2, -1.6], ["NER", 17.6, 8.1],
  ["LBY", 26.3, 17.2], ["TUR", 39.0, 35.2], ["ARM", 40.1, 45.0], ["AZE", 40.1, 47.6], ["GEO", 42.3, 43.4], ["POL", 51.9, 19.1],
];
const SYLLABLES = ["ka", "lo", "mir", "va", "ne", "ris", "to", "bar", "sha", "del", "an", "ko", "ru", "pol", "zen", "tar", "vi", "gor", "ul", "sen"];
const WORDS = ["troops", "border", "shelling", "convoy", "ceasefire", "talks", "drone", "artillery", "village", "checkpoint", "protest", "militia",
  "refugees", "airstrike", "negotiations", "supplies", "weapons", "offensive", "withdrawal", "sanctions", "envoy", "summit", "patrol", "clashes"];
const DAY = 86_400_000;
const START = Date.UTC(2015, 0, 1);
const SPAN_DAYS = 3652; // ten years

const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

/** Applies the committed migrations (to a new file, or pending ones to an existing file) with the same command production uses. */
export function migrate(file: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "pipe" });
}

export function generate(opts: GenerateOptions): GenerateResult {
  const began = performance.now();
  const r = rng(opts.seed ?? 20241021);
  const N = opts.events;
  const nActors = Math.max(200, Math.round(N / 20));
  const nPlaces = Math.max(100, Math.round(N / 50));
  const nSources = Math.max(100, Math.round(N / 5));

  mkdirSync(dirname(opts.file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(opts.file + suffix, { force: true });
  migrate(opts.file);

  const db = new Database(opts.file);
  db.pragma("foreign_keys = ON");
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");

  // Full-text triggers would index row by row; drop them for the load and rebuild the indexes once at the end.
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);

  const rows: Record<string, number> = {};
  // events.country copies the place's country (the migrations' triggers do it
  // for every other writer; they are dropped for the load).
  const placeCountry: string[] = [];
  const insert = (table: string, columns: string[]) => {
    const stmt = db.prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
    rows[table] = 0;
    return (...values: unknown[]) => {
      stmt.run(...values);
      rows[table]++;
    };
  };
  const insActor = insert("actors", ["id", "kind", "name", "name_norm", "country", "description", "version", "created_at", "updated_at"]);
  const insAlias = insert("actor_aliases", ["actor_id", "name", "name_norm", "kind", "lang"]);
  const insPlace = insert("places", ["id", "name", "kind", "country", "admin1", "latitude", "longitude", "geo_precision", "version", "created_at", "updated_at"]);
  const insSource = insert("sources", ["id", "kind", "title", "publisher_id", "author", "published_at", "published_precision", "language", "url", "parent_id", "description", "version", "created_at", "updated_at"]);
  const insEvent = insert("events", ["id", "type", "plover_category", "acled_event_type", "acled_sub_event_type", "title", "summary", "start_date", "end_date", "date_precision", "place_id", "status", "country", "version", "created_at", "updated_at"]);
  const insPart = insert("event_participants", ["event_id", "actor_id", "role"]);
  const insClaim = insert("claims", ["id", "claimant_id", "source_id", "event_id", "statement", "quote", "stance", "certainty", "verification", "claimed_at", "claimed_precision", "version", "created_at", "updated_at"]);
  const insAbout = insert("claim_about_actors", ["claim_id", "actor_id"]);
  const insQty = insert("quantities", ["id", "claim_id", "subject", "unit", "value", "low", "high", "comparator", "text"]);
  const insRel = insert("claim_relations", ["claim_id", "related_claim_id", "kind"]);

  const pad = (n: number) => String(n).padStart(7, "0");
  const name = (words: number) =>
    Array.from({ length: words }, () => {
      const w = r.pick(SYLLABLES) + r.pick(SYLLABLES) + (r.chance(0.5) ? r.pick(SYLLABLES) : "");
      return w[0].toUpperCase() + w.slice(1);
    }).join(" ");
  const sentence = (n: number) => Array.from({ length: n }, () => r.pick(WORDS)).join(" ");
  const stamp = (i: number) => iso(Date.UTC(2025, 0, 1) + i * 1000);

  const actorKinds = Object.keys(ACTOR_KINDS) as (keyof typeof ACTOR_KINDS)[];
  const load = db.transaction(() => {
    for (let i = 0; i < nActors; i++) {
      const id = `act_b${pad(i)}`;
      const kind = i < 30 ? "state" : r.pick(actorKinds);
      const nm = i < 30 ? `${name(1)}ia` : name(kind === "person" ? 2 : 2);
      const country = r.pick(COUNTRIES)[0];
      insActor(id, kind, nm, foldName(nm), country, `A generated ${kind.replace(/_/g, " ")} for benchmarks.`, 1, stamp(i), stamp(i));
      if (r.chance(0.4)) {
        // A spelling variant: one letter swapped for a lookalike.
        const variant = nm.replace(/o/, "ö").replace(/i(?!.*i)/, "y");
        if (foldName(variant) !== foldName(nm)) insAlias(id, variant, foldName(variant), "spelling", null);
      }
      if (kind === "state" && r.chance(0.8)) {
        const capital = `${name(1)} City`;
        insAlias(id, capital, foldName(capital), "metonym", null);
      }
    }
    for (let i = 0; i < nPlaces; i++) {
      const [country, lat, lon] = COUNTRIES[Math.min(COUNTRIES.length - 1, Math.floor(Math.pow(r.next(), 2) * COUNTRIES.length))];
      const nm = `${name(1)}${r.pick(["sk", "grad", "pur", "abad", "ville", "ton"])}`;
      placeCountry[i] = country;
      insPlace(`plc_b${pad(i)}`, nm, "city", country, null, +(lat + (r.next() - 0.5) * 6).toFixed(4), +(lon + (r.next() - 0.5) * 8).toFixed(4), "locality", 1, stamp(i), stamp(i));
    }
    const media = Array.from({ length: 20 }, (_, i) => `act_b${pad(30 + i)}`);
    for (let i = 0; i < nSources; i++) {
      const published = START + r.int(0, SPAN_DAYS) * DAY;
      insSource(`src_b${pad(i)}`, r.chance(0.7) ? "news_report" : r.pick(Object.keys(SOURCE_KINDS)), `${name(2)} reports ${sentence(4)}`,
        r.pick(media), null, day(published), "day", "en", null, i > 0 && r.chance(0.2) ? `src_b${pad(r.int(0, i - 1))}` : null, null, 1, stamp(i), stamp(i));
    }
  });
  load();

  const actorRank = zipf(nActors, 1.1, r);
  const placeRank = zipf(nPlaces, 0.9, r);
  const sourceRank = zipf(nSources, 0.8, r);
  const types = Object.keys(EVENT_TYPES) as (keyof typeof EVENT_TYPES)[];
  const roles = Object.keys(PARTICIPANT_ROLES);
  const precisions: Record<DatePrecision, number> = { day: 80, week: 5, month: 10, year: 5 };
  const stances: Record<keyof typeof STANCES, number> = { asserts: 55, denies: 8, demands: 8, condemns: 10, predicts: 8, declines_to_comment: 4, does_not_confirm: 3, pledges: 4 };
  const comparators = Object.keys(COMPARATORS) as (keyof typeof COMPARATORS)[];
  const BATCH = 5000;
  let claimNo = 0;
  for (let from = 0; from < N; from += BATCH) {
    db.transaction(() => {
      for (let i = from; i < Math.min(N, from + BATCH); i++) {
        const id = `evt_b${pad(i)}`;
        const type = r.pick(types);
        const t = EVENT_TYPES[type];
        const precision = r.weighted(precisions);
        const when = day(START + r.int(0, SPAN_DAYS) * DAY);
        const span = resolveInterval(when, precision === "day" && r.chance(0.1) ? day(Date.parse(when) + r.int(1, 5) * DAY) : undefined, precision);
        if ("error" in span) throw new Error(span.error);
        const actors = [...new Set(Array.from({ length: r.int(1, 3) }, actorRank))].map((k) => `act_b${pad(k)}`);
        const placeNo = placeRank();
        const place = `plc_b${pad(placeNo)}`;
        insEvent(id, type, t.plover, t.acled?.[0] ?? null, t.acled?.[1] ?? null, `${type.replace(/_/g, " ")}: ${sentence(3)}`, `${sentence(12)}.`,
          span.start_date, span.end_date, precision, place, r.pick(Object.keys(EVENT_STATUSES)), placeCountry[placeNo], 1, stamp(i), stamp(i));
        actors.forEach((a, k) => insPart(id, a, k === 0 ? "initiator" : r.pick(roles)));
        const claims: string[] = [];
        const nClaims = r.int(1, 5);
        for (let c = 0; c < nClaims; c++) {
          const cid = `clm_b${pad(claimNo++)}`;
          const stance = r.weighted(stances);
          const claimant = `act_b${pad(actorRank())}`;
          insClaim(cid, claimant, `src_b${pad(sourceRank())}`, id, `${claimant} ${stance} that ${sentence(8)}.`, r.chance(0.3) ? sentence(10) : null, stance,
            r.pick(Object.keys(CERTAINTIES)), r.pick(Object.keys(VERIFICATIONS)), day(Date.parse(span.start_date) + r.int(0, 3) * DAY), "day", 1, stamp(i), stamp(i));
          if (r.chance(0.5)) insAbout(cid, actors[0]);
          if (r.chance(0.5)) {
            const comparator = r.pick(comparators);
            const v = r.int(1, 5000);
            const [value, low, high] = comparator === "more_than" || comparator === "at_least" ? [null, v, null] : comparator === "less_than" || comparator === "up_to" ? [null, null, v] : [v, null, null];
            insQty(`qty_${cid.slice(4)}`, cid, r.pick(["fatalities", "troops", "displaced people", "shells"]), r.pick(["people", "soldiers", "rounds"]), value, low, high, comparator, String(v));
          }
          if (claims.length && r.chance(0.25)) insRel(cid, r.pick(claims), stance === "denies" ? "responds_to" : r.pick(["contradicts", "supports", "responds_to"]));
          claims.push(cid);
        }
      }
    })();
    opts.progress?.(Math.min(N, from + BATCH), N);
  }

  for (const t of triggers) db.exec(t.sql);
  // The full-text indexes and the record counts are filled once, as the
  // migrations fill them, instead of row by row by the triggers.
  db.transaction(() => {
    for (const c of COLLECTIONS) db.prepare(`UPDATE record_counts SET n = (SELECT count(*) FROM "${c}") WHERE collection = ?`).run(c);
    for (const backfill of ftsBackfills()) {
      db.exec(`DELETE FROM "${backfill.table}"`);
      db.exec(backfill.sql);
      // One segment per index, as a maintained index would be: a bulk insert leaves
      // many, and a per-row probe searches every one (see migration full_text_optimize).
      db.exec(`INSERT INTO "${backfill.table}"("${backfill.table}") VALUES('optimize')`);
    }
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  dropValueSamples(db); // as the server does (see there)
  db.close();

  const seconds = (performance.now() - began) / 1000;
  const records = Object.values(rows).reduce((a, b) => a + b, 0);
  return { rows, records, seconds, recordsPerSecond: records / seconds };
}

/** Each full-text table's `INSERT INTO "<x>_fts" ... SELECT ...;` backfill, from the latest migration that (re)defines it. */
function ftsBackfills(): { table: string; sql: string }[] {
  const dir = "prisma/migrations";
  const latest = new Map<string, string>();
  for (const m of readdirSync(dir).filter((d) => /^\d/.test(d)).sort()) {
    const text = readFileSync(`${dir}/${m}/migration.sql`, "utf8");
    for (const match of text.matchAll(/^INSERT INTO "(\w+_fts)"[^;]*?SELECT[^;]*;/gms)) latest.set(match[1], match[0]);
  }
  return [...latest].map(([table, sql]) => ({ table, sql }));
}

export const defaultDataFile = (events: number) => `bench/.data/events-${events}.db`;
export const dataExists = (file: string) => existsSync(file);
