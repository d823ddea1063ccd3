// Candidate duplicates of an event across datasets: events whose dates overlap
// (optionally widened by some days), whose places lie within a distance, or
// that share an actor. Each gets a score and the reasons; nothing is merged.
import type { Reader } from "../db/query.ts";
import { limitOf, sql } from "../db/query.ts";

const eventColumns = ["events.id", "events.type", "events.title", "events.start_date", "events.end_date", "events.date_precision", "events.status"] as const;
const MAX_CANDIDATES = 5000;

/** Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const shiftDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export type SimilarQuery = { within_km: number; days: number; limit: number };

export async function similarEvents(reader: Reader, id: string, q: SimilarQuery) {
  const target = await reader.first(
    sql.selectFrom("events").leftJoin("places", "places.id", "events.place_id")
      .select([...eventColumns, "places.latitude", "places.longitude"]).where("events.id", "=", id),
  );
  if (!target) return null;
  const actorIds = (await reader.all(sql.selectFrom("event_participants").select("actor_id").where("event_id", "=", id))).map((r) => r.actor_id);

  const candidates = await reader.all(
    sql.selectFrom("events").leftJoin("places", "places.id", "events.place_id")
      .select([...eventColumns, "places.latitude", "places.longitude"])
      .where("events.id", "!=", id)
      .where("events.start_date", "<=", shiftDays(target.end_date, q.days))
      .where("events.end_date", ">=", shiftDays(target.start_date, -q.days))
      .orderBy("events.id")
      .limit(limitOf(MAX_CANDIDATES)),
  );
  const shared = new Map<string, { id: string; name: string; kind: string; country: string | null }[]>();
  if (actorIds.length && candidates.length) {
    const rows = await reader.all(
      sql.selectFrom("event_participants").innerJoin("actors", "actors.id", "event_participants.actor_id")
        .select(["event_participants.event_id", "actors.id", "actors.name", "actors.kind", "actors.country"])
        .where("event_participants.actor_id", "in", actorIds)
        .where("event_participants.event_id", "!=", id)
        .where("event_participants.event_id", "in", (eb) =>
          eb.selectFrom("events").select("events.id")
            .where("events.start_date", "<=", shiftDays(target.end_date, q.days))
            .where("events.end_date", ">=", shiftDays(target.start_date, -q.days))),
    );
    for (const { event_id, ...actor } of rows) {
      const list = shared.get(event_id) ?? [];
      if (!list.some((a) => a.id === actor.id)) list.push(actor);
      shared.set(event_id, list);
    }
  }

  const out = [];
  for (const c of candidates) {
    const reasons: string[] = [];
    const actors = shared.get(c.id) ?? [];
    const distance = target.latitude !== null && target.longitude !== null && c.latitude !== null && c.longitude !== null
      ? haversineKm(target.latitude, target.longitude, c.latitude, c.longitude) : null;
    const near = distance !== null && distance <= q.within_km;
    if (!near && actors.length === 0) continue;
    let score = 0;
    if (c.start_date === target.start_date && c.end_date === target.end_date) {
      score += 0.4;
      reasons.push(c.start_date === c.end_date ? `same day (${c.start_date})` : `same interval (${c.start_date} to ${c.end_date})`);
    } else if (c.start_date <= target.end_date && c.end_date >= target.start_date) {
      score += 0.3;
      reasons.push(`dates overlap (${c.start_date} to ${c.end_date})`);
    } else {
      score += 0.15;
      reasons.push(`dates within ${q.days} day${q.days === 1 ? "" : "s"} (${c.start_date} to ${c.end_date})`);
    }
    if (near) {
      score += 0.4 * (1 - distance! / Math.max(q.within_km, 1e-9)) + (distance! <= q.within_km ? 0.05 : 0);
      reasons.push(`places ${distance!.toFixed(1)} km apart (within ${q.within_km} km)`);
    }
    if (actors.length) {
      score += actors.length > 1 ? 0.3 : 0.2;
      reasons.push(`shares ${actors.length > 1 ? "actors" : "an actor"}: ${actors.map((a) => a.name).join(", ")}`);
    }
    if (c.type === target.type) {
      score += 0.1;
      reasons.push(`same type (${c.type})`);
    }
    const { latitude: _lat, longitude: _lon, ...event } = c;
    out.push({ event, score: Math.min(1, Math.round(score * 1000) / 1000), distance_km: distance === null ? null : Math.round(distance * 100) / 100, shared_actors: actors, reasons });
  }
  out.sort((a, b) => b.score - a.score || a.event.id.localeCompare(b.event.id));
  return { data: out.slice(0, q.limit) };
}
