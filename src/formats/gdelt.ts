// GDELT 2.0 event exports: tab-separated, no header, 61 columns. Each row is
// one event coded by machine from one news article; the article is the source
// and its website the claimant.
import { countryFromAlpha3, countryFromFips } from "./countries.ts";
import type { Readable } from "node:stream";
import { parseDelimited, streamDelimited, type CsvRow } from "./csv.ts";
import { clip, compact, emptyBundle, isoDate, isUrl, makeId, mapRow, number, put, reject, shortHash, type MappedRow, type RawBundle, type RawRecord } from "./common.ts";

export const GDELT_SCHEME = "gdelt";
export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
  "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
  "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent",
  "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
  "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
  "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long",
  "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat",
  "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
] as const;

export const GDELT_ACTOR: RawRecord = {
  id: "act_gdelt", kind: "research_institute", name: "The GDELT Project", aliases: [{ name: "GDELT", kind: "abbreviation" }],
  description: "Codes events from world news by machine, in CAMEO, every 15 minutes.",
};
export const GDELT_SOURCE: RawRecord = {
  id: "src_gdelt", kind: "dataset", title: "GDELT 2.0 Event Database", publisher_id: "act_gdelt", url: "https://www.gdeltproject.org/",
  description: "Free and open; cite the GDELT Project as the source.",
};

/** CAMEO root codes: our event type, and a verb for titles. Some base codes are more specific. */
export const CAMEO_ROOTS: Record<string, [type: string, verb: string]> = {
  "01": ["statement", "makes a public statement about"], "02": ["request", "appeals to"], "03": ["cooperation", "expresses intent to cooperate with"],
  "04": ["consultation", "consults"], "05": ["support", "engages in diplomatic cooperation with"], "06": ["cooperation", "cooperates materially with"],
  "07": ["aid", "provides aid to"], "08": ["concession", "yields to"], "09": ["accusation", "investigates"], "10": ["request", "demands of"],
  "11": ["accusation", "disapproves of"], "12": ["rejection", "rejects"], "13": ["threat", "threatens"], "14": ["protest", "protests against"],
  "15": ["mobilization", "exhibits force posture toward"], "16": ["sanction", "reduces relations with"], "17": ["coercion", "coerces"],
  "18": ["armed_assault", "assaults"], "19": ["battle", "fights"], "20": ["violence_against_civilians", "uses unconventional mass violence against"],
};
const CAMEO_BASES: Record<string, string> = { "057": "agreement", "087": "retreat", "194": "remote_violence", "195": "remote_violence" };
const GEO: Record<string, [kind: string, precision: string]> = {
  1: ["country", "country"], 2: ["region", "region"], 3: ["city", "locality"], 4: ["city", "locality"], 5: ["region", "region"],
};
const ACTOR_TYPES: Record<string, string> = {
  GOV: "government_body", MIL: "military_unit", COP: "government_body", JUD: "government_body", LEG: "government_body", SPY: "intelligence_agency",
  IGO: "international_organisation", REB: "armed_group", INS: "armed_group", SEP: "armed_group", UAF: "armed_group", MED: "media_organisation", EDU: "research_institute",
};

function actor(get: (c: string) => string, n: 1 | 2): RawRecord | null {
  const code = get(`Actor${n}Code`);
  if (!code) return null;
  const country = countryFromAlpha3(get(`Actor${n}CountryCode`));
  const types = [1, 2, 3].map((i) => get(`Actor${n}Type${i}Code`)).filter(Boolean);
  const kind = code === get(`Actor${n}CountryCode`) && country ? "state" : ACTOR_TYPES[types.find((t) => t in ACTOR_TYPES) ?? ""] ?? "other";
  return compact({
    id: makeId("act", "gdelt", code), kind, name: clip(get(`Actor${n}Name`) || code, 200), country,
    description: `CAMEO actor code ${code}.`, external_ids: { "cameo-actor": code },
  });
}

