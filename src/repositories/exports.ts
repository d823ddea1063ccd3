// Records in the shape the dataset exporters (src/formats/) write, read
// through the read path a batch of ids at a time: one query per part,
// whatever the batch size.
import type { Reader } from "../db/query.ts";
import { FixedQuery, sql } from "../db/query.ts";
import { externalIds, groupBy } from "./parts.ts";

export type ExportActor = { id: string; name: string; kind: string; country: string | null; description: string | null; role: string };
export type ExportQuantity = { subject: string; unit: string; value: number | null; low: number | null; high: number | null; comparator: string; text: string | null };
export type ExportClaim = {
  id: string; statement: string; quote: string | null; source_title: string; source_publisher: string | null; source_language: string | null; quantities: ExportQuantity[];
};
export type EventForExport = {
  id: string; type: string; plover_category: string; title: string; summary: string; start_date: string; end_date: string; date_precision: string;
  external_ids: Record<string, string>;
  place: { name: string; country: string | null; admin1: string | null; latitude: number | null; longitude: number | null; geo_precision: string } | null;
  participants: ExportActor[];
  claims: ExportClaim[];
};

/** The events of these ids (those that exist), in id order, with what the exporters need. */
export async function eventsForExportOf(reader: Reader, ids: readonly string[]): Promise<EventForExport[]> {
  if (ids.length === 0) return [];
  const list = [...ids];
  const events = await reader.all(
    sql.selectFrom("events").leftJoin("places", "places.id", "events.place_id")
      .select([
        "events.id", "events.type", "events.plover_category", "events.title", "events.summary", "events.start_date", "events.end_date", "events.date_precision",
        "places.id as place_id", "places.name as place_name", "places.country as place_country", "places.admin1 as place_admin1",
        "places.latitude as place_latitude", "places.longitude as place_longitude", "places.geo_precision as place_geo_precision",
      ])
      .where("events.id", "in", list).orderBy("events.id"),
  );
  const ext = await externalIds(reader, "event_external_ids", "event_id", list);
  const participants = groupBy(await reader.all(
    sql.selectFrom("event_participants").innerJoin("actors", "actors.id", "event_participants.actor_id")
      .select(["event_participants.event_id", "actors.id", "actors.name", "actors.kind", "actors.country", "actors.description", "event_participants.role"])
      .where("event_participants.event_id", "in", list).orderBy("event_participants.id"),
  ), (p) => p.event_id);
  const claims = await reader.all(
    sql.selectFrom("claims").innerJoin("sources", "sources.id", "claims.source_id").leftJoin("actors as publisher", "publisher.id", "sources.publisher_id")
      .select(["claims.event_id", "claims.id", "claims.statement", "claims.quote", "sources.title as source_title", "publisher.name as source_publisher", "sources.language as source_language"])
      .where("claims.event_id", "in", list).orderBy("claims.id"),
  );
  const quantities = claims.length === 0 ? new Map() : groupBy(await reader.all(
    sql.selectFrom("quantities").select(["claim_id", "subject", "unit", "value", "low", "high", "comparator", "text"])
      .where("claim_id", "in", claims.map((c) => c.id)).orderBy("id"),
  ), (q) => q.claim_id);
  const claimsOf = groupBy(claims, (c) => c.event_id);
  return events.map((e) => ({
    id: e.id, type: e.type, plover_category: e.plover_category, title: e.title, summary: e.summary, start_date: e.start_date, end_date: e.end_date,
    date_precision: e.date_precision, external_ids: ext.get(e.id) ?? {},
    place: e.place_id === null ? null : {
      name: e.place_name!, country: e.place_country, admin1: e.place_admin1, latitude: e.place_latitude, longitude: e.place_longitude, geo_precision: e.place_geo_precision!,
    },
    participants: (participants.get(e.id) ?? []).map(({ event_id: _, ...actor }) => actor),
    claims: (claimsOf.get(e.id) ?? []).map(({ event_id: _, ...c }) => ({
      ...c,
      quantities: ((quantities.get(c.id) ?? []) as (ExportQuantity & { claim_id: string })[]).map(({ claim_id: __, ...q }) => q),
    })),
  }));
}

/** A source as a JSON-LD claims export names it. */
export type JsonLdSource = { id: string; kind: string; title: string; url: string | null; published_at: string | null; language: string | null; parent_id: string | null; publisher: { id: string; name: string; kind: string } | null };

/** A claim as a JSON-LD claims export writes it (formats/jsonld.ts). */
export type JsonLdClaim = {
  id: string; statement: string; quote: string | null; stance: string; certainty: string; verification: string; claimed_at: string | null; source_id: string;
  claimant: { id: string; name: string; kind: string }; event: { id: string; title: string } | null; quantities: ExportQuantity[];
};

/** Where the JSON-LD export reads claims (a page in id order, from the given ids when there are) and sources. */
export type ClaimStore = {
  claims: (page: { ids?: string[]; after?: string; take: number }) => Promise<JsonLdClaim[]>;
  source: (id: string) => Promise<JsonLdSource | null>;
};

const sourceById = new FixedQuery((id) =>
  sql.selectFrom("sources").leftJoin("actors", "actors.id", "sources.publisher_id")
    .select(["sources.id", "sources.kind", "sources.title", "sources.url", "sources.published_at", "sources.language", "sources.parent_id", "actors.id as publisher_id", "actors.name as publisher_name", "actors.kind as publisher_kind"])
    .where("sources.id", "=", id));

/** The JSON-LD export's claims and sources, read through the read path. */
export function claimStore(reader: Reader): ClaimStore {
  return {
    claims: async ({ ids, after, take }) => {
      let query = sql.selectFrom("claims").innerJoin("actors", "actors.id", "claims.claimant_id").leftJoin("events", "events.id", "claims.event_id")
        .select([
          "claims.id", "claims.statement", "claims.quote", "claims.stance", "claims.certainty", "claims.verification", "claims.claimed_at", "claims.source_id",
          "actors.id as claimant_id", "actors.name as claimant_name", "actors.kind as claimant_kind", "events.id as event_id", "events.title as event_title",
        ])
        .orderBy("claims.id").limit(take);
      if (ids) query = query.where("claims.id", "in", ids.length ? ids : [""]);
      if (after !== undefined) query = query.where("claims.id", ">", after);
      const rows = await reader.all(query);
      const quantities = rows.length === 0 ? new Map() : groupBy(await reader.all(
        sql.selectFrom("quantities").select(["claim_id", "subject", "unit", "value", "low", "high", "comparator", "text"]).where("claim_id", "in", rows.map((r) => r.id)).orderBy("id"),
      ), (q) => q.claim_id);
      return rows.map(({ claimant_id, claimant_name, claimant_kind, event_id, event_title, ...c }) => ({
        ...c,
        claimant: { id: claimant_id, name: claimant_name, kind: claimant_kind },
        event: event_id === null ? null : { id: event_id, title: event_title! },
        quantities: ((quantities.get(c.id) ?? []) as (ExportQuantity & { claim_id: string })[]).map(({ claim_id: _, ...q }) => q),
      }));
    },
    source: async (id) => {
      const s = await reader.firstOf(sourceById, id);
      if (!s) return null;
      const { publisher_id, publisher_name, publisher_kind, ...rest } = s;
      return { ...rest, publisher: publisher_id === null ? null : { id: publisher_id, name: publisher_name!, kind: publisher_kind! } };
    },
  };
}
