// Counts of the records a filtered list would return, grouped by one key.
import { sql as k } from "kysely";
import type { Reader } from "../db/query.ts";
import { filteredEvents, type EventFilters } from "./events.ts";
import { filteredClaims, type ClaimFilters } from "./claims.ts";

export type Group = { key: string | null; label: string | null; count: number };

export const EVENT_GROUPS = {
  type: "the event type",
  month: "the month the event starts in (YYYY-MM)",
  year: "the year the event starts in (YYYY)",
  country: "the country of the event's place (ISO 3166-1 alpha-3; null when the event has no place)",
  actor: "each actor taking part (an event with three participants counts once for each); the label is the actor's name",
} as const;

export const CLAIM_GROUPS = {
  stance: "the claimant's stance",
  claimant: "the claimant; the label is the actor's name",
  verification: "the independent verification",
  certainty: "the claimant's own hedging",
  month: "the month the claim was made in (YYYY-MM; null when unknown)",
} as const;

const order = (rows: Group[]) => rows.sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));

export function eventStats(reader: Reader, f: EventFilters, by: keyof typeof EVENT_GROUPS): { data: Group[]; total: number } {
  const base = filteredEvents(reader, f);
  let rows: Group[];
  switch (by) {
    case "type":
    case "month":
    case "year": {
      const expr = by === "type" ? k<string>`events.type` : by === "month" ? k<string>`substr(events.start_date, 1, 7)` : k<string>`substr(events.start_date, 1, 4)`;
      rows = reader.memoizedAll(base.select([expr.as("key"), k<null>`null`.as("label"), k<number>`count(*)`.as("count")]).groupBy(expr));
      break;
    }
    case "country":
      rows = reader.memoizedAll(
        base.leftJoin("places", "places.id", "events.place_id")
          .select([k<string | null>`places.country`.as("key"), k<null>`null`.as("label"), k<number>`count(*)`.as("count")]).groupBy("places.country"),
      );
      break;
    case "actor":
      rows = reader.memoizedAll(
        base.innerJoin("event_participants", "event_participants.event_id", "events.id").innerJoin("actors", "actors.id", "event_participants.actor_id")
          .select([k<string>`actors.id`.as("key"), k<string>`actors.name`.as("label"), k<number>`count(distinct events.id)`.as("count")]).groupBy("actors.id"),
      );
      break;
  }
  const total = (reader.memoizedFirst(base.select(k<number>`count(*)`.as("n"))) as { n: number }).n;
  return { data: order(rows), total };
}

export function claimStats(reader: Reader, f: ClaimFilters, by: keyof typeof CLAIM_GROUPS): { data: Group[]; total: number } {
  const base = filteredClaims(reader, f);
  let rows: Group[];
  if (by === "claimant") {
    rows = reader.memoizedAll(
      base.innerJoin("actors", "actors.id", "claims.claimant_id")
        .select([k<string>`actors.id`.as("key"), k<string>`actors.name`.as("label"), k<number>`count(*)`.as("count")]).groupBy("actors.id"),
    );
  } else {
    const expr = by === "month" ? k<string | null>`substr(claims.claimed_at, 1, 7)` : k<string>`${k.ref(`claims.${by}`)}`;
    rows = reader.memoizedAll(base.select([expr.as("key"), k<null>`null`.as("label"), k<number>`count(*)`.as("count")]).groupBy(expr));
  }
  const total = (reader.memoizedFirst(base.select(k<number>`count(*)`.as("n"))) as { n: number }).n;
  return { data: order(rows), total };
}
