import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemResponses } from "../../schemas/common.ts";
import { changesPage, changesQuery } from "../../schemas/changes.ts";
import { listChanges } from "../../repositories/revisions.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/changes", {
    schema: {
      tags: ["changes"],
      summary: "Follow the change feed",
      description: "Every create, update, delete and merge, in commit order, each with the whole record after it (in the bundle format POST takes). To mirror the store: start with no `since`, apply each change (create/update: store `record`; delete/merge: drop the id), and call again with `next_since` until `has_more` is false; later, resume from the last `next_since`. The feed starts with the seed.",
      querystring: changesQuery,
      response: { 200: changesPage, 400: problemResponses[400] },
    },
  }, async (req) =>
    listChanges(app.reader, { since: Number(req.query.since), limit: req.query.limit, collections: req.query.collections?.split(",") }));
};

export default routes;
