import { z } from "zod";
import { oneOf } from "./common.ts";
import { CLAIM_GROUPS, EVENT_GROUPS } from "../repositories/stats.ts";
import { claimFilterParams } from "./claims.ts";
import { eventFilterParams } from "./events.ts";

const groupBy = <G extends Record<string, string>>(groups: G, example: keyof G & string) =>
  oneOf(Object.keys(groups) as (keyof G & string)[])
    .meta({ description: `What to count by:\n\n${Object.entries(groups).map(([k, v]) => `- \`${k}\`: ${v}`).join("\n")}`, example });

export const eventStatsQuery = z.strictObject({ group_by: groupBy(EVENT_GROUPS, "type"), ...eventFilterParams });
export const claimStatsQuery = z.strictObject({ group_by: groupBy(CLAIM_GROUPS, "stance"), ...claimFilterParams });

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
    data: z.array(groupSchema).meta({ description: "The groups, largest first (ties by key)." }),
    total: z.number().int().meta({ description: "How many records match the filters (with `group_by=actor`, groups may add up to more).", example: 37 }),
  })
  .meta({ id: "Stats", description: "Counts of the records matching the filters, by group." });
