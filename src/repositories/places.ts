import type { Reader } from "../db/query.ts";
import { sql } from "../db/query.ts";
import { z } from "zod";
import { PLACE_KINDS } from "../domain/vocabulary.ts";
import { bboxParam, countryParam, listParam } from "../domain/params.ts";
import { anyOf, filter, filtered, updatedSinceFilter, type FilterValues } from "./filters.ts";
import { withAnnotations, eventRefColumns, extend, withExternalIds, groupBy, pickFields } from "./parts.ts";
import { ListTemplates, type Paging, exportBatches, type Sorting } from "./pages.ts";
import { placeIdsIn } from "./matching.ts";

const placeColumns = ["places.id", "places.name", "places.kind", "places.country", "places.admin1", "places.latitude", "places.longitude", "places.geo_precision", "places.annotations", "places.version", "places.created_at", "places.updated_at"] as const;

export const PLACE_SORTS = { id: "places.id", name: "places.name", updated_at: "places.updated_at", created_at: "places.created_at" } as const;

export const PLACE_INCLUDES = { events: "the events at the place, in short, earliest first" } as const;

/** The places list's filters (AND); a list-valued filter matches any of its values (OR). */
export const PLACE_FILTERS = {
  country: filter({ param: countryParam("Only places in these countries.", "RUS"), clause: anyOf("places.country") }),
  kind: filter({ param: listParam("Only places of these kinds.", "city", Object.keys(PLACE_KINDS)), clause: anyOf("places.kind") }),
  q: filter({
    param: z.string().min(1, "must not be empty").max(200, "must be at most 200 characters").optional()
      .meta({ description: "Only places whose name or first-level division contains every word given (any case).", example: "vladivostok" }),
    // Few places, no FTS index: every word of the search must appear in the name or the first-level division.
    bind: (text) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => `%${word.toLowerCase()}%`),
    clause: (query, likes) => {
      for (const like of likes) query = query.where((eb) => eb.or([eb(eb.fn("lower", ["places.name"]), "like", like), eb(eb.fn("lower", ["places.admin1"]), "like", like)]));
      return query;
    },
  }),
  bbox: filter({
    param: bboxParam("Only places inside this box.", "120,40,180,75"),
    held: false,
    clause: (query, _, box) => query.where("places.id", "in", placeIdsIn(box) as never),
  }),
  updated_since: updatedSinceFilter("places"),
};

export type PlaceFilters = FilterValues<typeof PLACE_FILTERS>;

/** The places matching every filter given: for exports. */
export const filteredPlaces = (reader: Reader, f: PlaceFilters) => filtered("places", PLACE_FILTERS, f, reader);

const listTemplates = new ListTemplates("places", PLACE_SORTS, PLACE_FILTERS, (query) => query.select(placeColumns));

async function withEvents<R extends { id: string }>(reader: Reader, rows: R[], include: readonly string[] = []) {
  if (!include.includes("events") || rows.length === 0) return rows;
  const by = groupBy(await reader.all(
    sql.selectFrom("events").select(["events.place_id", ...eventRefColumns]).where("events.place_id", "in", rows.map((r) => r.id)).orderBy("events.start_date").orderBy("events.id"),
  ), (e) => e.place_id);
  return rows.map((r) => extend(r, { events: (by.get(r.id) ?? []).map(({ place_id: _, ...e }) => e) }));
}

/** Every place matching the filters, in batches, for streaming exports (no limit, no cursor). */
export async function exportPlaces(reader: Reader, f: PlaceFilters, sort: Sorting, shape: { include?: string[]; fields?: string[] } = {}) {
  return exportBatches(reader, "places", (await filteredPlaces(reader, f)).select(placeColumns), PLACE_SORTS, sort, async (rows, own) =>
    pickFields(await withEvents(own, await withExternalIds(own, "place_external_ids", "place_id", withAnnotations(rows), shape.fields), shape.include), shape.fields && [...shape.fields, ...(shape.include ?? [])]));
}

export async function listPlaces(reader: Reader, f: PlaceFilters, paging: Paging, shape: { include?: string[]; fields?: string[] } = {}) {
  const { rows, page } = await listTemplates.page<{ id: string; [column: string]: unknown }>(reader, f, paging);
  const data = await withEvents(reader, await withExternalIds(reader, "place_external_ids", "place_id", withAnnotations(rows), shape.fields), shape.include);
  return { data: pickFields(data, shape.fields && [...shape.fields, ...(shape.include ?? [])]), page };
}

export async function getPlace(reader: Reader, id: string) {
  const row = await reader.first(sql.selectFrom("places").select(placeColumns).where("id", "=", id));
  if (!row) return null;
  const events = await reader.all(sql.selectFrom("events").select(eventRefColumns).where("place_id", "=", id).orderBy("start_date").orderBy("id"));
  return extend((await withExternalIds(reader, "place_external_ids", "place_id", withAnnotations([row])))[0], { events });
}
