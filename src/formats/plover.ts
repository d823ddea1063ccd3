// PLOVER event records (JSON): import the gold-standard-record layout
// (`source`/`target`/`eventText`, PLOVER 0.5) and the current one
// (`actor`/`recipient`/`event_text`), and export events as PLOVER JSON lines.
import { EVENT_TYPES } from "../domain/vocabulary.ts";
import { countryFromAlpha3 } from "./countries.ts";
import { Readable } from "node:stream";
import { clip, compact, emptyBundle, isoDate, makeId, mapRow, parseJsonArray, put, reject, RowError, streamJsonArray, streamJsonLines, type JsonItem, type MappedRow, type RawBundle, type RawRecord } from "./common.ts";
import type { EventForExport } from "../repositories/exports.ts";

export const PLOVER_SCHEME = "plover";

export const PLOVER_ACTOR: RawRecord = {
  id: "act_oeda", kind: "research_institute", name: "Open Event Data Alliance", aliases: [{ name: "OEDA", kind: "abbreviation" }],
  description: "Maintains PLOVER, the Political Language Ontology for Verifiable Event Records.",
};
export const PLOVER_SOURCE: RawRecord = {
  id: "src_plover", kind: "dataset", title: "PLOVER event records", publisher_id: "act_oeda", url: "https://github.com/openeventdata/PLOVER",
  description: "The PLOVER gold standard records are licensed CC BY-SA 4.0, copyright 2016 by the Open Event Data Alliance.",
};

/** PLOVER categories, current and 0.5 (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT were merged later), to our types. */
export const PLOVER_TYPES: Record<string, string> = {
  AGREE: "agreement", CONSULT: "consultation", SUPPORT: "support", COOPERATE: "cooperation", AID: "aid", CONCEDE: "concession", RETREAT: "retreat",
  REQUEST: "request", DEMAND: "request", ACCUSE: "accusation", DISAPPROVE: "accusation", INVESTIGATE: "accusation", REJECT: "rejection",
  THREATEN: "threat", PROTEST: "protest", MOBILIZE: "mobilization", SANCTION: "sanction", COERCE: "coercion", ASSAULT: "armed_assault", FIGHT: "armed_assault",
  OTHER: "other",
};
const SECTORS: Record<string, string> = {
  GOV: "government_body", MIL: "military_unit", COP: "government_body", JUD: "government_body", LEG: "government_body", SPY: "intelligence_agency",
  IGO: "international_organisation", REB: "armed_group", INS: "armed_group", UAF: "armed_group", MED: "media_organisation", EDU: "research_institute",
};
const FIGURES = { size: ["size", "people"], dead: ["deaths", "deaths"], injured: ["injuries", "injuries"] } as const;

/** Vague plurals give a floor ("thousands": at least 1,000), as COMPARATORS says. */
const VAGUE: [RegExp, number][] = [[/^tens of thousands$/i, 10_000], [/^thousands$/i, 1_000], [/^hundreds$/i, 100], [/^dozens$/i, 24], [/^scores$/i, 40]];

function figure(text: string): { value?: number; low?: number; comparator: string; text?: string } | null {
  const n = Number(text.replace(/,/g, ""));
  if (text && Number.isFinite(n)) return { value: n, comparator: "exact" };
  const vague = VAGUE.find(([re]) => re.test(text));
  return vague ? { low: vague[1], comparator: "at_least", text: clip(text, 200) } : null;
}

type Entity = { actorText?: unknown; code?: unknown; sector?: unknown };

function entities(value: unknown, field: string): { text: string; code?: string; sector?: string }[] {
  if (value === undefined || value === null || value === "") return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((e: Entity, i) => {
    if (!e || typeof e !== "object" || typeof e.actorText !== "string" || !e.actorText.trim()) return reject(`${field}[${i}]: needs an actorText`);
    return { text: e.actorText.trim(), code: typeof e.code === "string" && e.code.trim() ? e.code.trim() : undefined, sector: typeof e.sector === "string" && e.sector.trim() ? e.sector.trim() : undefined };
  });
}

