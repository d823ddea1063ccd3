import type { Reader } from "../db/query.ts";
import { sql } from "../db/query.ts";
import { eventRefColumns, externalIds, keysetPage } from "./shared.ts";

const placeColumns = ["id", "name", "kind", "country", "admin1", "latitude", "longitude", "geo_precision", "version", "created_at", "updated_at"] as const;

function withParts<R extends { id: string }>(reader: Reader, rows: R[]) {
  const ext = externalIds(reader, "place_external_ids", "place_id", rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, external_ids: ext.get(r.id) ?? {} }));
}

export function listPlaces(reader: Reader, q: { limit: number; after: string | null }) {
  const { rows, page } = keysetPage(reader, "places", sql.selectFrom("places").select(placeColumns), q.limit, q.after);
  return { data: withParts(reader, rows), page };
}

export function getPlace(reader: Reader, id: string) {
  const row = reader.first(sql.selectFrom("places").select(placeColumns).where("id", "=", id));
  if (!row) return null;
  const events = reader.all(sql.selectFrom("events").select(eventRefColumns).where("place_id", "=", id).orderBy("start_date").orderBy("id"));
  return { ...withParts(reader, [row])[0], events };
}
