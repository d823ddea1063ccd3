// Synthetic dataset files for the import benchmark, in each dataset's own
// layout: UCDP GED CSV (49 columns) and ACLED CSV (31 columns). The same rows
// and seed give the same file, byte for byte. Event ids start far above the
// real datasets' (UCDP's are below 1,000,000), so a file never updates real
// rows; values are drawn like the real data's: a few conflicts and actors in
// most rows, places repeating, one to three cited sources.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { csvLine } from "../src/formats/csv.ts";
import { ACLED_COLUMNS } from "../src/formats/acled.ts";
import { UCDP_COLUMNS } from "../src/formats/ucdp.ts";
import { rng, zipf } from "./random.ts";

export const DATASET_FORMATS = ["ucdp-ged", "acled"] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** Countries with their Gleditsch-Ward and ISO numeric codes, a name and a centre. */
const COUNTRIES = [
  { gw: 369, iso: 804, name: "Ukraine", lat: 48.5, lon: 34.5, region: "Europe" },
  { gw: 365, iso: 643, name: "Russia (Soviet Union)", lat: 52.0, lon: 38.0, region: "Europe" },
  { gw: 652, iso: 760, name: "Syria", lat: 35.0, lon: 38.5, region: "Middle East" },
  { gw: 645, iso: 368, name: "Iraq", lat: 33.3, lon: 44.0, region: "Middle East" },
  { gw: 700, iso: 4, name: "Afghanistan", lat: 34.5, lon: 66.0, region: "Asia" },
  { gw: 679, iso: 887, name: "Yemen (North Yemen)", lat: 15.5, lon: 47.5, region: "Middle East" },
  { gw: 625, iso: 729, name: "Sudan", lat: 13.0, lon: 30.0, region: "Africa" },
  { gw: 770, iso: 586, name: "Pakistan", lat: 30.0, lon: 70.0, region: "Asia" },
  { gw: 100, iso: 170, name: "Colombia", lat: 4.5, lon: -74.0, region: "Americas" },
  { gw: 666, iso: 376, name: "Israel", lat: 31.5, lon: 34.8, region: "Middle East" },
];
const OUTLETS = ["Reuters News", "Agence France Presse", "BBC Monitoring", "Associated Press", "ITAR-TASS", "Ukrinform", "Al Jazeera", "Xinhua", "Kyiv Independent",
  "Ministry of Defence of Ukraine", "Syrian Observatory for Human Rights", "The New York Times", "Dawn", "El Tiempo", "Sudan Tribune", "Times of Israel",
  ...Array.from({ length: 184 }, (_, i) => `Regional Outlet ${i + 1}`)];
const HEADLINES = ["Shelling reported near the front line", "Drone attack on a village", "Clashes between armed groups", "Civilians killed in an air strike",
  "Fighting continues in the region", "Attack on a checkpoint", "Explosion at a market", "Convoy ambushed on the highway"];

/** The first synthetic UCDP event id. */
export const FIRST_UCDP_ID = 50_000_000;

function* ucdpLines(rows: number, seed: number): Generator<string> {
  const r = rng(seed);
  const conflictOf = zipf(400, 1.1, r);
  const placeOf = zipf(40_000, 0.9, r);
  const outletOf = zipf(OUTLETS.length, 1.2, r);
  yield csvLine([...UCDP_COLUMNS, "gwnoa", "gwnob"]);
  for (let i = 0; i < rows; i++) {
    const id = FIRST_UCDP_ID + i;
    const conflict = conflictOf();
    const country = COUNTRIES[conflict % COUNTRIES.length];
    const violence = conflict % 7 === 0 ? 3 : conflict % 5 === 0 ? 2 : 1;
    const sideA = violence === 2 ? { id: 1000 + conflict * 2, name: `Armed Group ${conflict * 2}` } : { id: country.gw, name: `Government of ${country.name}` };
    const sideB = violence === 3 ? { id: 1, name: "Civilians" } : { id: 1001 + conflict * 2, name: `Armed Group ${conflict * 2 + 1}` };
    const place = placeOf();
    const lat = (country.lat + ((place * 7919) % 4000) / 1000 - 2).toFixed(6);
    const lon = (country.lon + ((place * 104729) % 4000) / 1000 - 2).toFixed(6);
    const year = 1989 + (i % 36);
    const day = new Date(Date.UTC(year, r.int(0, 11), r.int(1, 28))).toISOString().slice(0, 10);
    const datePrec = r.weighted({ 1: 80, 2: 8, 3: 4, 4: 6, 5: 2 });
    const articles = Array.from({ length: r.int(1, 3) }, () => `${OUTLETS[outletOf()]},${day},${r.pick(HEADLINES)}`);
    const low = r.int(0, 5);
    const best = low + r.int(0, 10);
    const high = best + r.int(0, 10);
    const split = [r.int(0, best), 0, 0, 0];
    split[1] = r.int(0, best - split[0]);
    split[2] = r.int(0, best - split[0] - split[1]);
    split[3] = best - split[0] - split[1] - split[2];
    const values: Record<string, string | number> = {
      id, relid: `SYN-${year}-${violence}-${conflict}-${i}`, year, active_year: "true", code_status: r.chance(0.9) ? "Clear" : "Check geography",
      type_of_violence: violence, conflict_dset_id: conflict, conflict_new_id: 20_000 + conflict, conflict_name: `${sideA.name.replace(/^Government of /, "")} - ${sideB.name}`,
      dyad_dset_id: conflict, dyad_new_id: 30_000 + conflict, dyad_name: `${sideA.name} - ${sideB.name}`, side_a_dset_id: sideA.id, side_a_new_id: sideA.id, side_a: sideA.name,
      side_b_dset_id: sideB.id, side_b_new_id: sideB.id, side_b: sideB.name, number_of_sources: articles.length, source_article: articles.map((a) => `"${a}"`).join(";"),
      source_office: articles.map((a) => a.split(",")[0]).join(";"), source_date: articles.map(() => day).join(";"), source_headline: articles.map((a) => a.split(",")[2]).join(";"),
      source_original: r.chance(0.5) ? `${country.name.replace(/ \(.*/, "")} (regional authorities)` : "", where_prec: r.weighted({ 1: 50, 2: 20, 3: 10, 4: 8, 5: 5, 6: 5, 7: 2 }),
      where_coordinates: `Place ${place} town`, where_description: `near Place ${place}, ${country.name}`, adm_1: `Region ${place % 40}`, adm_2: `District ${place % 400}`,
      latitude: lat, longitude: lon, geom_wkt: `POINT (${lon} ${lat})`, priogrid_gid: 100_000 + (place % 90_000), country: country.name, country_id: country.gw, region: country.region,
      event_clarity: 1, date_prec: datePrec, date_start: `${day} 00:00:00.000`, date_end: `${day} 00:00:00.000`,
      deaths_a: split[0], deaths_b: split[1], deaths_civilians: split[2], deaths_unknown: split[3], best, high, low,
      gwnoa: sideA.id === country.gw ? country.gw : "", gwnob: "",
    };
    yield csvLine([...UCDP_COLUMNS, "gwnoa", "gwnob"].map((c) => values[c]));
  }
}

