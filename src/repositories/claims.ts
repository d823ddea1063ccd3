import type { Reader } from "../db/query.ts";
import { sql } from "../db/query.ts";
import { sql as k } from "kysely";
import { withAnnotations, actorRefColumns, claimRefColumns, eventRefColumns, extend, groupBy, pickFields, sourceRefColumns } from "./parts.ts";
import { actorIdsNamed, actorIdsResolved, searchOnlyTotal, inList } from "./matching.ts";
import { ListTemplates, type Paging, exportBatches, type Sorting } from "./pages.ts";
import { anyOf, filter, filtered, updatedSinceFilter, fullTextFilter, type FilterValues } from "./filters.ts";
import { claimFigures, figureFilters } from "./figures.ts";
import { CERTAINTIES, STANCES, VERIFICATIONS } from "../domain/vocabulary.ts";
import { contestedParam, dateBoundParam, listParam } from "../domain/params.ts";

const claimColumns = [
  "claims.id", "claims.claimant_id", "claims.source_id", "claims.event_id", "claims.statement", "claims.quote", "claims.stance", "claims.certainty",
  "claims.verification", "claims.claimed_at", "claims.claimed_precision", "claims.annotations", "claims.version", "claims.created_at", "claims.updated_at",
] as const;

/** The sort keys `sort` accepts, and the SQL each orders by (claims with no date sort first, ascending). */
export const CLAIM_SORTS = {
  id: "claims.id", claimed_at: "coalesce(claims.claimed_at, '')", updated_at: "claims.updated_at", created_at: "claims.created_at",
} as const;

export const CLAIM_INCLUDES = {
  claimant: "the claimant, in short",
  source: "the source, in short",
  event: "the event, in short (null when the claim is about none)",
  about_actors: "the actors the claim is about, in short",
  quantities: "the figures the claim states",
  relations: "links to the claims it answers, supports or contradicts, and to those that do so to it",
} as const;

/**
 * Claims some other claim contests: a `contradicts` link to them, or a
 * `responds_to` link from a claim that denies.
 */
const contestedIds = sql.selectFrom("claim_relations as r")
  .innerJoin("claims as c", "c.id", "r.claim_id")
  .select("r.related_claim_id")
  .where((eb) => eb.or([eb("r.kind", "=", "contradicts"), eb.and([eb("r.kind", "=", "responds_to"), eb("c.stance", "=", "denies")])]));

const column = (name: string) => filter({ clause: (query, [value]) => query.where(k.ref(name), "=", value) });

/** The claims list's filters (AND); a list-valued filter matches any of its values (OR). */
export const CLAIM_FILTERS = {
  /** Set by nested routes. */
  claimant_id: column("claims.claimant_id"),
  source_id: column("claims.source_id"),
  event_id: column("claims.event_id"),
  claimant: filter({
    param: listParam("Only claims made by these actors. Each value is an actor's id, its name or any alias, in any case and with or without diacritics.", "zinovyev"),
    // The names are looked up first: a filter on a literal id list lets SQLite walk claims(claimant_id, id) in a page's order.
    bind: (names, reader) => actorIdsResolved(reader, names),
    clause: (query, ids) => ids.length === 1 ? query.where("claims.claimant_id", "=", ids[0] as string) : query.where(inList("claims.claimant_id", ids as string[])),
  }),
  about_actor: filter({
    param: listParam("Only claims about these actors (id, name or alias, as for `claimant`).", "act_north-korea"),
    // Names are folded in the SQL's values, so the SQL is built for each request.
    held: false,
    clause: (query, _, names) => query.where("claims.id", "in", (eb) => eb.selectFrom("claim_about_actors").select("claim_id").where("actor_id", "in", actorIdsNamed(names) as never)),
  }),
  event: filter({ param: listParam("Only claims about these events (ids).", "evt_2024-10-08-north-korea-ships-special-forces-to-russia"), clause: anyOf("claims.event_id") }),
  source: filter({ param: listParam("Only claims recorded in these sources (ids).", "src_nis-briefing-2024-10-18"), clause: anyOf("claims.source_id") }),
  stance: filter({ param: listParam("Only claims with these stances.", "denies", Object.keys(STANCES)), clause: anyOf("claims.stance") }),
  certainty: filter({ param: listParam("Only claims the claimant hedges this way.", "certain", Object.keys(CERTAINTIES)), clause: anyOf("claims.certainty") }),
  verification: filter({ param: listParam("Only claims with this independent verification.", "unverified", Object.keys(VERIFICATIONS)), clause: anyOf("claims.verification") }),
  ...figureFilters(claimFigures, "claims that state"),
  contested: filter({
    param: contestedParam,
    bind: () => [],
    shape: (contested) => String(contested),
    clause: (query, _, contested) => query.where("claims.id", contested ? "in" : "not in", contestedIds),
  }),
  // claimed_at is a day (or the first day of the week, month or year it is known to).
  from: filter({
    param: dateBoundParam("from", "Only claims made on or after this day (`claimed_at`; claims with no known date never match).", "2024-10-18"),
    clause: (query, [from]) => query.where("claims.claimed_at", ">=", from as string),
  }),
  to: filter({
    param: dateBoundParam("to", "Only claims made on or before this day (`claimed_at`).", "2024-10-21"),
    clause: (query, [to]) => query.where("claims.claimed_at", "<=", to as string),
  }),
  q: fullTextFilter("claims", "claim statements and verbatim quotes", "withdrawal"),
  updated_since: updatedSinceFilter("claims"),
};

