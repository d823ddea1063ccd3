import type { Reader } from "../db/query.ts";
import { FixedQuery, perEngine, sql } from "../db/query.ts";
import { sql as k } from "kysely";
import type { ExpressionBuilder } from "kysely";
import type { DB } from "../generated/kysely/types.ts";
import { EVENT_STATUSES, EVENT_TYPES } from "../domain/vocabulary.ts";
import { bboxParam, countryParam, dateBoundParam, listParam } from "../domain/params.ts";
import { anyOf, filter, filtered, updatedSinceFilter, fullTextFilter, type AnySelect, type FilterValues } from "./filters.ts";
import { eventFigures, figureFilters } from "./figures.ts";
import { withAnnotations, actorRefColumns, claimRefColumns, extend, withExternalIds, externalIdsOf, groupBy, pickFields, placeRefColumns, sourceRefColumns } from "./parts.ts";
import { actorIdsNamed, searchOnlyTotal, placeIdsIn } from "./matching.ts";
import { ListTemplates, type Paging, exportBatches, type Sorting } from "./pages.ts";

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

const participating = (query: AnySelect, actors: unknown) =>
  query.where("events.id", "in", (eb: ExpressionBuilder<DB, "events">) => eb.selectFrom("event_participants").select("event_id").where("actor_id", "in", actors as never));

/** The events list's filters (AND); a list-valued filter matches any of its values (OR). */
export const EVENT_FILTERS = {
  // Interval overlap: an event covering June 2024 overlaps 2024-06-19..2024-06-19.
  from: filter({
    param: dateBoundParam("from", "Only events that may have happened on or after this day: the event's interval (`start_date`..`end_date`) overlaps `from`..`to`, so an event known only to the month matches any day of that month.", "2024-10-08"),
    // The same condition again, as a lower bound an index on start_date can use: no
    // event that ends on or after `from` starts before `from` minus the longest event.
    bind: async (from, reader) => {
      const earliest = await earliestStartOverlapping(reader, from);
      return earliest === undefined ? [from] : [from, earliest];
    },
    clause: (query, [from, earliest]) => {
      const q = query.where("events.end_date", ">=", from as string);
      return earliest === undefined ? q : q.where("events.start_date", ">=", earliest as string);
    },
  }),
  to: filter({
    param: dateBoundParam("to", "Only events that may have happened on or before this day (see `from`).", "2024-10-13"),
    clause: (query, [to]) => query.where("events.start_date", "<=", to as string),
  }),
  type: filter({ param: listParam("Only events of these types.", "troop_deployment", Object.keys(EVENT_TYPES)), clause: anyOf("events.type") }),
  status: filter({ param: listParam("Only events with these statuses.", "reported", Object.keys(EVENT_STATUSES)), clause: anyOf("events.status") }),
  actor: filter({
    param: listParam("Only events in which one of these actors takes part, in any role. Each value is an actor's id, its name or any alias, in any case and with or without diacritics.", "Pyongyang"),
    // Names are folded in the SQL's values, so the SQL is built for each request.
    held: false,
    clause: (query, _, names) => participating(query, actorIdsNamed(names)),
  }),
  // events.country is the place's country, kept by triggers (see the migration event_country_and_span).
  country: filter({ param: countryParam("Only events at a place in these countries.", "RUS"), clause: anyOf("events.country") }),
  place: filter({ param: listParam("Only events at these places (ids).", "plc_vladivostok"), clause: anyOf("events.place_id") }),
  ...figureFilters(eventFigures, "events about which a claim states"),
  q: fullTextFilter("events", "event titles and summaries", "special forces"),
  bbox: filter({
    param: bboxParam("Only events whose place lies inside this box.", "120,40,180,75"),
    held: false,
    clause: (query, _, box) => query.where("events.place_id", "in", placeIdsIn(box) as never),
  }),
  updated_since: updatedSinceFilter("events"),
  /** Set by nested routes: the events an actor takes part in. */
  actor_id: filter<string>({ clause: (query, [id]) => query.where("events.id", "in", (eb: ExpressionBuilder<DB, "events">) => eb.selectFrom("event_participants").select("event_id").where("actor_id", "=", id as string)) }),
};

export type EventFilters = FilterValues<typeof EVENT_FILTERS>;

/** The events matching every filter given: for exports and statistics. */
export const filteredEvents = (reader: Reader, f: EventFilters) => filtered("events", EVENT_FILTERS, f, reader);

/**
 * The earliest start_date an event overlapping `from`.. can have: `from` minus
 * the longest event's length in days (read from an index on that length, and
 * remembered until the data changes). Undefined when there are no events.
 */
async function earliestStartOverlapping(reader: Reader, from: string): Promise<string | undefined> {
  const longest = (await reader.memoizedFirst(longestEvent))?.days;
  if (longest === null || longest === undefined) return undefined;
  const day = Date.parse(`${from}T00:00:00Z`);
  if (Number.isNaN(day)) return undefined;
  return new Date(day - Math.ceil(longest) * 86_400_000).toISOString().slice(0, 10);
}

