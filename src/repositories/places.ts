import type { Reader } from "../db/query.ts";
import { sql } from "../db/query.ts";
import type { BBox } from "../schemas/common.ts";
import { withAnnotations, eventRefColumns, extend, withExternalIds, groupBy, inList, keysetPage, pickFields, placeIdsIn, type Paging, exportBatches, type Sorting } from "./shared.ts";

const placeColumns = ["places.id", "places.name", "places.kind", "places.country", "places.admin1", "places.latitude", "places.longitude", "places.geo_precision", "places.annotations", "places.version", "places.created_at", "places.updated_at"] as const;

export const PLACE_SORTS = { id: "places.id", name: "places.name", updated_at: "places.updated_at", created_at: "places.created_at" } as const;

export const PLACE_INCLUDES = { events: "the events at the place, in short, earliest first" } as const;

export type PlaceFilters = { country?: string[]; kind?: string[]; q?: string; bbox?: BBox; updated_since?: string };

/** The places matching every filter (AND); a list-valued filter matches any of its values (OR). */
export function filteredPlaces(f: PlaceFilters) {
  let query = sql.selectFrom("places");
  if (f.country) query = query.where(inList("places.country", f.country));
  if (f.kind) query = query.where(inList("places.kind", f.kind));
  if (f.bbox) query = query.where("places.id", "in", placeIdsIn(f.bbox) as never);
  if (f.updated_since !== undefined) query = query.where("places.updated_at", ">=", f.updated_since);
  if (f.q !== undefined) {
    // Few places, no FTS index: every word of the search must appear in the name or the first-level division.
    for (const word of f.q.match(/[\p{L}\p{N}]+/gu) ?? []) {
      const like = `%${word.toLowerCase()}%`;
      query = query.where((eb) => eb.or([eb(eb.fn("lower", ["places.name"]), "like", like), eb(eb.fn("lower", ["places.admin1"]), "like", like)]));
    }
  }
  return query;
}

function withEvents<R extends { id: string }>(reader: Reader, rows: R[], include: readonly string[] = []) {
  if (!include.includes("events") || rows.length === 0) return rows;
  const by = groupBy(reader.all(
    sql.selectFrom("events").select(["events.place_id", ...eventRefColumns]).where("events.place_id", "in", rows.map((r) => r.id)).orderBy("events.start_date").orderBy("events.id"),
  ), (e) => e.place_id);
  return rows.map((r) => extend(r, { events: (by.get(r.id) ?? []).map(({ place_id: _, ...e }) => e) }));
}

/** Every place matching the filters, in batches, for streaming exports (no limit, no cursor). */
export function exportPlaces(reader: Reader, f: PlaceFilters, sort: Sorting, shape: { include?: string[]; fields?: string[] } = {}) {
  return exportBatches(reader, "places", filteredPlaces(f).select(placeColumns), PLACE_SORTS, sort, (rows, own) =>
    pickFields(withEvents(own, withExternalIds(own, "place_external_ids", "place_id", withAnnotations(rows), shape.fields), shape.include), shape.fields && [...shape.fields, ...(shape.include ?? [])]));
}

export function listPlaces(reader: Reader, f: PlaceFilters, paging: Paging, shape: { include?: string[]; fields?: string[] } = {}) {
  const { rows, page } = keysetPage(reader, "places", filteredPlaces(f).select(placeColumns), PLACE_SORTS, paging);
  const data = withEvents(reader, withExternalIds(reader, "place_external_ids", "place_id", withAnnotations(rows), shape.fields), shape.include);
  return { data: pickFields(data, shape.fields && [...shape.fields, ...(shape.include ?? [])]), page };
}

export function getPlace(reader: Reader, id: string) {
  const row = reader.first(sql.selectFrom("places").select(placeColumns).where("id", "=", id));
  if (!row) return null;
  const events = reader.all(sql.selectFrom("events").select(eventRefColumns).where("place_id", "=", id).orderBy("start_date").orderBy("id"));
  return extend(withExternalIds(reader, "place_external_ids", "place_id", withAnnotations([row]))[0], { events });
}
