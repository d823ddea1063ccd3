// ACLED CSV: import (one row per event; its fatalities become a claim by the
// first cited source) and export (events as rows in ACLED's column layout).
import { EVENT_TYPES } from "../domain/vocabulary.ts";
import { countryFromIsoNumeric, countryName, isoNumericOf } from "./countries.ts";
import type { Readable } from "node:stream";
import { csvLine, parseCsvWithHeader, streamCsvWithHeader, unneutralise, type HeaderRow } from "./csv.ts";
import { clip, compact, emptyBundle, isoDate, makeId, mapRow, number, outletActor, put, reject, required, type MappedRow, type RawBundle, type RawRecord } from "./common.ts";
import type { EventForExport } from "../repositories/exports.ts";

export const ACLED_SCHEME = "acled";
export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
  "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
  "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
] as const;
const REQUIRED_COLUMNS = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "location", "latitude", "longitude", "geo_precision", "source", "fatalities"] as const;

export const ACLED_ACTOR: RawRecord = {
  id: "act_acled", kind: "research_institute", name: "Armed Conflict Location & Event Data", country: "USA",
  aliases: [{ name: "ACLED", kind: "abbreviation" }], description: "Publishes the ACLED dataset of political violence and protest events.",
};
export const ACLED_SOURCE: RawRecord = {
  id: "src_acled", kind: "dataset", title: "Armed Conflict Location & Event Data (ACLED)", publisher_id: "act_acled", url: "https://acleddata.com/",
  description: "ACLED's terms forbid redistributing its raw data; credit ACLED with a link, the access date, the filters used and any changes made.",
};

const TYPES: Record<string, string> = {
  Battles: "battle", "Explosions/Remote violence": "remote_violence", "Violence against civilians": "violence_against_civilians",
  Protests: "protest", Riots: "riot", "Strategic developments": "strategic_development",
};
const DATE_PRECISION: Record<string, string> = { 1: "day", 2: "week", 3: "month" };
const GEO: Record<string, [kind: string, precision: string]> = { 1: ["city", "locality"], 2: ["city", "approximate"], 3: ["region", "region"] };
const GEO_BACK: Record<string, string> = { exact: "1", locality: "1", approximate: "2", region: "3", country: "3" };

/** ACLED's actor categories (`inter1`/`inter2`), as numbers (before 2024) or names. */
const INTER: Record<string, string> = {
  1: "military_unit", 2: "armed_group", 3: "armed_group", 4: "armed_group", 5: "other", 6: "other", 7: "other", 8: "military_unit",
  "state forces": "military_unit", "rebel group": "armed_group", "political militia": "armed_group", "identity militia": "armed_group",
  rioters: "other", protesters: "other", civilians: "other", "external/other forces": "military_unit",
};
const INTER_BACK: Record<string, string> = { military_unit: "1", armed_group: "3", state: "1", government_body: "1" };

const names = (text: string) => text.split(";").map((s) => s.trim()).filter(Boolean);

export function mapAcledRow(row: Record<string, string>): RawBundle {
  const code = required(row, "event_id_cnty");
  if (!/^[A-Za-z0-9_-]{1,60}$/.test(code)) reject(`event_id_cnty: "${code}" is not an ACLED event id`);
  const type = TYPES[row.event_type.trim()] ?? reject(`event_type: "${row.event_type}" is not an ACLED event type`);
  const subtype = row.sub_event_type.trim();
  const finalType = type === "strategic_development" && subtype === "Agreement" ? "agreement" : type;
  const date = isoDate(required(row, "event_date"), "event_date");
  const precision = DATE_PRECISION[row.time_precision.trim()] ?? reject(`time_precision: "${row.time_precision}" is not 1, 2 or 3`);
  const geo = GEO[row.geo_precision.trim()] ?? reject(`geo_precision: "${row.geo_precision}" is not 1, 2 or 3`);
  const latitude = number(row, "latitude");
  const longitude = number(row, "longitude");
  const fatalities = number(row, "fatalities", { integer: true });
  const location = required(row, "location");
  const cited = names(required(row, "source"));

  const b = emptyBundle();
  put(b, "actors", ACLED_ACTOR);
  put(b, "sources", ACLED_SOURCE);
  const participants: { actor_id: string; role: string }[] = [];
  const addActors = (list: string[], inter: string, role: string) => {
    for (const name of list) {
      const actor = { id: makeId("act", "acled", name), kind: INTER[inter.trim().toLowerCase()] ?? "other", name: clip(name, 200) };
      put(b, "actors", actor);
      if (!participants.some((p) => p.actor_id === actor.id && p.role === role)) participants.push({ actor_id: actor.id, role });
    }
  };
  addActors(names(required(row, "actor1")), row.inter1 ?? "", "initiator");
  addActors(names(row.assoc_actor_1 ?? ""), row.inter1 ?? "", "initiator");
  addActors(names(row.actor2 ?? ""), row.inter2 ?? "", "target");
  addActors(names(row.assoc_actor_2 ?? ""), row.inter2 ?? "", "target");

  const country = countryFromIsoNumeric(row.iso ?? "");
  const place = compact({
    id: makeId("plc", "acled", location, `${latitude},${longitude}`), name: clip(location, 200), kind: geo[0], geo_precision: geo[1],
    country, admin1: row.admin1?.trim() ? clip(row.admin1, 200) : undefined, latitude, longitude,
  });
  put(b, "places", place);

  const eventId = makeId("evt", "acled", code);
  const label = (EVENT_TYPES[finalType as keyof typeof EVENT_TYPES].acled?.[0] ?? finalType).toLowerCase();
  put(b, "events", {
    id: eventId, type: finalType, status: "reported", title: clip(`${label[0].toUpperCase()}${label.slice(1)} in ${location}`, 300),
    summary: clip(row.notes?.trim() || `${row.event_type.trim()} in ${location}.`, 4000),
    start_date: date, date_precision: precision, place_id: place.id, participants, external_ids: { [ACLED_SCHEME]: code },
  });

  cited.forEach((name, i) => {
    const outlet = outletActor(name);
    put(b, "actors", outlet);
    const sourceId = makeId("src", "acled", code, String(i + 1));
    put(b, "sources", {
      id: sourceId, kind: outlet.kind === "government_body" ? "government_statement" : "news_report", title: clip(`${name}, cited by ACLED event ${code}`, 500),
      publisher_id: outlet.id, parent_id: ACLED_SOURCE.id,
    });
    const first = makeId("clm", "acled", code, "1");
    put(b, "claims", {
      id: makeId("clm", "acled", code, String(i + 1)), claimant_id: outlet.id, source_id: sourceId, event_id: eventId,
      statement: clip(i === 0 ? `${fatalities} reported fatalities, according to ${name} as coded by ACLED.` : `${name} also reported this event.`, 2000),
      stance: "asserts", certainty: "certain", verification: "unverified",
      quantities: i === 0 ? [{ subject: "fatalities", unit: "deaths", value: fatalities, comparator: "exact" }] : [],
      relations: i === 0 ? [] : [{ kind: "supports", related_claim_id: first }],
    });
  });
  return b;
}