const ACLED_TYPES: [string, string, number][] = [
  ["Battles", "Armed clash", 30], ["Explosions/Remote violence", "Shelling/artillery/missile attack", 25], ["Violence against civilians", "Attack", 12],
  ["Protests", "Peaceful protest", 20], ["Riots", "Violent demonstration", 6], ["Strategic developments", "Agreement", 2], ["Strategic developments", "Looting/property destruction", 5],
];
const ACLED_ACTORS = [
  ["Military Forces of Russia (2000-)", 8], ["Military Forces of Ukraine (2019-)", 1], ["Military Forces of Syria (2024-)", 1], ["Islamic State (Syria)", 2],
  ["Taliban", 2], ["Rapid Support Forces", 3], ["Protesters (International)", 6], ["Rioters (International)", 5], ["Civilians (International)", 7],
  ...Array.from({ length: 300 }, (_, i) => [`Militia Group ${i + 1}`, 4]),
] as [string, number][];

function* acledLines(rows: number, seed: number): Generator<string> {
  const r = rng(seed);
  const actorOf = zipf(ACLED_ACTORS.length, 1.0, r);
  const placeOf = zipf(60_000, 0.9, r);
  const outletOf = zipf(OUTLETS.length, 1.2, r);
  const weights = Object.fromEntries(ACLED_TYPES.map((t, i) => [i, t[2]]));
  yield csvLine(ACLED_COLUMNS);
  for (let i = 0; i < rows; i++) {
    const place = placeOf();
    const country = COUNTRIES[place % COUNTRIES.length];
    const [type, subtype] = ACLED_TYPES[Number(r.weighted(weights))];
    const a1 = ACLED_ACTORS[actorOf()];
    const a2 = type === "Protests" ? null : ACLED_ACTORS[actorOf()];
    const day = new Date(Date.UTC(1997 + (i % 28), r.int(0, 11), r.int(1, 28))).toISOString().slice(0, 10);
    const fatalities = type === "Protests" ? 0 : r.int(0, 12);
    const sources = Array.from({ length: r.int(1, 2) }, () => OUTLETS[outletOf()]);
    const values: Record<string, string | number> = {
      event_id_cnty: `SYN${i + 1}`, event_date: day, year: day.slice(0, 4), time_precision: r.weighted({ 1: 85, 2: 10, 3: 5 }),
      disorder_type: type === "Protests" ? "Demonstrations" : "Political violence", event_type: type, sub_event_type: subtype,
      actor1: a1[0], assoc_actor_1: "", inter1: a1[1], actor2: a2?.[0] ?? "", assoc_actor_2: "", inter2: a2?.[1] ?? "", interaction: "", civilian_targeting: "",
      iso: country.iso, region: country.region, country: country.name, admin1: `Region ${place % 40}`, admin2: `District ${place % 400}`, admin3: "",
      location: `Place ${place}`, latitude: (country.lat + ((place * 7919) % 4000) / 1000 - 2).toFixed(4), longitude: (country.lon + ((place * 104729) % 4000) / 1000 - 2).toFixed(4),
      geo_precision: r.weighted({ 1: 70, 2: 25, 3: 5 }), source: sources.join("; "), source_scale: "National",
      notes: `On ${day}, ${a1[0]}${a2 ? ` and ${a2[0]}` : ""}: ${subtype.toLowerCase()} in Place ${place}. ${fatalities} fatalities.`, fatalities, tags: "", timestamp: 1_700_000_000 + i,
    };
    yield csvLine(ACLED_COLUMNS.map((c) => values[c]));
  }
}

/** Writes `rows` synthetic rows of the format to `file`; returns its size in bytes. */
export async function writeDatasetFile(format: DatasetFormat, rows: number, file: string, seed = 20): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  for (const line of format === "ucdp-ged" ? ucdpLines(rows, seed) : acledLines(rows, seed)) {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return bytes;
}
