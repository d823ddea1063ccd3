import type { Reader } from "../db/query.ts";
import { FixedQuery, sql } from "../db/query.ts";
import { ACTOR_KINDS } from "../domain/vocabulary.ts";
import { countryParam, listParam } from "../domain/params.ts";
import { anyOf, filter, filtered, updatedSinceFilter, fullTextFilter, type FilterValues } from "./filters.ts";
import { withAnnotations, actorRefColumns, extend, externalIds, externalIdsOf, groupBy, pickFields, wants } from "./parts.ts";
import { actorIdsNamed, searchOnlyTotal } from "./matching.ts";
import { ListTemplates, type Paging, exportBatches, type Sorting } from "./pages.ts";

type ActorRow = { id: string; kind: string; name: string; country: string | null; description: string | null; annotations: string; version: number; created_at: string; updated_at: string };
const actorColumns = ["actors.id", "actors.kind", "actors.name", "actors.country", "actors.description", "actors.annotations", "actors.version", "actors.created_at", "actors.updated_at"] as const;

/** Adds aliases and external ids to a batch of actors: two queries, whatever the batch size. */
async function withParts(reader: Reader, rows: ActorRow[], fields?: readonly string[]) {
  const ids = rows.map((r) => r.id);
  const aliases = ids.length && wants(fields, "aliases")
    ? groupBy(await reader.all(sql.selectFrom("actor_aliases").select(["actor_id", "name", "kind", "lang"]).where("actor_id", "in", ids).orderBy("id")), (a) => a.actor_id)
    : new Map();
  const ext = wants(fields, "external_ids") ? await externalIds(reader, "actor_external_ids", "actor_id", ids) : new Map<string, Record<string, string>>();
  return withAnnotations(rows).map((r) => extend(r, {
    aliases: (aliases.get(r.id) ?? []).map(({ name, kind, lang }: { name: string; kind: string; lang: string | null }) => ({ name, kind, lang })),
    external_ids: ext.get(r.id) ?? {},
  }));
}

export const ACTOR_SORTS = { id: "actors.id", name: "actors.name_norm", updated_at: "actors.updated_at", created_at: "actors.created_at" } as const;

export const ACTOR_INCLUDES = {
  affiliations: "the roles the actor holds in organisations, each with the organisation in short",
} as const;

/** The actors list's filters (AND); a list-valued filter matches any of its values (OR). */
export const ACTOR_FILTERS = {
  q: fullTextFilter("actors", "actor names and every alias (so both spellings of a name find the actor)", "Zinovyev"),
  name: filter({
    param: listParam("Only actors with exactly this id, name or alias, in any case and with or without diacritics.", "Seoul"),
    held: false,
    clause: (query, _, names) => query.where("actors.id", "in", actorIdsNamed(names) as never),
  }),
  kind: filter({ param: listParam("Only actors of these kinds.", "government_body", Object.keys(ACTOR_KINDS)), clause: anyOf("actors.kind") }),
  country: filter({ param: countryParam("Only actors of these countries.", "KOR"), clause: anyOf("actors.country") }),
  updated_since: updatedSinceFilter("actors"),
};

export type ActorFilters = FilterValues<typeof ACTOR_FILTERS>;

/** The actors matching every filter given: for exports. */
export const filteredActors = (reader: Reader, f: ActorFilters) => filtered("actors", ACTOR_FILTERS, f, reader);

const listTemplates = new ListTemplates("actors", ACTOR_SORTS, ACTOR_FILTERS, (query) => query.select(actorColumns));

async function withAffiliations<R extends { id: string }>(reader: Reader, rows: R[], include: readonly string[] = []) {
  if (!include.includes("affiliations") || rows.length === 0) return rows;
  const all = await reader.all(
    sql.selectFrom("affiliations")
      .innerJoin("actors", "actors.id", "affiliations.organisation_id")
      .select(["affiliations.actor_id as member_id", "affiliations.id as aff_id", "role", "start_date", "end_date", "date_precision", ...actorRefColumns])
      .where("affiliations.actor_id", "in", rows.map((r) => r.id))
      .orderBy("affiliations.id"),
  );
  const by = groupBy(all, (a) => a.member_id);
  return rows.map((r) => extend(r, {
    affiliations: (by.get(r.id) ?? []).map(({ aff_id, role, start_date, end_date, date_precision, id, name, kind, country }) => ({
      id: aff_id, role, start_date, end_date, date_precision, organisation: { id, name, kind, country },
    })),
  }));
}