const acledRow = ({ line, row: cells, width, header }: HeaderRow & { header: string[] }) => {
  // Cells the export neutralised ('=...) read back as they were written.
  const row = Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, unneutralise(v)]));
  return mapRow(line, row.event_id_cnty?.trim() || undefined, () => {
    if (width !== header.length) reject(`has ${width} fields, the header has ${header.length}`);
    return mapAcledRow(row);
  });
};

export function* parseAcled(text: string): Generator<MappedRow> {
  const { header, rows } = parseCsvWithHeader(text, REQUIRED_COLUMNS);
  for (const r of rows) yield acledRow({ ...r, header });
}

export async function* streamAcled(input: Readable): AsyncGenerator<MappedRow> {
  for await (const r of streamCsvWithHeader(input, REQUIRED_COLUMNS)) yield acledRow(r);
}

const DISORDER: Record<string, string> = {
  Battles: "Political violence", "Explosions/Remote violence": "Political violence", "Violence against civilians": "Political violence",
  Protests: "Demonstrations", Riots: "Political violence", "Strategic developments": "Strategic developments",
};

/** ACLED-style CSV, a line at a time: the header, then one line per event. Fields ACLED has and we do not are left empty. */
export async function* acledCsv(events: Iterable<EventForExport> | AsyncIterable<EventForExport>): AsyncGenerator<string> {
  yield csvLine(ACLED_COLUMNS);
  for await (const e of events) {
    // ACLED has two sides: initiators and suppliers are side 1, targets side 2, and parties fill whichever side is empty.
    const initiators = e.participants.filter((p) => p.role === "initiator" || p.role === "supplier");
    const targets = e.participants.filter((p) => p.role === "target" || p.role === "recipient" || p.role === "summoned");
    for (const p of e.participants.filter((x) => !initiators.includes(x) && !targets.includes(x))) (initiators.length && !targets.length ? targets : initiators).push(p);
    const figure = e.claims.flatMap((c) => c.quantities.filter((q) => /^(fatalities|deaths)$/.test(q.subject)))[0];
    const acled = EVENT_TYPES[e.type as keyof typeof EVENT_TYPES]?.acled;
    const inter = (list: typeof initiators) => (list[0] ? INTER_BACK[list[0].kind] ?? "7" : "");
    yield csvLine([
      e.external_ids[ACLED_SCHEME] ?? e.id, e.start_date, e.start_date.slice(0, 4), { day: "1", week: "2" }[e.date_precision] ?? "3",
      acled ? DISORDER[acled[0]] : "", acled?.[0] ?? "", acled?.[1] ?? "",
      initiators[0]?.name ?? "", initiators.slice(1).map((a) => a.name).join("; "), inter(initiators),
      targets[0]?.name ?? "", targets.slice(1).map((a) => a.name).join("; "), inter(targets), "", "",
      isoNumericOf(e.place?.country), "", countryName(e.place?.country) || (e.place?.country ?? ""), e.place?.admin1 ?? "", "", "",
      e.place?.name ?? "", e.place?.latitude ?? "", e.place?.longitude ?? "", e.place ? GEO_BACK[e.place.geo_precision] ?? "2" : "",
      [...new Set(e.claims.map((c) => c.source_publisher).filter(Boolean))].join("; "), "", e.summary,
      figure ? figure.value ?? figure.low ?? figure.high ?? "" : "", "", "",
    ]);
  }
}