export function mapGdeltRow(fields: string[]): RawBundle {
  if (fields.length !== 61) reject(`has ${fields.length} tab-separated fields, not 61`);
  const get = (c: string) => fields[GDELT_COLUMNS.indexOf(c as (typeof GDELT_COLUMNS)[number])]?.trim() ?? "";
  const row = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, fields[i]]));
  const id = get("GLOBALEVENTID");
  if (!/^\d+$/.test(id)) reject(`GLOBALEVENTID: "${id}" is not a number`);
  const date = isoDate(get("SQLDATE"), "SQLDATE");
  const code = get("EventCode");
  if (!/^\d{2,4}$/.test(code)) reject(`EventCode: "${code}" is not a CAMEO code`);
  const root = CAMEO_ROOTS[code.slice(0, 2)] ?? reject(`EventCode: "${code}" has no CAMEO root 01 to 20`);
  const type = CAMEO_BASES[code.slice(0, 3)] ?? root[0];
  const added = get("DATEADDED");
  if (!/^\d{14}$/.test(added)) reject(`DATEADDED: "${added}" is not YYYYMMDDHHMMSS`);
  const url = get("SOURCEURL");
  if (!url) reject("SOURCEURL: is empty");

  const b = emptyBundle();
  put(b, "actors", GDELT_ACTOR);
  put(b, "sources", GDELT_SOURCE);
  const a1 = actor(get, 1);
  const a2 = actor(get, 2);
  const participants: { actor_id: string; role: string }[] = [];
  if (a1) put(b, "actors", a1), participants.push({ actor_id: a1.id, role: "initiator" });
  if (a2) put(b, "actors", a2), a2.id !== a1?.id && participants.push({ actor_id: a2.id, role: "target" });

  let placeId: string | undefined;
  const geo = GEO[get("ActionGeo_Type")];
  if (geo) {
    const name = get("ActionGeo_FullName") || reject("ActionGeo_FullName: is empty, but ActionGeo_Type is set");
    const feature = get("ActionGeo_FeatureID") || get("ActionGeo_ADM1Code") || name;
    placeId = makeId("plc", "gdelt", feature.replace(/^-/, "n"));
    put(b, "places", compact({
      id: placeId, name: clip(name, 200), kind: geo[0], geo_precision: geo[1], country: countryFromFips(get("ActionGeo_CountryCode")),
      latitude: number(row, "ActionGeo_Lat", { optional: true }), longitude: number(row, "ActionGeo_Long", { optional: true }),
      external_ids: { "gdelt-feature": feature },
    }));
  }

  let host = url;
  if (isUrl(url)) host = new URL(url).hostname.replace(/^www\./, "");
  const outlet = { id: makeId("act", "web", host), kind: "media_organisation", name: clip(host, 200) };
  put(b, "actors", outlet);
  const sourceId = makeId("src", "gdelt", shortHash(url).slice(0, 20));
  put(b, "sources", compact({
    id: sourceId, kind: "news_report", title: clip(url, 500), publisher_id: outlet.id, url: isUrl(url) && url.length <= 2000 ? url : undefined, parent_id: GDELT_SOURCE.id,
  }));

  const eventId = `evt_gdelt-${id}`;
  const who = (a: RawRecord | null) => (a ? String(a.name) : "someone");
  const phrase = `${who(a1)} ${root[1]} ${a2 ? who(a2) : "(no target)"}`;
  put(b, "events", {
    id: eventId, type, status: "reported", title: clip(`${phrase} (CAMEO ${code})`, 300),
    summary: clip(`GDELT event ${id}: ${phrase}${get("ActionGeo_FullName") ? ` in ${get("ActionGeo_FullName")}` : ""}, CAMEO code ${code}, coded by machine from one article. Goldstein ${get("GoldsteinScale") || "n/a"}, ${get("NumMentions") || "?"} mentions in ${get("NumSources") || "?"} sources, average tone ${get("AvgTone") || "n/a"}.`, 4000),
    start_date: date, date_precision: "day", ...(placeId ? { place_id: placeId } : {}), participants, external_ids: { [GDELT_SCHEME]: id },
  });
  put(b, "claims", {
    id: `clm_gdelt-${id}`, claimant_id: outlet.id, source_id: sourceId, event_id: eventId,
    statement: clip(`${phrase}, as coded by GDELT (CAMEO ${code}) from this article.`, 2000), stance: "asserts", certainty: "certain", verification: "unverified",
    claimed_at: `${added.slice(0, 4)}-${added.slice(4, 6)}-${added.slice(6, 8)}`, claimed_precision: "day",
  });
  return b;
}

const TSV = { delimiter: "\t", quote: false } as const;
const gdeltRow = ({ line, fields }: CsvRow) => mapRow(line, /^\d+$/.test(fields[0] ?? "") ? fields[0] : undefined, () => mapGdeltRow(fields.map((f) => f.replace(/\r$/, ""))));

export function* parseGdelt(text: string): Generator<MappedRow> {
  for (const r of parseDelimited(text, TSV)) yield gdeltRow(r);
}

export async function* streamGdelt(input: Readable): AsyncGenerator<MappedRow> {
  for await (const r of streamDelimited(input, TSV)) yield gdeltRow(r);
}
