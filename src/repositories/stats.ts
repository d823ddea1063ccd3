// Counts of the records a filtered list would return, grouped by one key.
import { sql as k } from "kysely";
import { sql, type Reader } from "../db/query.ts";
import { filteredEvents, type EventFilters } from "./events.ts";
import { filteredClaims, type ClaimFilters } from "./claims.ts";

export type Group = { key: string | null; label: string | null; count: number; sum?: number | null; measured?: number };

/** A sum of figures: the unit, which figure of an event counts when several claims give one, and which part of a figure. */
export type Measure = { unit: string; per_event: "max" | "min"; figure: "value" | "low" | "high" };

export const PER_EVENT = {
  max: "the largest figure claimed about the event counts",
  min: "the smallest figure claimed about the event counts",
} as const;

export const FIGURE_PARTS = {
  value: "a figure's value (else its low, else its high)",
  low: "a figure's low (else its value, else its high)",
  high: "a figure's high (else its value, else its low)",
} as const;

const PART_SQL = {
  value: k<number>`coalesce(quantities.value, quantities.low, quantities.high)`,
  low: k<number>`coalesce(quantities.low, quantities.value, quantities.high)`,
  high: k<number>`coalesce(quantities.high, quantities.value, quantities.low)`,
};

/**
 * One figure per event: of the figures in `unit` that its claims give, the
 * largest or smallest (per_event) of the part asked for. Competing figures
 * stay side by side in the records; only the sum chooses.
 */
function perEvent(m: Measure) {
  const part = PART_SQL[m.figure];
  const pick = m.per_event === "max" ? k<number>`max(${part})` : k<number>`min(${part})`;
  return sql.selectFrom("quantities").innerJoin("claims", "claims.id", "quantities.claim_id")
    .select([k<string>`claims.event_id`.as("event_id"), pick.as("amount")])
    .where("quantities.unit", "=", m.unit).where("claims.event_id", "is not", null).where(k<boolean>`${part} is not null`)
    .groupBy("claims.event_id");
}

export const EVENT_GROUPS = {
  type: "the event type",
  month: "the month the event starts in (YYYY-MM)",
  year: "the year the event starts in (YYYY)",
  country: "the country of the event's place (ISO 3166-1 alpha-3; null when the event has no place)",
  actor: "each actor taking part (an event with three participants counts once for each); the label is the actor's name",
} as const;

export const CLAIM_GROUPS = {
  stance: "the claimant's stance",
  claimant: "the claimant; the label is the actor's name",
  verification: "the independent verification",
  certainty: "the claimant's own hedging",
  month: "the month the claim was made in (YYYY-MM; null when unknown)",
} as const;

const order = (rows: Group[]) => rows.sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));

/** Whether no filter narrows the events (then a count can read an index of its own instead of the events). */
const unfiltered = (f: object) => Object.values(f).every((v) => v === undefined);

/**
 * Each group is one index read in its own order where one exists, so that a
 * statistic over a million events is a scan of one index and no sort: months
 * read the index on substr(start_date, 1, 7) (years add months up), countries
 * the event's own country column (kept equal to its place's by triggers), and
 * actors count each actor's events in the participants index alone, reading
 * the events only to apply filters (see BENCHMARKS.md, Scale).
 */
export async function eventStats(reader: Reader, f: EventFilters, by: keyof typeof EVENT_GROUPS, measure?: Measure): Promise<{ data: Group[]; total: number }> {
  const base = await filteredEvents(reader, f);
  if (measure) return { data: await measured(reader, base, by, measure), total: ((await reader.memoizedFirst(base.select(k<number>`count(*)`.as("n")))) as { n: number }).n };
  let rows: Group[];
  switch (by) {
    case "type":
      rows = await reader.memoizedAll(base.select([k<string>`events.type`.as("key"), k<null>`null`.as("label"), k<number>`count(*)`.as("count")]).groupBy("events.type"));
      break;
    case "month":
    case "year": {
      // The same expression as the index's, so that an unfiltered count reads it in order.
      const month = k<string>`substr(events.start_date, 1, 7)`;
      rows = await reader.memoizedAll(base.select([month.as("key"), k<null>`null`.as("label"), k<number>`count(*)`.as("count")]).groupBy(month));
      if (by === "year") rows = addedUp(rows, (key) => key.slice(0, 4));
      break;
    }
    case "country":
      rows = await reader.memoizedAll(base.select([k<string | null>`events.country`.as("key"), k<null>`null`.as("label"), k<number>`count(*)`.as("count")]).groupBy("events.country"));
      break;
    case "actor": {
      // An actor with two roles in one event counts the event once.
      let perActor = sql.selectFrom("event_participants").select(["event_participants.actor_id", k<number>`count(distinct event_participants.event_id)`.as("count")]).groupBy("event_participants.actor_id");
      if (!unfiltered(f)) perActor = perActor.where("event_participants.event_id", "in", base.select("events.id"));
      rows = await reader.memoizedAll(
        sql.selectFrom(perActor.as("p")).innerJoin("actors", "actors.id", "p.actor_id")
          .select([k<string>`actors.id`.as("key"), k<string>`actors.name`.as("label"), k<number>`p.count`.as("count")]),
      );
      break;
    }
  }
  const total = ((await reader.memoizedFirst(base.select(k<number>`count(*)`.as("n")))) as { n: number }).n;
  return { data: order(rows), total };
}

