import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemResponses } from "../../schemas/common.ts";
import { changesPage, changesQuery, revisionList, revisionsQuery } from "../../schemas/changes.ts";
import { listChanges, listRevisions } from "../../repositories/revisions.ts";
import { idParam } from "../../schemas/common.ts";
import { notFound, Problem } from "../../plugins/problems.ts";
import { SINGULAR } from "../../services/records.ts";

const EXAMPLE_ID = {
  actors: "act_georgiy-zinoviev", places: "plc_vladivostok", sources: "src_afp-report-2024-10-21",
  events: "evt_2024-10-21-summons-russian-ambassador", claims: "clm_nis-about-1500-special-forces-in-russia",
} as const;

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

  for (const collection of ["events", "actors", "claims", "sources", "places"] as const) {
    app.get(`/${collection}/:id/revisions`, {
      schema: {
        tags: [collection],
        summary: `List ${collection === "actors" || collection === "events" ? "an" : "a"} ${SINGULAR[collection]}'s revisions`,
        description: `The ${SINGULAR[collection]}'s history, oldest first, \`limit\` at a time (pass \`page.next_cursor\` as \`cursor\` for the next page): who wrote each version, when, what changed, and the whole record after it. Deleted and merged records keep their history. See also \`?as_of=\` on \`GET /v1/${collection}/{id}\`.`,
        params: idParam(collection.slice(0, 3), EXAMPLE_ID[collection]),
        querystring: revisionsQuery,
        response: { 200: revisionList, 400: problemResponses[400], 404: problemResponses[404] },
      },
    }, async (req) => {
      const { limit, cursor } = req.query;
      // The cursor is signed like the lists' and names this record, so it cannot be moved to another one.
      const sort = `revisions:${collection}/${req.params.id}`;
      let afterSeq: number | undefined;
      if (cursor !== undefined) {
        const after = app.cursors.decode(cursor);
        if (!after || after.sort !== sort || typeof after.key !== "number") {
          throw new Problem(400, "invalid_request", "query cursor: must be a page.next_cursor value of this record's revisions, unchanged", { errors: [{ in: "query", name: "cursor", message: "must be a page.next_cursor value of this record's revisions, unchanged" }] });
        }
        afterSeq = after.key;
      }
      const page = listRevisions(app.reader, collection, req.params.id, { limit, afterSeq });
      if (page.total === 0) throw notFound(SINGULAR[collection], req.params.id);
      const next = page.lastSeq === null ? null : app.cursors.encode({ sort, key: page.lastSeq, id: req.params.id });
      return { data: page.data, page: { limit, next_cursor: next, total: page.total } };
    });
  }
};

export default routes;