export type ClaimFilters = FilterValues<typeof CLAIM_FILTERS>;

/** The claims matching every filter given: for exports and statistics. */
export const filteredClaims = (reader: Reader, f: ClaimFilters) => filtered("claims", CLAIM_FILTERS, f, reader);

/** Embeds related records in a page of claims: one query per include, whatever the page size. */
async function withIncludes<R extends { id: string; claimant_id: string; source_id: string; event_id: string | null }>(reader: Reader, rows: R[], include: readonly string[] = []) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0 || include.length === 0) return rows;
  const extra = new Map<string, Record<string, unknown>>(ids.map((id) => [id, {}]));
  const uniq = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
  if (include.includes("claimant")) {
    const actors = new Map((await reader.all(sql.selectFrom("actors").select(actorRefColumns).where("actors.id", "in", uniq(rows.map((r) => r.claimant_id))))).map((a) => [a.id, a]));
    for (const r of rows) extra.get(r.id)!.claimant = actors.get(r.claimant_id);
  }
  if (include.includes("source")) {
    const sources = new Map((await reader.all(sql.selectFrom("sources").select(sourceRefColumns).where("sources.id", "in", uniq(rows.map((r) => r.source_id))))).map((s) => [s.id, s]));
    for (const r of rows) extra.get(r.id)!.source = sources.get(r.source_id);
  }
  if (include.includes("event")) {
    const eventIds = uniq(rows.map((r) => r.event_id));
    const events = eventIds.length ? new Map((await reader.all(sql.selectFrom("events").select(eventRefColumns).where("events.id", "in", eventIds))).map((e) => [e.id, e])) : new Map();
    for (const r of rows) extra.get(r.id)!.event = r.event_id ? events.get(r.event_id) ?? null : null;
  }
  if (include.includes("about_actors")) {
    const by = groupBy(await reader.all(
      sql.selectFrom("claim_about_actors").innerJoin("actors", "actors.id", "claim_about_actors.actor_id")
        .select(["claim_about_actors.claim_id", ...actorRefColumns]).where("claim_about_actors.claim_id", "in", ids).orderBy("actors.id"),
    ), (a) => a.claim_id);
    for (const id of ids) extra.get(id)!.about_actors = (by.get(id) ?? []).map(({ claim_id: _, ...a }) => a);
  }
  if (include.includes("quantities")) {
    const by = groupBy(await reader.all(
      sql.selectFrom("quantities").select(["claim_id", "id", "subject", "unit", "value", "low", "high", "comparator", "text"]).where("claim_id", "in", ids).orderBy("id"),
    ), (q) => q.claim_id);
    for (const id of ids) extra.get(id)!.quantities = (by.get(id) ?? []).map(({ claim_id: _, ...q }) => q);
  }
  if (include.includes("relations")) {
    // Both directions in one statement.
    const links = await reader.all(
      sql.selectFrom("claim_relations").innerJoin("claims", "claims.id", "claim_relations.related_claim_id")
        .select([k<string>`claim_relations.claim_id`.as("owner"), k<string>`'outgoing'`.as("direction"), "claim_relations.kind", "claim_relations.id as link_id", ...claimRefColumns])
        .where("claim_relations.claim_id", "in", ids)
        .unionAll(
          sql.selectFrom("claim_relations").innerJoin("claims", "claims.id", "claim_relations.claim_id")
            .select([k<string>`claim_relations.related_claim_id`.as("owner"), k<string>`'incoming'`.as("direction"), "claim_relations.kind", "claim_relations.id as link_id", ...claimRefColumns])
            .where("claim_relations.related_claim_id", "in", ids),
        )
        .orderBy("direction", "desc").orderBy("link_id"),
    );
    const by = groupBy(links, (l) => l.owner);
    for (const id of ids) extra.get(id)!.relations = (by.get(id) ?? []).map(({ owner: _, link_id: __, kind, direction, ...claim }) => ({ kind, direction, claim }));
  }
  return rows.map((r) => extend(r, extra.get(r.id)!));
}

