// UCDP Georeferenced Event Dataset (GED, and the Candidate Events Dataset in
// the same layout): the CSV download and the `gedevents` API JSON. Each row is
// one event; its death figures become a claim by the first cited source.
import { countryFromGw } from "./countries.ts";
import type { Readable } from "node:stream";
import { parseCsvWithHeader, streamCsvWithHeader, type HeaderRow } from "./csv.ts";
import {
  clip, compact, emptyBundle, isoDate, makeId, mapRow, number, outletActor, parseJsonArray, put, required, reject, streamJsonArray, type JsonItem, type MappedRow, type RawBundle, type RawRecord,
} from "./common.ts";

export const UCDP_SCHEME = "ucdp-ged";
export const UCDP_COLUMNS = [
  "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
  "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
  "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
  "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
  "deaths_unknown", "best", "high", "low",
] as const; // plus gwnoa, gwnob in the CSV

export const UCDP_ACTOR: RawRecord = {
  id: "act_ucdp", kind: "research_institute", name: "Uppsala Conflict Data Program", country: "SWE",
  aliases: [{ name: "UCDP", kind: "abbreviation" }], description: "Department of Peace and Conflict Research, Uppsala University; publishes the UCDP datasets.",
};
export const UCDP_SOURCE: RawRecord = {
  id: "src_ucdp-ged", kind: "dataset", title: "UCDP Georeferenced Event Dataset (GED) and Candidate Events Dataset", publisher_id: "act_ucdp", url: "https://ucdp.uu.se/",
  description: "Licensed CC BY 4.0. Cite Sundberg and Melander (2013), Journal of Peace Research 50(4); for candidate events, Hegre et al. (2020), Research & Politics.",
};

const DATE_PRECISION: Record<string, string> = { 1: "day", 2: "week", 3: "week", 4: "month", 5: "year" };
const GEO: Record<string, [kind: string, precision: string]> = {
  1: ["city", "exact"], 2: ["city", "locality"], 3: ["region", "region"], 4: ["region", "region"], 5: ["area", "approximate"], 6: ["country", "country"], 7: ["area", "approximate"],
};
const VIOLENCE: Record<string, [type: string, label: string]> = {
  1: ["battle", "state-based violence"], 2: ["battle", "non-state violence"], 3: ["violence_against_civilians", "one-sided violence"],
};

/** The cited articles: `"Office,YYYY-MM-DD,Headline";"..."` in source_article, else the parallel source_* lists. */
function articles(row: Record<string, string>): { office: string; date?: string; headline?: string }[] {
  const text = row.source_article.trim();
  if (text) {
    const parts = text.replace(/^"|"$/g, "").split(/";\s*"/);
    return parts.map((p) => {
      const m = /^(.*?),\s*(\d{4}-\d{2}-\d{2}),(.*)$/s.exec(p);
      return m ? { office: m[1].trim(), date: m[2], headline: m[3].trim() || undefined } : { office: p.split(",")[0].trim() };
    }).filter((a) => a.office);
  }
  const offices = row.source_office.split(";").map((s) => s.trim());
  const dates = row.source_date.split(";").map((s) => s.trim());
  return offices.filter(Boolean).map((office, i) => ({ office, date: /^\d{4}-\d{2}-\d{2}$/.test(dates[i] ?? "") ? dates[i] : undefined }));
}

function sideActor(name: string, newId: string, gw: string | undefined): RawRecord {
  const government = /^Government of /.test(name);
  return compact({
    id: makeId("act", "ucdp", newId), name: clip(name, 200),
    kind: government ? "state" : name === "Civilians" ? "other" : "armed_group",
    country: government && gw ? countryFromGw(gw) : undefined,
    external_ids: { "ucdp-actor": newId },
  });
}

