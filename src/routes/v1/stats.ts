import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemResponses } from "../../schemas/common.ts";
import { claimStatsQuery, eventStatsQuery, statsSchema } from "../../schemas/stats.ts";
import { claimStats, eventStats } from "../../repositories/stats.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/stats/events", {
    schema: {
      tags: ["stats"],
      summary: "Count events by group",
      description: "How many events match the filters (the same as `/v1/events` takes), by type, month, year, country or actor.",
      querystring: eventStatsQuery,
      response: { 200: statsSchema, 400: problemResponses[400] },
    },
  }, async (req) => {
    const { group_by, ...f } = req.query;
    return { group_by, ...eventStats(app.reader, f, group_by) };
  });

  app.get("/stats/claims", {
    schema: {
      tags: ["stats"],
      summary: "Count claims by group",
      description: "How many claims match the filters (the same as `/v1/claims` takes), by stance, claimant, verification, certainty or month.",
      querystring: claimStatsQuery,
      response: { 200: statsSchema, 400: problemResponses[400] },
    },
  }, async (req) => {
    const { group_by, ...f } = req.query;
    return { group_by, ...claimStats(app.reader, f, group_by) };
  });
};

export default routes;
