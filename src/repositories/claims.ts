import type { Reader } from "../db/query.ts";
import { sql } from "../db/query.ts";
import { sql as k } from "kysely";
import {
  withAnnotations, actorIdsNamed, actorIdsResolved, actorRefColumns, claimRefColumns, eventRefColumns, extend, ftsMatch, searchOnlyTotal, groupBy, inList, keysetPage, ListTemplates, pickFields, sourceRefColumns, type Paging, exportBatches, type Sorting,
} from "./shared.ts";

const claimColumns = [
  "claims.id", "claims.claimant_id", "claims.source_id", "claims.event_id", "claims.statement", "claims.quote", "claims.stance", "claims.certainty",
  "claims.verification", "claims.claimed_at", "claims.claimed_precision", "claims.annotations", "claims.version", "claims.created_at", "claims.updated_at",
] as const;

/** The sort keys `sort` accepts, and the SQL each orders by (claims with no date sort first, ascending). */
export const CLAIM_SORTS = {
  id: "claims.id", claimed_at: "ifnull(claims.claimed_at, '')", updated_at: "claims.updated_at", created_at: "claims.created_at",
} as const;

export const CLAIM_INCLUDES = {
  claimant: "the claimant, in short",
  source: "the source, in short",
  event: "the event, in short (null when the claim is about none)",
  about_actors: "the actors the claim is about, in short",
  quantities: "the figures the claim states",
  relations: "links to the claims it answers, supports or contradicts, and to those that do so to it",
} as const;

export type ClaimFilters = {
  claimant?: string[]; about_actor?: string[]; event?: string[]; source?: string[]; stance?: string[]; certainty?: string[];
  verification?: string[]; unit?: string[]; contested?: boolean; q?: string; from?: string; to?: string; updated_since?: string;
  /** Set by nested routes. */
  claimant_id?: string; source_id?: string; event_id?: string;
};

/**
 * Claims some other claim contests: a `contradicts` link to them, or a
 * `responds_to` link from a claim that denies.
 */
const contestedIds = sql.selectFrom("claim_relations as r")
  .innerJoin("claims as c", "c.id", "r.claim_id")
  .select("r.related_claim_id")
  .where((eb) => eb.or([eb("r.kind", "=", "contradicts"), eb.and([eb("r.kind", "=", "responds_to"), eb("c.stance", "=", "denies")])]));

/** The claims matching every filter (AND); a list-valued filter matches any of its values (OR). */
export function filteredClaims(reader: Reader, f: ClaimFilters, resolved?: { claimantIds: string[] | undefined }) {
  let query = sql.selectFrom("claims");
  if (f.claimant_id !== undefined) query = query.where("claims.claimant_id", "=", f.claimant_id);
  if (f.source_id !== undefined) query = query.where("claims.source_id", "=", f.source_id);
  if (f.event_id !== undefined) query = query.where("claims.event_id", "=", f.event_id);
  // `resolved.claimantIds`, when given, are the ids `claimant` names, already looked up (see actorIdsResolved).
  const ids = resolved ? resolved.claimantIds : f.claimant && actorIdsResolved(reader, f.claimant);
  if (ids) {
    query = ids.length === 1 ? query.where("claims.claimant_id", "=", ids[0]) : query.where(inList("claims.claimant_id", ids));
  }
  if (f.about_actor) {
    const named = actorIdsNamed(f.about_actor);
    query = query.where("claims.id", "in", (eb) => eb.selectFrom("claim_about_actors").select("claim_id").where("actor_id", "in", named as never));
  }
  if (f.event) query = query.where(inList("claims.event_id", f.event));
  if (f.source) query = query.where(inList("claims.source_id", f.source));
  if (f.stance) query = query.where(inList("claims.stance", f.stance));
  if (f.certainty) query = query.where(inList("claims.certainty", f.certainty));
  if (f.verification) query = query.where(inList("claims.verification", f.verification));
  if (f.unit) {
    const units = f.unit;
    query = query.where("claims.id", "in", (eb) => eb.selectFrom("quantities").select("claim_id").where(inList("quantities.unit", units)));
  }
  if (f.contested !== undefined) query = query.where("claims.id", f.contested ? "in" : "not in", contestedIds);
  // claimed_at is a day (or the first day of the week, month or year it is known to).
  if (f.from !== undefined) query = query.where("claims.claimed_at", ">=", f.from);
  if (f.to !== undefined) query = query.where("claims.claimed_at", "<=", f.to);
  if (f.updated_since !== undefined) query = query.where("claims.updated_at", ">=", f.updated_since);
  if (f.q !== undefined) query = query.where(ftsMatch(reader, "claims", f.q));
  return query;
}