/** Every actor matching the filters, in batches, for streaming exports (no limit, no cursor). */
export async function exportActors(reader: Reader, f: ActorFilters, sort: Sorting, shape: { include?: string[]; fields?: string[] } = {}) {
  return exportBatches(reader, "actors", (await filteredActors(reader, f)).select(actorColumns), ACTOR_SORTS, sort, async (rows, own) =>
    pickFields(await withAffiliations(own, await withParts(own, rows, shape.fields), shape.include), shape.fields && [...shape.fields, ...(shape.include ?? [])]));
}

export async function listActors(reader: Reader, f: ActorFilters, paging: Paging, shape: { include?: string[]; fields?: string[] } = {}) {
  const { rows, page } = await listTemplates.page<ActorRow>(reader, f, paging, searchOnlyTotal(reader, "actors", f));
  const data = await withAffiliations(reader, await withParts(reader, rows, shape.fields), shape.include);
  return { data: pickFields(data, shape.fields && [...shape.fields, ...(shape.include ?? [])]), page };
}

export async function getActor(reader: Reader, id: string) {
  const found = await reader.firstOf(byId.actor, id);
  if (!found) return null;
  const [row] = withAnnotations([found]);
  const aliases = await reader.allOf(byId.aliases, id);
  const affiliations = await reader.allOf(byId.affiliations, id);
  const members = await reader.allOf(byId.members, id);
  // A busy actor takes part in thousands of events and makes thousands of
  // claims: the counts are remembered until the data changes (see Reader.memoizedFirst).
  const counts = (await reader.memoizedFirst(byId.counts, id))!;
  const part = ({ aff_id, role, start_date, end_date, date_precision, id, name, kind, country }: (typeof affiliations)[number]) => ({
    head: { id: aff_id, role, start_date, end_date, date_precision },
    ref: { id, name, kind, country },
  });
  return extend(row, {
    aliases,
    external_ids: await externalIdsOf(reader, "actor_external_ids", "actor_id", id),
    affiliations: affiliations.map(part).map((p) => ({ ...p.head, organisation: p.ref })),
    members: members.map(part).map((p) => ({ ...p.head, member: p.ref })),
    event_count: counts.event_count as number,
    claim_count: counts.claim_count as number,
  });
}

/** An actor's affiliations (`own` = actor_id: the organisations it belongs to; organisation_id: its members), each with the other side in short. */
function affiliationsOf(own: "actor_id" | "organisation_id", other: "actor_id" | "organisation_id") {
  return new FixedQuery((id) =>
    sql.selectFrom("affiliations")
      .innerJoin("actors", "actors.id", `affiliations.${other}`)
      .select(["affiliations.id as aff_id", "role", "start_date", "end_date", "date_precision", ...actorRefColumns])
      .where(`affiliations.${own}`, "=", id)
      .orderBy("affiliations.id"));
}

/** The single-actor reads, compiled once (see FixedQuery). */
const byId = {
  actor: new FixedQuery((id) => sql.selectFrom("actors").select(actorColumns).where("id", "=", id)),
  aliases: new FixedQuery((id) => sql.selectFrom("actor_aliases").select(["name", "kind", "lang"]).where("actor_id", "=", id).orderBy("id")),
  affiliations: affiliationsOf("actor_id", "organisation_id"),
  members: affiliationsOf("organisation_id", "actor_id"),
  counts: new FixedQuery((id) =>
    sql.selectNoFrom((eb) => [
      eb.selectFrom("event_participants").select((e) => e.fn.count<number>("event_id").distinct().as("n")).where("actor_id", "=", id).as("event_count"),
      eb.selectFrom("claims").select((e) => e.fn.countAll<number>().as("n")).where("claimant_id", "=", id).as("claim_count"),
    ])),
};
