import type { Reader } from "../db/query.ts";
import { sql } from "../db/query.ts";
import { actorRefColumns, externalIds, groupBy, keysetPage, type Page } from "./shared.ts";

type ActorRow = { id: string; kind: string; name: string; country: string | null; description: string | null; version: number; created_at: string; updated_at: string };
const actorColumns = ["id", "kind", "name", "country", "description", "version", "created_at", "updated_at"] as const;

/** Adds aliases and external ids to a batch of actors: two queries, whatever the batch size. */
function withParts(reader: Reader, rows: ActorRow[]) {
  const ids = rows.map((r) => r.id);
  const aliases = ids.length
    ? groupBy(reader.all(sql.selectFrom("actor_aliases").select(["actor_id", "name", "kind", "lang"]).where("actor_id", "in", ids).orderBy("id")), (a) => a.actor_id)
    : new Map();
  const ext = externalIds(reader, "actor_external_ids", "actor_id", ids);
  return rows.map((r) => ({
    ...r,
    aliases: (aliases.get(r.id) ?? []).map(({ name, kind, lang }: { name: string; kind: string; lang: string | null }) => ({ name, kind, lang })),
    external_ids: ext.get(r.id) ?? {},
  }));
}

export function listActors(reader: Reader, q: { limit: number; after: string | null }): Page<ReturnType<typeof withParts>[number]> {
  const { rows, page } = keysetPage(reader, "actors", sql.selectFrom("actors").select(actorColumns), q.limit, q.after);
  return { data: withParts(reader, rows), page };
}

export function getActor(reader: Reader, id: string) {
  const row = reader.first(sql.selectFrom("actors").select(actorColumns).where("id", "=", id));
  if (!row) return null;
  const [actor] = withParts(reader, [row]);
  const affiliations = reader.all(
    sql.selectFrom("affiliations")
      .innerJoin("actors", "actors.id", "affiliations.organisation_id")
      .select(["affiliations.id as aff_id", "role", "start_date", "end_date", "date_precision", ...actorRefColumns])
      .where("affiliations.actor_id", "=", id)
      .orderBy("affiliations.id"),
  );
  const members = reader.all(
    sql.selectFrom("affiliations")
      .innerJoin("actors", "actors.id", "affiliations.actor_id")
      .select(["affiliations.id as aff_id", "role", "start_date", "end_date", "date_precision", ...actorRefColumns])
      .where("affiliations.organisation_id", "=", id)
      .orderBy("affiliations.id"),
  );
  const counts = reader.first(
    sql.selectNoFrom((eb) => [
      eb.selectFrom("event_participants").select((e) => e.fn.count<number>("event_id").distinct().as("n")).where("actor_id", "=", id).as("event_count"),
      eb.selectFrom("claims").select((e) => e.fn.countAll<number>().as("n")).where("claimant_id", "=", id).as("claim_count"),
    ]),
  )!;
  const part = ({ aff_id, role, start_date, end_date, date_precision, id, name, kind, country }: (typeof affiliations)[number]) => ({
    head: { id: aff_id, role, start_date, end_date, date_precision },
    ref: { id, name, kind, country },
  });
  return {
    ...actor,
    affiliations: affiliations.map(part).map((p) => ({ ...p.head, organisation: p.ref })),
    members: members.map(part).map((p) => ({ ...p.head, member: p.ref })),
    event_count: counts.event_count as number,
    claim_count: counts.claim_count as number,
  };
}
