import { z } from "zod";
import { integerFrom, oneOf } from "./common.ts";
import { CLAIM_GROUPS, EVENT_GROUPS } from "../repositories/stats.ts";
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

export const eventStatsQuery = z.strictObject({ group_by: groupBy(EVENT_GROUPS, "type"), limit: groupsLimit, ...eventFilterParams });
export const claimStatsQuery = z.strictObject({ group_by: groupBy(CLAIM_GROUPS, "stance"), limit: groupsLimit, ...claimFilterParams });

const groupSchema = z
  .object({
    key: z.string().nullable().meta({ description: "The value counted: a type, a month, a country code, an actor's id...; null for records that have none.", example: "asserts" }),
    label: z.string().nullable().meta({ description: "A name for the key, where it is an id (an actor's name); otherwise null.", example: null }),
    count: z.number().int().meta({ description: "How many records have this key.", example: 14 }),
  })
  .meta({ id: "StatsGroup", description: "One group and its count." });

export const statsSchema = z
  .object({
    group_by: z.string().meta({ description: "The grouping asked for.", example: "stance" }),
    data: z.array(groupSchema).meta({ description: "The groups, largest first (ties by key); with `limit`, the first `limit` of them." }),
    groups: z.number().int().meta({ description: "How many groups there are in all, whatever `limit` kept.", example: 5 }),
    total: z.number().int().meta({ description: "How many records match the filters (with `group_by=actor`, groups may add up to more).", example: 37 }),
  })
  .meta({ id: "Stats", description: "Counts of the records matching the filters, by group." });