/** The actor for a PLOVER entity, shared by its text. Code and sector are kept in the description (an external id must be unique per actor). */
function entityActor(e: { text: string; code?: string; sector?: string }): RawRecord {
  const country = e.code ? countryFromAlpha3(e.code) : undefined;
  return compact({
    id: makeId("act", "plover", e.text), name: clip(e.text, 200), country,
    kind: e.sector ? SECTORS[e.sector.slice(0, 3)] ?? "other" : country && e.code === country ? "state" : "other",
    description: [e.code && `code ${e.code}`, e.sector && `sector ${e.sector}`].filter(Boolean).join("; ") || undefined,
  });
}

export function mapPloverRecord(r: Record<string, unknown>): RawBundle | { skip: string } {
  const id = typeof r.id === "string" && r.id.trim() ? r.id.trim() : reject("id: is missing");
  const category = typeof r.event === "string" ? r.event.trim().toUpperCase() : reject("event: is missing");
  if (category === "DOCUMENT") return { skip: "a DOCUMENT record documents the file; it is not an event" };
  const type = PLOVER_TYPES[category] ?? reject(`event: "${category}" is not a PLOVER category`);
  const date = isoDate(typeof r.date === "string" ? r.date : reject("date: is missing"), "date");
  const eventText = String(r.eventText ?? r.event_text ?? "").trim();
  const text = String(r.text ?? "").trim();
  const b = emptyBundle();
  put(b, "actors", PLOVER_ACTOR);
  put(b, "sources", PLOVER_SOURCE);

  const participants: { actor_id: string; role: string }[] = [];
  for (const [field, role] of [["source", "initiator"], ["actor", "initiator"], ["target", "target"], ["recipient", "target"]] as const) {
    for (const e of entities(r[field], field)) {
      const a = entityActor(e);
      put(b, "actors", a);
      if (!participants.some((p) => p.actor_id === a.id && p.role === role)) participants.push({ actor_id: a.id, role });
    }
  }

  let placeId: string | undefined;
  const loc = (r.eventLoc ?? r.event_loc) as { name?: unknown; "country code"?: unknown } | undefined;
  if (loc && typeof loc === "object" && typeof loc.name === "string" && loc.name.trim()) {
    const code = typeof loc["country code"] === "string" ? loc["country code"] : undefined;
    placeId = makeId("plc", "plover", loc.name);
    put(b, "places", compact({ id: placeId, name: clip(loc.name, 200), kind: "area", geo_precision: "approximate", country: code ? countryFromAlpha3(code) : undefined }));
  }

  const publication = String(r.publication ?? "").trim() || "PLOVER record";
  const publisher = { id: makeId("act", "outlet", publication), kind: "other", name: clip(publication, 200) };
  put(b, "actors", publisher);
  const sourceId = makeId("src", "plover", publication);
  const language = typeof r.language === "string" && /^[a-z]{2,3}$/.test(r.language) ? r.language : undefined;
  put(b, "sources", compact({ id: sourceId, kind: "other", title: clip(publication, 500), publisher_id: publisher.id, parent_id: PLOVER_SOURCE.id, language }));

  const unreadable: string[] = [];
  const quantities = (Object.keys(FIGURES) as (keyof typeof FIGURES)[]).flatMap((k) => {
    const v = r[k];
    if (v === undefined || v === null || v === "") return [];
    const q = figure(String(v).trim());
    if (!q) unreadable.push(`${k} "${String(v)}"`);
    return q ? [{ subject: FIGURES[k][0], unit: FIGURES[k][1], ...q }] : [];
  });
  const eventId = makeId("evt", "plover", id);
  const names = (role: string) => participants.filter((p) => p.role === role).map((p) => b.actors.find((a) => a.id === p.actor_id)!.name).join(", ");
  put(b, "events", compact({
    id: eventId, type, status: "reported", title: clip(eventText || category.toLowerCase(), 300), summary: clip(text || eventText || category, 4000),
    start_date: date, date_precision: "day", place_id: placeId, participants, external_ids: { [PLOVER_SCHEME]: id },
  }));
  put(b, "claims", compact({
    id: makeId("clm", "plover", id), claimant_id: publisher.id, source_id: sourceId, event_id: eventId,
    statement: clip(`${names("initiator") || "someone"} — ${EVENT_TYPES[type as keyof typeof EVENT_TYPES].plover} (${eventText || "no event text"}) — ${names("target") || "no target"}${unreadable.length ? `; also ${unreadable.join(", ")}` : ""}`, 2000),
    quote: text ? clip(text, 4000) : undefined, stance: "asserts", certainty: "certain", verification: "unverified", quantities,
  }));
  return b;
}

