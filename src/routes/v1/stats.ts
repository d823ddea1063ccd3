import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemResponses } from "../../schemas/common.ts";
import { claimStatsQuery, eventStatsQuery, statsSchema } from "../../schemas/stats.ts";
import { claimStats, eventStats, type Group } from "../../repositories/stats.ts";

/** The answer, with only the `limit` largest groups when a limit is given (the groups come largest first). */
const largest = (group_by: string, stats: { data: Group[]; total: number }, limit: number | undefined) => ({
  group_by,
  data: limit === undefined ? stats.data : stats.data.slice(0, limit),
  groups: stats.data.length,
  total: stats.total,
});

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/stats/events", {
    schema: {
      tags: ["stats"],
      summary: "Count events by group",
      description: "How many events match the filters (the same as `/v1/events` takes), by type, month, year, country or actor; `limit` keeps the largest groups only.",
      querystring: eventStatsQuery,
      response: { 200: statsSchema, 400: problemResponses[400] },
    },
  }, async (req) => {
    const { group_by, limit, ...f } = req.query;
    return largest(group_by, eventStats(app.reader, f, group_by), limit);
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
    return largest(group_by, claimStats(app.reader, f, group_by), limit);
  });
};

export default routes;