/**
 * Counts and sums of a figure by group, largest sum first. Each event counts
 * once in its group, with its one figure (see perEvent); an event with no
 * figure in the unit counts in `count` and not in `measured`.
 */
async function measured(reader: Reader, base: Awaited<ReturnType<typeof filteredEvents>>, by: keyof typeof EVENT_GROUPS, m: Measure): Promise<Group[]> {
  type Row = { key: string | null; label: string | null; count: number; sum: number | null; measured: number };
  const figures = perEvent(m).as("m");
  const totals = [k<number>`count(*)`.as("count"), k<number | null>`sum(m.amount)`.as("sum"), k<number>`count(m.amount)`.as("measured")];
  let rows: Row[];
  if (by === "actor") {
    // An actor with two roles in one event counts the event once.
    const pairs = sql.selectFrom("event_participants").select(["event_participants.actor_id", "event_participants.event_id"]).distinct()
      .where("event_participants.event_id", "in", base.select("events.id")).as("p");
    rows = (await reader.memoizedAll(
      sql.selectFrom(pairs).innerJoin("actors", "actors.id", "p.actor_id").leftJoin(figures, "m.event_id", "p.event_id")
        .select([k<string>`actors.id`.as("key"), k<string>`actors.name`.as("label"), ...totals]).groupBy("actors.id"),
    )) as Row[];
  } else {
    const key = by === "type" ? k<string>`events.type` : by === "country" ? k<string | null>`events.country` : by === "month" ? k<string>`substr(events.start_date, 1, 7)` : k<string>`substr(events.start_date, 1, 4)`;
    rows = (await reader.memoizedAll(base.leftJoin(figures, "m.event_id", "events.id").select([key.as("key"), k<null>`null`.as("label"), ...totals]).groupBy(key))) as Row[];
  }
  return rows.sort((a, b) => (b.sum ?? 0) - (a.sum ?? 0) || b.count - a.count || String(a.key).localeCompare(String(b.key)));
}

/** Groups merged by a coarser key (months into years), counts summed. */
function addedUp(rows: Group[], coarser: (key: string) => string): Group[] {
  const merged = new Map<string | null, Group>();
  for (const r of rows) {
    const key = r.key === null ? null : coarser(r.key);
    const g = merged.get(key);
    if (g) g.count += r.count;
    else merged.set(key, { key, label: r.label, count: r.count });
  }
  return [...merged.values()];
}

export async function claimStats(reader: Reader, f: ClaimFilters, by: keyof typeof CLAIM_GROUPS): Promise<{ data: Group[]; total: number }> {
  const base = await filteredClaims(reader, f);
  let rows: Group[];
  if (by === "claimant") {
    rows = await reader.memoizedAll(
      base.innerJoin("actors", "actors.id", "claims.claimant_id")
        .select([k<string>`actors.id`.as("key"), k<string>`actors.name`.as("label"), k<number>`count(*)`.as("count")]).groupBy("actors.id"),
    );
  } else {
    const expr = by === "month" ? k<string | null>`substr(claims.claimed_at, 1, 7)` : k<string>`${k.ref(`claims.${by}`)}`;
    rows = await reader.memoizedAll(base.select([expr.as("key"), k<null>`null`.as("label"), k<number>`count(*)`.as("count")]).groupBy(expr));
  }
  const total = ((await reader.memoizedFirst(base.select(k<number>`count(*)`.as("n")))) as { n: number }).n;
  return { data: order(rows), total };
}