/** A JSON array of records, or JSON lines (one record a line, as the exporter writes them). */
export function* parsePlover(text: string): Generator<MappedRow> {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  const items: { line: number; value: unknown }[] = [];
  if (trimmed.startsWith("[")) items.push(...parseJsonArray(text));
  else {
    text.split(/\r?\n/).forEach((l, i) => {
      if (!l.trim()) return;
      try {
        items.push({ line: i + 1, value: JSON.parse(l) });
      } catch (err) {
        items.push({ line: i + 1, value: new RowError(`is not JSON: ${(err as Error).message}`) });
      }
    });
  }
  for (const item of items) yield ploverItem(item);
}

function ploverItem({ line, value }: JsonItem): MappedRow {
  const rec = value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Error) ? (value as Record<string, unknown>) : null;
  return mapRow(line, typeof rec?.id === "string" ? rec.id : undefined, () => {
    if (value instanceof RowError) throw value;
    if (!rec) return reject("is not a JSON object");
    return mapPloverRecord(rec);
  });
}

/** parsePlover over a stream: a JSON array when the first character is `[`, else JSON lines. */
export async function* streamPlover(input: Readable): AsyncGenerator<MappedRow> {
  const chunks = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first: string | undefined;
  while (first === undefined) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(Buffer.from(next.value as Buffer));
    first = /\S/.exec(Buffer.concat(head).toString("utf8").replace(/^\uFEFF/, ""))?.[0];
  }
  const rest = Readable.from((async function* () {
    yield* head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value as Buffer;
  })(), { objectMode: false });
  for await (const item of first === "[" ? streamJsonArray(rest) : streamJsonLines(rest)) yield ploverItem(item);
}

function entityOf(a: EventForExport["participants"][number]) {
  const code = /code ([^;]+)/.exec(a.description ?? "")?.[1] ?? a.country ?? undefined;
  const sector = /sector ([^;]+)/.exec(a.description ?? "")?.[1];
  return compact({ actorText: a.name, code, sector });
}

/** PLOVER JSON lines, one event a line, in the gold-standard-record layout the importer reads. */
export async function* ploverJsonl(events: Iterable<EventForExport> | AsyncIterable<EventForExport>): AsyncGenerator<string> {
  for await (const e of events) {
    const claim = e.claims[0];
    const figures = Object.fromEntries(
      (Object.keys(FIGURES) as (keyof typeof FIGURES)[]).flatMap((k) => {
        const q = e.claims.flatMap((c) => c.quantities).find((x) => x.subject === FIGURES[k][0] || (k === "dead" && x.subject === "fatalities"));
        const v = q ? q.text ?? q.value ?? q.low ?? q.high : null;
        return v === null || v === undefined ? [] : [[k, String(v)]];
      }),
    );
    const record = compact({
      id: e.external_ids[PLOVER_SCHEME] ?? e.id,
      date: e.start_date,
      source: e.participants.filter((p) => p.role !== "target").map(entityOf),
      target: e.participants.filter((p) => p.role === "target").map(entityOf),
      event: EVENT_TYPES[e.type as keyof typeof EVENT_TYPES]?.plover ?? e.plover_category,
      eventText: e.title,
      eventLoc: e.place ? compact({ name: e.place.name, "country code": e.place.country ?? undefined }) : undefined,
      ...figures,
      text: e.summary,
      language: claim?.source_language ?? undefined,
      publication: claim?.source_title,
    });
    yield `${JSON.stringify(record)}\n`;
  }
}
