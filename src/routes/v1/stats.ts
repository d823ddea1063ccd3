import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemResponses } from "../../schemas/common.ts";
import { claimStatsQuery, eventStatsQuery, statsSchema } from "../../schemas/stats.ts";
import { claimStats, eventStats, FIGURE_PARTS, PER_EVENT, type Group, type Measure } from "../../repositories/stats.ts";
import { Problem } from "../../domain/problems.ts";

/** The answer, with only the `limit` largest groups when a limit is given (the groups come largest first). */
const largest = (group_by: string, stats: { data: Group[]; total: number }, limit: number | undefined, measure?: Measure) => ({
  group_by,
  data: limit === undefined ? stats.data : stats.data.slice(0, limit),
  groups: stats.data.length,
  total: stats.total,
  ...(measure ? { measure: { ...measure, added: `per event, the ${measure.per_event === "max" ? "largest" : "smallest"} ${measure.unit} figure claimed about it (${FIGURE_PARTS[measure.figure]})` } } : {}),
});

/** The measure asked for; per_event and figure say how to add, so they need one. */
function measureOf(q: { measure?: string; per_event?: keyof typeof PER_EVENT; figure?: keyof typeof FIGURE_PARTS }): Measure | undefined {
  if (q.measure === undefined) {
    const stray = (["per_event", "figure"] as const).find((name) => q[name] !== undefined);
    if (stray) {
      const message = "needs measure=<unit>: it says how to add up figures";
      throw new Problem(400, "invalid_request", `query ${stray}: ${message}`, { errors: [{ in: "query", name: stray, message }] });
    }
    return undefined;
  }
  return { unit: q.measure, per_event: q.per_event ?? "max", figure: q.figure ?? "value" };
}

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/stats/events", {
    schema: {
      tags: ["stats"],
      summary: "Count events by group",
      description: "How many events match the filters (the same as `/v1/events` takes), by type, month, year, country or actor; `limit` keeps the largest groups only. With `measure=<unit>`, also the sum of the figures in that unit claimed about each group's events (`measure=deaths&group_by=month`: deaths by month, UCDP's and ACLED's alike), one figure per event.",
      querystring: eventStatsQuery,
      response: { 200: statsSchema, 400: problemResponses[400] },
    },
  }, async (req) => {
    const { group_by, limit, measure: _m, per_event: _p, figure: _f, ...f } = req.query;
    const measure = measureOf(req.query);
    return largest(group_by, await eventStats(app.reader, f, group_by, measure), limit, measure);
  });

  app.get("/stats/claims", {
    schema: {
      tags: ["stats"],
      summary: "Count claims by group",
      description: "How many claims match the filters (the same as `/v1/claims` takes), by stance, claimant, verification, certainty or month; `limit` keeps the largest groups only.",
      querystring: claimStatsQuery,
      response: { 200: statsSchema, 400: problemResponses[400] },
    },
  }, async (req) => {
    const { group_by, limit, ...f } = req.query;
    return largest(group_by, await claimStats(app.reader, f, group_by), limit);
  });
};

export default routes;
