// Records in the shape the dataset exporters (src/formats/) write, read
// through the read path a batch of ids at a time: one query per part,
// whatever the batch size.
import type { Reader } from "../db/query.ts";
import { sql } from "../db/query.ts";
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
export function eventsForExportOf(reader: Reader, ids: readonly string[]): EventForExport[] {
  if (ids.length === 0) return [];
  const list = [...ids];
  const events = reader.all(
    sql.selectFrom("events").leftJoin("places", "places.id", "events.place_id")
      .select([
        "events.id", "events.type", "events.plover_category", "events.title", "events.summary", "events.start_date", "events.end_date", "events.date_precision",
        "places.id as place_id", "places.name as place_name", "places.country as place_country", "places.admin1 as place_admin1",
        "places.latitude as place_latitude", "places.longitude as place_longitude", "places.geo_precision as place_geo_precision",
      ])
      .where("events.id", "in", list).orderBy("events.id"),
  );
  const ext = externalIds(reader, "event_external_ids", "event_id", list);
  const participants = groupBy(reader.all(
    sql.selectFrom("event_participants").innerJoin("actors", "actors.id", "event_participants.actor_id")
      .select(["event_participants.event_id", "actors.id", "actors.name", "actors.kind", "actors.country", "actors.description", "event_participants.role"])
      .where("event_participants.event_id", "in", list).orderBy("event_participants.id"),
  ), (p) => p.event_id);
  const claims = reader.all(
    sql.selectFrom("claims").innerJoin("sources", "sources.id", "claims.source_id").leftJoin("actors as publisher", "publisher.id", "sources.publisher_id")
      .select(["claims.event_id", "claims.id", "claims.statement", "claims.quote", "sources.title as source_title", "publisher.name as source_publisher", "sources.language as source_language"])
      .where("claims.event_id", "in", list).orderBy("claims.id"),
  );
  const quantities = claims.length === 0 ? new Map() : groupBy(reader.all(
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
