import type { Reader } from "../db/query.ts";
import { sql } from "../db/query.ts";
import { actorRefColumns, claimRefColumns, externalIds, keysetPage, placeRefColumns, sourceRefColumns } from "./shared.ts";

const eventColumns = [
  "events.id", "events.type", "events.plover_category", "events.acled_event_type", "events.acled_sub_event_type", "events.title", "events.summary",
  "events.start_date", "events.end_date", "events.date_precision", "events.status", "events.place_id", "events.version", "events.created_at", "events.updated_at",
] as const;

function withParts<R extends { id: string }>(reader: Reader, rows: R[]) {
  const ext = externalIds(reader, "event_external_ids", "event_id", rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, external_ids: ext.get(r.id) ?? {} }));
}

export function listEvents(reader: Reader, q: { limit: number; after: string | null; actor_id?: string }) {
  let query = sql.selectFrom("events").select(eventColumns);
  if (q.actor_id !== undefined) {
    const actorId = q.actor_id;
    query = query.where("events.id", "in", (eb) => eb.selectFrom("event_participants").select("event_id").where("actor_id", "=", actorId));
  }
  const { rows, page } = keysetPage(reader, "events", query, q.limit, q.after);
  return { data: withParts(reader, rows), page };
}

export function getEvent(reader: Reader, id: string) {
  const row = reader.first(sql.selectFrom("events").select(eventColumns).where("events.id", "=", id));
  if (!row) return null;
  const place = row.place_id ? reader.first(sql.selectFrom("places").select(placeRefColumns).where("places.id", "=", row.place_id)) ?? null : null;
  const participants = reader.all(
    sql.selectFrom("event_participants")
      .innerJoin("actors", "actors.id", "event_participants.actor_id")
      .select(["event_participants.role", ...actorRefColumns])
      .where("event_participants.event_id", "=", id)
      .orderBy("event_participants.id"),
  ).map(({ role, ...actor }) => ({ role, actor }));
  const claims = reader.all(sql.selectFrom("claims").select(claimRefColumns).where("claims.event_id", "=", id).orderBy("claims.id"));
  const sources = reader.all(
    sql.selectFrom("sources").select(sourceRefColumns)
      .where("sources.id", "in", (eb) => eb.selectFrom("claims").select("claims.source_id").where("claims.event_id", "=", id))
      .orderBy("sources.id"),
  );
  return { ...withParts(reader, [row])[0], place, participants, claims, sources };
}