/** Maps one GED row (every value as text) to records. */
export function mapUcdpRow(row: Record<string, string>): RawBundle {
  const id = required(row, "id");
  if (!/^\d+$/.test(id)) reject(`id: "${id}" is not a UCDP event id (digits)`);
  const violence = VIOLENCE[row.type_of_violence?.trim()] ?? reject(`type_of_violence: "${row.type_of_violence}" is not 1, 2 or 3`);
  const precision = DATE_PRECISION[row.date_prec?.trim()] ?? reject(`date_prec: "${row.date_prec}" is not 1 to 5`);
  const geo = GEO[row.where_prec?.trim()] ?? reject(`where_prec: "${row.where_prec}" is not 1 to 7`);
  const start = isoDate(required(row, "date_start"), "date_start");
  const end = isoDate(required(row, "date_end"), "date_end");
  const latitude = number(row, "latitude");
  const longitude = number(row, "longitude");
  const [best, low, high] = (["best", "low", "high"] as const).map((f) => number(row, f, { integer: true }));
  const b = emptyBundle();
  put(b, "actors", UCDP_ACTOR);
  put(b, "sources", UCDP_SOURCE);

  const sideA = sideActor(required(row, "side_a"), required(row, "side_a_new_id"), row.gwnoa);
  const sideB = sideActor(required(row, "side_b"), required(row, "side_b_new_id"), row.gwnob);
  put(b, "actors", sideA);
  put(b, "actors", sideB);

  const placeName = row.where_coordinates.trim() || row.where_description.trim() || reject("where_coordinates: is empty");
  const place = compact({
    id: makeId("plc", "ucdp", placeName, `${latitude},${longitude}`), name: clip(placeName, 200), kind: geo[0], geo_precision: geo[1],
    country: countryFromGw(row.country_id), admin1: row.adm_1.trim() ? clip(row.adm_1, 200) : undefined, latitude, longitude,
  });
  put(b, "places", place);

  const eventId = `evt_ucdp-ged-${id}`;
  const oneSided = row.type_of_violence.trim() === "3";
  put(b, "events", {
    id: eventId, type: violence[0], status: "reported",
    title: clip(`${row.dyad_name.trim() || `${sideA.name} - ${sideB.name}`}: ${violence[1]} at ${placeName}`, 300),
    summary: clip(`UCDP ${violence[1]} event in ${row.where_description.trim() || placeName}${row.adm_1.trim() ? ` (${row.adm_1.trim()})` : ""}, ${row.country.trim()}, in the conflict ${row.conflict_name.trim() || "(unnamed)"}. UCDP coding status: ${row.code_status.trim() || "not given"}.`, 4000),
    start_date: start, end_date: end, date_precision: precision, place_id: place.id,
    participants: [
      { actor_id: sideA.id, role: oneSided ? "initiator" : "party" },
      ...(sideB.id === sideA.id ? [] : [{ actor_id: sideB.id, role: oneSided ? "target" : "party" }]),
    ],
    external_ids: compact({ [UCDP_SCHEME]: id, "ucdp-ged-relid": row.relid.trim() }),
  });

  // Each cited article is a source known through the dataset. The first one
  // carries the death figures; the others are claims that support it.
  const cited = articles(row);
  const original = row.source_original.trim();
  const figures = `${best} killed (UCDP best estimate; low ${low}, high ${high})`;
  const split = (["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"] as const).map((f) => [f, number(row, f, { integer: true, optional: true })] as const);
  const quantities = [
    { subject: "deaths", unit: "deaths", value: best, low, high, comparator: low === high ? "exact" : "approximately", text: `best ${best}, low ${low}, high ${high}` },
    ...split.filter(([, v]) => v !== undefined).map(([f, v]) => ({
      subject: { deaths_a: `deaths on side A (${sideA.name})`, deaths_b: `deaths on side B (${sideB.name})`, deaths_civilians: "civilian deaths", deaths_unknown: "deaths of unknown status" }[f],
      unit: "deaths", value: v, comparator: "exact",
    })),
  ];
  if (cited.length === 0) {
    put(b, "claims", compact({
      id: `clm_ucdp-ged-${id}-1`, claimant_id: UCDP_ACTOR.id, source_id: UCDP_SOURCE.id, event_id: eventId,
      statement: clip(`${figures}${original ? `, according to ${original}` : ""}.`, 2000), stance: "asserts", certainty: "certain", verification: "unverified", quantities,
    }));
  }
  cited.forEach((a, i) => {
    const outlet = outletActor(a.office);
    put(b, "actors", outlet);
    const sourceId = `src_ucdp-ged-${id}-${i + 1}`;
    put(b, "sources", compact({
      id: sourceId, kind: outlet.kind === "government_body" ? "government_statement" : "news_report",
      title: clip(a.headline ?? `${a.office}${a.date ? `, ${a.date}` : ""}`, 500), publisher_id: outlet.id,
      published_at: a.date, published_precision: a.date ? "day" : undefined, parent_id: UCDP_SOURCE.id,
      description: `Cited by UCDP GED event ${id}.`,
    }));
    put(b, "claims", compact({
      id: `clm_ucdp-ged-${id}-${i + 1}`, claimant_id: outlet.id, source_id: sourceId, event_id: eventId,
      statement: clip(i === 0 ? `${figures}, as reported by ${a.office}${original ? ` citing ${original}` : ""}.` : `${a.office} also reported this event.`, 2000),
      stance: "asserts", certainty: "certain", verification: "unverified", claimed_at: a.date, claimed_precision: a.date ? "day" : undefined,
      quantities: i === 0 ? quantities : [],
      relations: i === 0 ? [] : [{ kind: "supports", related_claim_id: `clm_ucdp-ged-${id}-1` }],
    }));
  });
  return b;
}

const ucdpCsvRow = ({ line, row, width, header }: HeaderRow & { header: string[] }) =>
  mapRow(line, row.id?.trim() || undefined, () => {
    if (width !== header.length) reject(`has ${width} fields, the header has ${header.length}`);
    return mapUcdpRow(row);
  });

export function* parseUcdpCsv(text: string): Generator<MappedRow> {
  const { header, rows } = parseCsvWithHeader(text, UCDP_COLUMNS);
  for (const r of rows) yield ucdpCsvRow({ ...r, header });
}

export async function* streamUcdpCsv(input: Readable): AsyncGenerator<MappedRow> {
  for await (const r of streamCsvWithHeader(input, UCDP_COLUMNS)) yield ucdpCsvRow(r);
}

const asText = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));

function ucdpJsonItem({ line, value }: JsonItem): MappedRow {
  const row = value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asText(v)])) : null;
  return mapRow(line, row?.id || undefined, () => {
    if (!row) return reject("is not a JSON object");
    const missing = UCDP_COLUMNS.filter((c) => !(c in row));
    if (missing.length) reject(`lacks the field${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
    return mapUcdpRow(row);
  });
}

export function* parseUcdpJson(text: string): Generator<MappedRow> {
  for (const item of parseJsonArray(text)) yield ucdpJsonItem(item);
}

export async function* streamUcdpJson(input: Readable): AsyncGenerator<MappedRow> {
  for await (const item of streamJsonArray(input)) yield ucdpJsonItem(item);
}
