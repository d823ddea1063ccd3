import type { Reader } from "../db/query.ts";
import { FixedQuery, sql } from "../db/query.ts";
import { sql as k } from "kysely";
import type { BBox } from "../schemas/common.ts";
import {
  withAnnotations, actorIdsNamed, actorRefColumns, claimRefColumns, extend, withExternalIds, externalIdsOf, ftsMatch, searchOnlyTotal, groupBy, inList, keysetPage, ListTemplates, pickFields, placeIdsIn,
  placeRefColumns, sourceRefColumns, type Paging, exportBatches, type Sorting,
} from "./shared.ts";

const eventColumns = [
  "events.id", "events.type", "events.plover_category", "events.acled_event_type", "events.acled_sub_event_type", "events.title", "events.summary",
  "events.start_date", "events.end_date", "events.date_precision", "events.status", "events.place_id", "events.annotations", "events.version", "events.created_at", "events.updated_at",
] as const;

/** The sort keys `sort` accepts, and the SQL each orders by. */
export const EVENT_SORTS = {
  id: "events.id", start_date: "events.start_date", end_date: "events.end_date", updated_at: "events.updated_at", created_at: "events.created_at", type: "events.type",
} as const;

export const EVENT_INCLUDES = {
  participants: "the actors taking part, with their roles",
  place: "the place, in short",
  claims: "the claims about the event, in short",
  sources: "the sources of those claims, in short",
} as const;

export type EventFilters = {
  from?: string; to?: string; type?: string[]; status?: string[]; actor?: string[]; country?: string[]; place?: string[];
  q?: string; bbox?: BBox; updated_since?: string;
  /** Set by nested routes: the events an actor takes part in. */
  actor_id?: string;
};

/**
 * The events matching every filter (AND); a list-valued filter matches any of
 * its values (OR). `bounds.earliest`, when given, is the earliest start an
 * event overlapping `from` can have (see earliestStartOverlapping).
 */
export function filteredEvents(reader: Reader, f: EventFilters, bounds?: { earliest: string | undefined }) {
  let query = sql.selectFrom("events");
  // Interval overlap: an event covering June 2024 overlaps 2024-06-19..2024-06-19.
  if (f.from !== undefined) {
    query = query.where("events.end_date", ">=", f.from);
    // The same condition, as a lower bound an index on start_date can use: no
    // event that ends on or after `from` starts before `from` minus the longest event.
    const earliest = bounds ? bounds.earliest : earliestStartOverlapping(reader, f.from);
    if (earliest !== undefined) query = query.where("events.start_date", ">=", earliest);
  }
  if (f.to !== undefined) query = query.where("events.start_date", "<=", f.to);
  if (f.type) query = query.where(inList("events.type", f.type));
  if (f.status) query = query.where(inList("events.status", f.status));
  if (f.place) query = query.where(inList("events.place_id", f.place));
  if (f.updated_since !== undefined) query = query.where("events.updated_at", ">=", f.updated_since);
  if (f.actor) {
    const named = actorIdsNamed(f.actor);
    query = query.where("events.id", "in", (eb) => eb.selectFrom("event_participants").select("event_id").where("actor_id", "in", named as never));
  }
  if (f.actor_id !== undefined) {
    const id = f.actor_id;
    query = query.where("events.id", "in", (eb) => eb.selectFrom("event_participants").select("event_id").where("actor_id", "=", id));
  }
  if (f.country) {
    const countries = f.country;
    // events.country is the place's country, kept by triggers (see the migration event_country_and_span).
    query = query.where(inList("events.country", countries));
  }
  if (f.bbox) query = query.where("events.place_id", "in", placeIdsIn(f.bbox) as never);
  if (f.q !== undefined) query = query.where(ftsMatch(reader, "events", f.q));
  return query;
}

/**
 * The earliest start_date an event overlapping `from`.. can have: `from` minus
 * the longest event's length in days (read from an index on that length, and
 * remembered until the data changes). Undefined when there are no events.
 */
function earliestStartOverlapping(reader: Reader, from: string): string | undefined {
  const longest = reader.memoizedFirst(longestEvent)?.days;
  if (longest === null || longest === undefined) return undefined;
  const day = Date.parse(`${from}T00:00:00Z`);
  if (Number.isNaN(day)) return undefined;
  return new Date(day - Math.ceil(longest) * 86_400_000).toISOString().slice(0, 10);
}

const longestEvent = new FixedQuery(() =>
  sql.selectFrom("events").select(k<number | null>`max(julianday(end_date) - julianday(start_date))`.as("days")));