/** Embeds related records in a page of claims: one query per include, whatever the page size. */
function withIncludes<R extends { id: string; claimant_id: string; source_id: string; event_id: string | null }>(reader: Reader, rows: R[], include: readonly string[] = []) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0 || include.length === 0) return rows;
  const extra = new Map<string, Record<string, unknown>>(ids.map((id) => [id, {}]));
  const uniq = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
  if (include.includes("claimant")) {
    const actors = new Map(reader.all(sql.selectFrom("actors").select(actorRefColumns).where("actors.id", "in", uniq(rows.map((r) => r.claimant_id)))).map((a) => [a.id, a]));
    for (const r of rows) extra.get(r.id)!.claimant = actors.get(r.claimant_id);
  }
  if (include.includes("source")) {
    const sources = new Map(reader.all(sql.selectFrom("sources").select(sourceRefColumns).where("sources.id", "in", uniq(rows.map((r) => r.source_id)))).map((s) => [s.id, s]));
    for (const r of rows) extra.get(r.id)!.source = sources.get(r.source_id);
  }
  if (include.includes("event")) {
    const eventIds = uniq(rows.map((r) => r.event_id));
    const events = eventIds.length ? new Map(reader.all(sql.selectFrom("events").select(eventRefColumns).where("events.id", "in", eventIds)).map((e) => [e.id, e])) : new Map();
    for (const r of rows) extra.get(r.id)!.event = r.event_id ? events.get(r.event_id) ?? null : null;
  }
  if (include.includes("about_actors")) {
    const by = groupBy(reader.all(
      sql.selectFrom("claim_about_actors").innerJoin("actors", "actors.id", "claim_about_actors.actor_id")
        .select(["claim_about_actors.claim_id", ...actorRefColumns]).where("claim_about_actors.claim_id", "in", ids).orderBy("actors.id"),
    ), (a) => a.claim_id);
    for (const id of ids) extra.get(id)!.about_actors = (by.get(id) ?? []).map(({ claim_id: _, ...a }) => a);
  }
  if (include.includes("quantities")) {
    const by = groupBy(reader.all(
      sql.selectFrom("quantities").select(["claim_id", "id", "subject", "unit", "value", "low", "high", "comparator", "text"]).where("claim_id", "in", ids).orderBy("id"),
    ), (q) => q.claim_id);
    for (const id of ids) extra.get(id)!.quantities = (by.get(id) ?? []).map(({ claim_id: _, ...q }) => q);
  }
  if (include.includes("relations")) {
    // Both directions in one statement.
    const links = reader.all(
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
export function exportClaims(reader: Reader, f: ClaimFilters, sort: Sorting, shape: { include?: string[]; fields?: string[] } = {}) {
  return exportBatches(reader, "claims", filteredClaims(reader, f).select(claimColumns), CLAIM_SORTS, sort, (rows, own) =>
    pickFields(withIncludes(own, withAnnotations(rows), shape.include), shape.fields && [...shape.fields, ...(shape.include ?? [])]));
}

/** The ids of every claim matching the filters, in the sort's order, in batches: for exporters that load their own shape. */
export function claimIdBatches(reader: Reader, f: ClaimFilters, sort: Sorting, size = 200) {
  return exportBatches(reader, "claims", filteredClaims(reader, f).select("claims.id"), CLAIM_SORTS, sort, (rows) => rows.map((r) => r.id), size);
}

type ClaimRow = { id: string; claimant_id: string; source_id: string; event_id: string | null; [column: string]: unknown };

/** The claims list's compiled SQL by shape (see ListTemplates), for all filters but q and about_actor. */
const listTemplates = new ListTemplates<ClaimFilters & { claimant_ids?: string[] }>(
  "claims", CLAIM_SORTS,
  {
    scalars: ["claimant_id", "source_id", "event_id", "from", "to", "updated_since"],
    lists: ["claimant_ids", "event", "source", "stance", "certainty", "verification", "unit"],
    flags: ["contested"],
  },
  (f, reader) => filteredClaims(reader, f, { claimantIds: f.claimant_ids }).select(claimColumns),
);

export function listClaims(reader: Reader, f: ClaimFilters, paging: Paging, shape: { include?: string[]; fields?: string[] } = {}) {
  // q (its plan depends on how common its words are) and about_actor (names are folded first) build their SQL each time.
  const { rows, page } = f.q === undefined && f.about_actor === undefined
    ? listTemplates.page<ClaimRow>(reader, { ...f, claimant: undefined, claimant_ids: f.claimant && actorIdsResolved(reader, f.claimant) }, paging)
    : keysetPage(reader, "claims", filteredClaims(reader, f).select(claimColumns), CLAIM_SORTS, paging, searchOnlyTotal(reader, "claims", f));
  const data = withIncludes(reader, withAnnotations(rows), shape.include);
  return { data: pickFields(data, shape.fields && [...shape.fields, ...(shape.include ?? [])]), page };
}

export function getClaim(reader: Reader, id: string) {
  const found = reader.first(sql.selectFrom("claims").select(claimColumns).where("claims.id", "=", id));
  if (!found) return null;
  const [row] = withAnnotations([found]);
  const claimant = reader.first(sql.selectFrom("actors").select(actorRefColumns).where("actors.id", "=", row.claimant_id))!;
  const source = reader.first(sql.selectFrom("sources").select(sourceRefColumns).where("sources.id", "=", row.source_id))!;
  const event = row.event_id ? reader.first(sql.selectFrom("events").select(eventRefColumns).where("events.id", "=", row.event_id)) ?? null : null;
  const about_actors = reader.all(
    sql.selectFrom("claim_about_actors").innerJoin("actors", "actors.id", "claim_about_actors.actor_id")
      .select(actorRefColumns).where("claim_about_actors.claim_id", "=", id).orderBy("actors.id"),
  );
  const quantities = reader.all(
    sql.selectFrom("quantities").select(["id", "subject", "unit", "value", "low", "high", "comparator", "text"]).where("claim_id", "=", id).orderBy("id"),
  );
  const outgoing = reader.all(
    sql.selectFrom("claim_relations").innerJoin("claims", "claims.id", "claim_relations.related_claim_id")
      .select(["claim_relations.kind", ...claimRefColumns]).where("claim_relations.claim_id", "=", id).orderBy("claim_relations.id"),
  );
  const incoming = reader.all(
    sql.selectFrom("claim_relations").innerJoin("claims", "claims.id", "claim_relations.claim_id")
      .select(["claim_relations.kind", ...claimRefColumns]).where("claim_relations.related_claim_id", "=", id).orderBy("claim_relations.id"),
  );
  const relations = [
    ...outgoing.map(({ kind, ...claim }) => ({ kind, direction: "outgoing" as const, claim })),
    ...incoming.map(({ kind, ...claim }) => ({ kind, direction: "incoming" as const, claim })),
  ];
  return extend(row, { claimant, source, event, about_actors, quantities, relations });
}
