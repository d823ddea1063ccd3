// Figures (quantities) as filters: a unit, and a range that a figure's own
// range must overlap. The same three filters narrow claims (the claim states
// such a figure) and events (a claim about the event states one); they hold
// for one figure together, so `unit=deaths&value_min=10` never matches a
// claim whose deaths are 3 and whose other figure is 20 soldiers.
import { sql as k, type Expression, type SqlBool } from "kysely";
import { listParam, numberParam } from "../domain/params.ts";
import { filter, type AnySelect, type FilterGroup } from "./filters.ts";

/**
 * A figure's range: [low, high] when stated; otherwise its value, open-ended
 * on the side its comparator leaves open ("more than 13,000" has no upper end,
 * "up to 500" no lower end). Null is "no end on this side".
 */
export const FIGURE_LOW = k<number | null>`coalesce(quantities.low, case when quantities.comparator in ('less_than', 'up_to') then null else quantities.value end)`;
export const FIGURE_HIGH = k<number | null>`coalesce(quantities.high, case when quantities.comparator in ('more_than', 'at_least') then null else quantities.value end)`;
const HAS_FIGURE = k<SqlBool>`(quantities.value is not null or quantities.low is not null or quantities.high is not null)`;

const and = (conditions: Expression<SqlBool>[]) => k<SqlBool>`(${k.join(conditions, k` and `)})`;

/** Claims with a figure meeting every figure filter given. */
export const claimFigures: FilterGroup = {
  name: "claim figures",
  clause: (query: AnySelect, conditions) => query.where(k<SqlBool>`claims.id in (select quantities.claim_id from quantities where ${and(conditions)})`),
};

/** Events about which some claim states a figure meeting every figure filter given. */
export const eventFigures: FilterGroup = {
  name: "event figures",
  clause: (query: AnySelect, conditions) =>
    query.where(k<SqlBool>`events.id in (select claims.event_id from quantities join claims on claims.id = quantities.claim_id where claims.event_id is not null and ${and(conditions)})`),
};

/** The three figure filters; `what` says what they keep ("claims that state", "events about which a claim states"). */
export function figureFilters(group: FilterGroup, what: string) {
  return {
    unit: filter({
      param: listParam(`Only ${what} a figure in one of these units (a quantity's \`unit\`; docs/formats.md says how the datasets' figures map to units: UCDP's deaths and ACLED's fatalities are both \`deaths\`).`, "soldiers"),
      part: { group, condition: (units) => k<SqlBool>`quantities.unit in (${k.join(units)})` },
    }),
    value_min: filter({
      param: numberParam(`Only ${what} a figure whose range reaches this number or more (with \`unit\`, a figure in that unit). A figure's range is its \`low\`..\`high\` when it has them, else its \`value\`; "more than 13,000" has no upper end, so it reaches any number above 13,000.`, 5000),
      part: { group, condition: ([min]) => k<SqlBool>`${HAS_FIGURE} and (${FIGURE_HIGH} is null or ${FIGURE_HIGH} >= ${min})` },
    }),
    value_max: filter({
      param: numberParam(`Only ${what} a figure whose range reaches this number or less (with \`unit\`, a figure in that unit; see \`value_min\`). With both, the figure's range overlaps \`value_min\`..\`value_max\`.`, 2000),
      part: { group, condition: ([max]) => k<SqlBool>`${HAS_FIGURE} and (${FIGURE_LOW} is null or ${FIGURE_LOW} <= ${max})` },
    }),
  };
}
