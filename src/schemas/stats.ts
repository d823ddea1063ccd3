import { z } from "zod";
import { integerFrom, oneOf } from "./common.ts";
import { CLAIM_GROUPS, EVENT_GROUPS, FIGURE_PARTS, PER_EVENT } from "../repositories/stats.ts";
import { claimFilterParams } from "./claims.ts";
import { eventFilterParams } from "./events.ts";

const groupBy = <G extends Record<string, string>>(groups: G, example: keyof G & string) =>
  oneOf(Object.keys(groups) as (keyof G & string)[])
    .meta({ description: `What to count by:\n\n${Object.entries(groups).map(([k, v]) => `- \`${k}\`: ${v}`).join("\n")}`, example });

const MAX_GROUPS = 10_000;
const groupsLimit = integerFrom(1, MAX_GROUPS)
  .optional()
  .meta({
    description: `Only the largest groups: at most this many (1 to ${MAX_GROUPS}), largest first. Without it, every group; \`groups\` says how many there are either way. With \`group_by=actor\` or \`claimant\` on a large dataset, every group is one per actor.`,
    example: 10,
  });

const choice = <G extends Record<string, string>>(values: G, lead: string, fallback: keyof G & string) =>
  oneOf(Object.keys(values) as (keyof G & string)[])
    .optional()
    .meta({ description: `${lead} (with \`measure\`; default \`${fallback}\`):\n\n${Object.entries(values).map(([k, v]) => `- \`${k}\`: ${v}`).join("\n")}`, example: fallback });

export const eventStatsQuery = z.strictObject({
  group_by: groupBy(EVENT_GROUPS, "type"),
  limit: groupsLimit,
  measure: z.string().min(1, "must name a unit").max(200, "must be at most 200 characters").optional().meta({
    description: "Also add up the figures in this unit (a quantity's `unit`, such as `deaths` or `soldiers`) that claims give about each group's events: each group gets `sum` and `measured`, and groups come largest sum first. An event with several figures counts once (see `per_event` and `figure`).",
    example: "deaths",
  }),
  per_event: choice(PER_EVENT, "Which figure counts when an event's claims give several", "max"),
  figure: choice(FIGURE_PARTS, "Which part of a figure counts", "value"),
  ...eventFilterParams,
});
export const claimStatsQuery = z.strictObject({ group_by: groupBy(CLAIM_GROUPS, "stance"), limit: groupsLimit, ...claimFilterParams });

const groupSchema = z
  .object({
    key: z.string().nullable().meta({ description: "The value counted: a type, a month, a country code, an actor's id...; null for records that have none.", example: "asserts" }),
    label: z.string().nullable().meta({ description: "A name for the key, where it is an id (an actor's name); otherwise null.", example: null }),
    count: z.number().int().meta({ description: "How many records have this key.", example: 14 }),
    sum: z.number().nullable().optional().meta({ description: "With `measure`: the sum of the group's events' figures in that unit, one figure per event; null when none of them has one.", example: 11500 }),
    measured: z.number().int().optional().meta({ description: "With `measure`: how many of the group's events have a figure in that unit (the others add nothing to `sum`).", example: 2 }),
  })
  .meta({ id: "StatsGroup", description: "One group and its count." });

export const statsSchema = z
  .object({
    group_by: z.string().meta({ description: "The grouping asked for.", example: "stance" }),
    data: z.array(groupSchema).meta({ description: "The groups, largest first (ties by key); with `limit`, the first `limit` of them." }),
    groups: z.number().int().meta({ description: "How many groups there are in all, whatever `limit` kept.", example: 5 }),
    total: z.number().int().meta({ description: "How many records match the filters (with `group_by=actor`, groups may add up to more).", example: 37 }),
    measure: z
      .object({
        unit: z.string().meta({ description: "The unit added up.", example: "deaths" }),
        per_event: z.string().meta({ description: "Which figure of an event counted.", example: "max" }),
        figure: z.string().meta({ description: "Which part of a figure counted.", example: "value" }),
        added: z.string().meta({ description: "What was added, in words.", example: "per event, the largest deaths figure claimed about it (a figure's value, else its low, else its high)" }),
      })
      .optional()
      .meta({ description: "With `measure`: what each `sum` adds up." }),
  })
  .meta({ id: "Stats", description: "Counts of the records matching the filters, by group." });