/** Embeds related records in a page of events: one query per include, whatever the page size. */
function withIncludes<R extends { id: string; place_id: string | null }>(reader: Reader, rows: R[], include: readonly string[] = []) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0 || include.length === 0) return rows;
  const extra = new Map<string, Record<string, unknown>>(ids.map((id) => [id, {}]));
  if (include.includes("participants")) {
    const all = reader.all(
      sql.selectFrom("event_participants").innerJoin("actors", "actors.id", "event_participants.actor_id")
        .select(["event_participants.event_id", "event_participants.role", ...actorRefColumns])
        .where("event_participants.event_id", "in", ids).orderBy("event_participants.id"),
    );
    const by = groupBy(all, (p) => p.event_id);
    for (const id of ids) extra.get(id)!.participants = (by.get(id) ?? []).map(({ event_id: _, role, ...actor }) => ({ role, actor }));
  }
  if (include.includes("place")) {
    const placeIds = [...new Set(rows.map((r) => r.place_id).filter((p): p is string => p !== null))];
    const places = placeIds.length ? new Map(reader.all(sql.selectFrom("places").select(placeRefColumns).where("places.id", "in", placeIds)).map((p) => [p.id, p])) : new Map();
    for (const r of rows) extra.get(r.id)!.place = r.place_id ? places.get(r.place_id) ?? null : null;
  }
  if (include.includes("claims")) {
    const by = groupBy(reader.all(sql.selectFrom("claims").select(["claims.event_id", ...claimRefColumns]).where("claims.event_id", "in", ids).orderBy("claims.id")), (c) => c.event_id);
    for (const id of ids) extra.get(id)!.claims = (by.get(id) ?? []).map(({ event_id: _, ...c }) => c);
  }
  if (include.includes("sources")) {
    const all = reader.all(
      sql.selectFrom("sources").innerJoin("claims", "claims.source_id", "sources.id")
        .select(["claims.event_id", ...sourceRefColumns]).distinct()
        .where("claims.event_id", "in", ids).orderBy("sources.id"),
    );
    const by = groupBy(all, (s) => s.event_id);
    for (const id of ids) extra.get(id)!.sources = (by.get(id) ?? []).map(({ event_id: _, ...s }) => s);
  }
  return rows.map((r) => extend(r, extra.get(r.id)!));
}

/** Every event matching the filters, in batches, for streaming exports (no limit, no cursor). */
export function exportEvents(reader: Reader, f: EventFilters, sort: Sorting, shape: { include?: string[]; fields?: string[] } = {}) {
  return exportBatches(reader, "events", filteredEvents(reader, f).select(eventColumns), EVENT_SORTS, sort, (rows, own) =>
    pickFields(withIncludes(own, withExternalIds(own, "event_external_ids", "event_id", withAnnotations(rows), shape.fields), shape.include), shape.fields && [...shape.fields, ...(shape.include ?? [])]));
}

/** The ids of every event matching the filters, in the sort's order, in batches: for exporters that load their own shape. */
export function eventIdBatches(reader: Reader, f: EventFilters, sort: Sorting, size = 200) {
  return exportBatches(reader, "events", filteredEvents(reader, f).select("events.id"), EVENT_SORTS, sort, (rows) => rows.map((r) => r.id), size);
}

type EventRow = { id: string; place_id: string | null; [column: string]: unknown };

export function listEvents(reader: Reader, f: EventFilters, paging: Paging, shape: { include?: string[]; fields?: string[] } = {}) {
  // q (its plan depends on how common its words are), actor (names are folded first) and bbox build their SQL each time.
  const { rows, page } = f.q === undefined && f.actor === undefined && f.bbox === undefined
    ? listTemplates.page<EventRow>(reader, { ...f, earliest: f.from === undefined ? undefined : earliestStartOverlapping(reader, f.from) }, paging)
    : keysetPage(reader, "events", filteredEvents(reader, f).select(eventColumns), EVENT_SORTS, paging, searchOnlyTotal(reader, "events", f));
  const data = withIncludes(reader, withExternalIds(reader, "event_external_ids", "event_id", withAnnotations(rows), shape.fields), shape.include);
  return { data: pickFields(data, shape.fields && [...shape.fields, ...(shape.include ?? [])]), page };
}

/** The events list's compiled SQL by shape (see ListTemplates), for all filters but q, actor and bbox. */
const listTemplates = new ListTemplates<EventFilters & { earliest?: string }>(
  "events", EVENT_SORTS,
  { scalars: ["from", "earliest", "to", "updated_since", "actor_id"], lists: ["type", "status", "place", "country"], flags: [] },
  (f, reader) => filteredEvents(reader, f, { earliest: f.earliest }).select(eventColumns),
);

/**
 * One event with its relations. With `include`, only the relations named are
 * embedded (and only their queries run); without it, all of them.
 */
export function getEvent(reader: Reader, id: string, include?: readonly string[]) {
  const found = reader.firstOf(byId.event, id);
  if (!found) return null;
  const [row] = withAnnotations([found]);
  const wants = (what: keyof typeof EVENT_INCLUDES) => !include || include.includes(what);
  const place = !wants("place") ? undefined : row.place_id ? reader.firstOf(byId.place, row.place_id) ?? null : null;
  const participants = !wants("participants") ? undefined
    : reader.allOf(byId.participants, id).map(({ role, ...actor }) => ({ role, actor }));
  const claims = !wants("claims") ? undefined : reader.allOf(byId.claims, id);
  const sources = !wants("sources") ? undefined : reader.allOf(byId.sources, id);
  return extend(row, { external_ids: externalIdsOf(reader, "event_external_ids", "event_id", id), place, participants, claims, sources });
}

/** The single-event reads, compiled once (see FixedQuery). */
const byId = {
  event: new FixedQuery((id) => sql.selectFrom("events").select(eventColumns).where("events.id", "=", id)),
  place: new FixedQuery((id) => sql.selectFrom("places").select(placeRefColumns).where("places.id", "=", id)),
  participants: new FixedQuery((id) =>
    sql.selectFrom("event_participants")
      .innerJoin("actors", "actors.id", "event_participants.actor_id")
      .select(["event_participants.role", ...actorRefColumns])
      .where("event_participants.event_id", "=", id)
      .orderBy("event_participants.id")),
  claims: new FixedQuery((id) => sql.selectFrom("claims").select(claimRefColumns).where("claims.event_id", "=", id).orderBy("claims.id")),
  sources: new FixedQuery((id) =>
    sql.selectFrom("sources").select(sourceRefColumns)
      .where("sources.id", "in", (eb) => eb.selectFrom("claims").select("claims.source_id").where("claims.event_id", "=", id))
      .orderBy("sources.id")),
};