const longestEvent = new FixedQuery(() =>
  sql.selectFrom("events").select(perEngine<number | null>({
    sqlite: k`max(julianday(end_date) - julianday(start_date))`,
    postgres: k`max(cast(end_date as date) - cast(start_date as date))`,
  }).as("days")));

/** Embeds related records in a page of events: one query per include, whatever the page size. */
async function withIncludes<R extends { id: string; place_id: string | null }>(reader: Reader, rows: R[], include: readonly string[] = []) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0 || include.length === 0) return rows;
  const extra = new Map<string, Record<string, unknown>>(ids.map((id) => [id, {}]));
  if (include.includes("participants")) {
    const all = await reader.all(
      sql.selectFrom("event_participants").innerJoin("actors", "actors.id", "event_participants.actor_id")
        .select(["event_participants.event_id", "event_participants.role", ...actorRefColumns])
        .where("event_participants.event_id", "in", ids).orderBy("event_participants.id"),
    );
    const by = groupBy(all, (p) => p.event_id);
    for (const id of ids) extra.get(id)!.participants = (by.get(id) ?? []).map(({ event_id: _, role, ...actor }) => ({ role, actor }));
  }
  if (include.includes("place")) {
    const placeIds = [...new Set(rows.map((r) => r.place_id).filter((p): p is string => p !== null))];
    const places = placeIds.length ? new Map((await reader.all(sql.selectFrom("places").select(placeRefColumns).where("places.id", "in", placeIds))).map((p) => [p.id, p])) : new Map();
    for (const r of rows) extra.get(r.id)!.place = r.place_id ? places.get(r.place_id) ?? null : null;
  }
  if (include.includes("claims")) {
    const by = groupBy(await reader.all(sql.selectFrom("claims").select(["claims.event_id", ...claimRefColumns]).where("claims.event_id", "in", ids).orderBy("claims.id")), (c) => c.event_id);
    for (const id of ids) extra.get(id)!.claims = (by.get(id) ?? []).map(({ event_id: _, ...c }) => c);
  }
  if (include.includes("sources")) {
    const all = await reader.all(
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
export async function exportEvents(reader: Reader, f: EventFilters, sort: Sorting, shape: { include?: string[]; fields?: string[] } = {}) {
  return exportBatches(reader, "events", (await filteredEvents(reader, f)).select(eventColumns), EVENT_SORTS, sort, async (rows, own) =>
    pickFields(await withIncludes(own, await withExternalIds(own, "event_external_ids", "event_id", withAnnotations(rows), shape.fields), shape.include), shape.fields && [...shape.fields, ...(shape.include ?? [])]));
}

/** The ids of every event matching the filters, in the sort's order, in batches: for exporters that load their own shape. */
export async function eventIdBatches(reader: Reader, f: EventFilters, sort: Sorting, size = 200) {
  return exportBatches(reader, "events", (await filteredEvents(reader, f)).select("events.id"), EVENT_SORTS, sort, (rows) => rows.map((r) => r.id), size);
}

type EventRow = { id: string; place_id: string | null; [column: string]: unknown };

/** The events list's compiled SQL by shape (see ListTemplates). */
const listTemplates = new ListTemplates("events", EVENT_SORTS, EVENT_FILTERS, (query) => query.select(eventColumns));

export async function listEvents(reader: Reader, f: EventFilters, paging: Paging, shape: { include?: string[]; fields?: string[] } = {}) {
  const { rows, page } = await listTemplates.page<EventRow>(reader, f, paging, searchOnlyTotal(reader, "events", f));
  const data = await withIncludes(reader, await withExternalIds(reader, "event_external_ids", "event_id", withAnnotations(rows), shape.fields), shape.include);
  return { data: pickFields(data, shape.fields && [...shape.fields, ...(shape.include ?? [])]), page };
}

/**
 * One event with its relations. With `include`, only the relations named are
 * embedded (and only their queries run); without it, all of them.
 */
export async function getEvent(reader: Reader, id: string, include?: readonly string[]) {
  const found = await reader.firstOf(byId.event, id);
  if (!found) return null;
  const [row] = withAnnotations([found]);
  const wants = (what: keyof typeof EVENT_INCLUDES) => !include || include.includes(what);
  const place = !wants("place") ? undefined : row.place_id ? (await reader.firstOf(byId.place, row.place_id)) ?? null : null;
  const participants = !wants("participants") ? undefined
    : (await reader.allOf(byId.participants, id)).map(({ role, ...actor }) => ({ role, actor }));
  const claims = !wants("claims") ? undefined : await reader.allOf(byId.claims, id);
  const sources = !wants("sources") ? undefined : await reader.allOf(byId.sources, id);
  return extend(row, { external_ids: await externalIdsOf(reader, "event_external_ids", "event_id", id), place, participants, claims, sources });
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
