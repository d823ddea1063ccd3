import type { Reader } from "../db/query.ts";
import { sql } from "../db/query.ts";
import { actorRefColumns, claimRefColumns, eventRefColumns, keysetPage, sourceRefColumns } from "./shared.ts";

const claimColumns = [
  "claims.id", "claims.claimant_id", "claims.source_id", "claims.event_id", "claims.statement", "claims.quote", "claims.stance", "claims.certainty",
  "claims.verification", "claims.claimed_at", "claims.claimed_precision", "claims.version", "claims.created_at", "claims.updated_at",
] as const;

export type ClaimScope = { claimant_id?: string; source_id?: string; event_id?: string };

export function listClaims(reader: Reader, q: { limit: number; after: string | null } & ClaimScope) {
  let query = sql.selectFrom("claims").select(claimColumns);
  if (q.claimant_id !== undefined) query = query.where("claims.claimant_id", "=", q.claimant_id);
  if (q.source_id !== undefined) query = query.where("claims.source_id", "=", q.source_id);
  if (q.event_id !== undefined) query = query.where("claims.event_id", "=", q.event_id);
  return (({ rows, page }) => ({ data: rows, page }))(keysetPage(reader, "claims", query, q.limit, q.after));
}

export function getClaim(reader: Reader, id: string) {
  const row = reader.first(sql.selectFrom("claims").select(claimColumns).where("claims.id", "=", id));
  if (!row) return null;
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
  return { ...row, claimant, source, event, about_actors, quantities, relations };
}