/** Every claim matching the filters, in batches, for streaming exports (no limit, no cursor). */
export async function exportClaims(reader: Reader, f: ClaimFilters, sort: Sorting, shape: { include?: string[]; fields?: string[] } = {}) {
  return exportBatches(reader, "claims", (await filteredClaims(reader, f)).select(claimColumns), CLAIM_SORTS, sort, async (rows, own) =>
    pickFields(await withIncludes(own, withAnnotations(rows), shape.include), shape.fields && [...shape.fields, ...(shape.include ?? [])]));
}

/** The ids of every claim matching the filters, in the sort's order, in batches: for exporters that load their own shape. */
export async function claimIdBatches(reader: Reader, f: ClaimFilters, sort: Sorting, size = 200) {
  return exportBatches(reader, "claims", (await filteredClaims(reader, f)).select("claims.id"), CLAIM_SORTS, sort, (rows) => rows.map((r) => r.id), size);
}

type ClaimRow = { id: string; claimant_id: string; source_id: string; event_id: string | null; [column: string]: unknown };

/** The claims list's compiled SQL by shape (see ListTemplates). */
const listTemplates = new ListTemplates("claims", CLAIM_SORTS, CLAIM_FILTERS, (query) => query.select(claimColumns));

export async function listClaims(reader: Reader, f: ClaimFilters, paging: Paging, shape: { include?: string[]; fields?: string[] } = {}) {
  const { rows, page } = await listTemplates.page<ClaimRow>(reader, f, paging, searchOnlyTotal(reader, "claims", f));
  const data = await withIncludes(reader, withAnnotations(rows), shape.include);
  return { data: pickFields(data, shape.fields && [...shape.fields, ...(shape.include ?? [])]), page };
}

export async function getClaim(reader: Reader, id: string) {
  const found = await reader.first(sql.selectFrom("claims").select(claimColumns).where("claims.id", "=", id));
  if (!found) return null;
  const [row] = withAnnotations([found]);
  const claimant = (await reader.first(sql.selectFrom("actors").select(actorRefColumns).where("actors.id", "=", row.claimant_id)))!;
  const source = (await reader.first(sql.selectFrom("sources").select(sourceRefColumns).where("sources.id", "=", row.source_id)))!;
  const event = row.event_id ? (await reader.first(sql.selectFrom("events").select(eventRefColumns).where("events.id", "=", row.event_id))) ?? null : null;
  const about_actors = await reader.all(
    sql.selectFrom("claim_about_actors").innerJoin("actors", "actors.id", "claim_about_actors.actor_id")
      .select(actorRefColumns).where("claim_about_actors.claim_id", "=", id).orderBy("actors.id"),
  );
  const quantities = await reader.all(
    sql.selectFrom("quantities").select(["id", "subject", "unit", "value", "low", "high", "comparator", "text"]).where("claim_id", "=", id).orderBy("id"),
  );
  const outgoing = await reader.all(
    sql.selectFrom("claim_relations").innerJoin("claims", "claims.id", "claim_relations.related_claim_id")
      .select(["claim_relations.kind", ...claimRefColumns]).where("claim_relations.claim_id", "=", id).orderBy("claim_relations.id"),
  );
  const incoming = await reader.all(
    sql.selectFrom("claim_relations").innerJoin("claims", "claims.id", "claim_relations.claim_id")
      .select(["claim_relations.kind", ...claimRefColumns]).where("claim_relations.related_claim_id", "=", id).orderBy("claim_relations.id"),
  );
  const relations = [
    ...outgoing.map(({ kind, ...claim }) => ({ kind, direction: "outgoing" as const, claim })),
    ...incoming.map(({ kind, ...claim }) => ({ kind, direction: "incoming" as const, claim })),
  ];
  return extend(row, { claimant, source, event, about_actors, quantities, relations });
}
