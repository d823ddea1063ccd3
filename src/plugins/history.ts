// GET /v1/{collection}/{id}?as_of=INSTANT answers from the record's revisions:
// the record as it was at that instant, in the bundle format its revisions
// hold. It runs before the read handlers, which never see `as_of`.
import fp from "fastify-plugin";
import { sendProblem } from "./problems.ts";
import { COLLECTIONS, SINGULAR, type Collection } from "../services/records.ts";
import { revisionAsOf } from "../repositories/revisions.ts";
import { isCalendarDate, isInstant } from "../domain/dates.ts";

/**
 * What `as_of` answers are sent as: the record in the bundle format, another
 * shape than the record's usual one, so the profile tells them apart (RFC 6906).
 */
export const AS_OF_MEDIA_TYPE = 'application/json; profile="revision"';

/** An ISO 8601 instant or date as stored (UTC, milliseconds), or null. */
export function parseInstant(text: string): string | null {
  if (isCalendarDate(text)) return `${text}T00:00:00.000Z`;
  return isInstant(text) ? new Date(text).toISOString() : null;
}

/** The collection whose history a GET route serves with `as_of` (`/v1/{collection}/:id`), or null. The OpenAPI document uses the same rule. */
export function historyCollection(routeUrl: string): Collection | null {
  const m = /^\/v1\/(\w+)\/:id$/.exec(routeUrl);
  return m && (COLLECTIONS as readonly string[]).includes(m[1]) ? (m[1] as Collection) : null;
}

export default fp(
  async (app) => {
    app.addHook("onRequest", async (req, reply) => {
      if (req.method !== "GET" && req.method !== "HEAD") return;
      const asOf = (req.query as { as_of?: unknown }).as_of;
      if (asOf === undefined) return;
      const collection = historyCollection(req.routeOptions.url ?? "");
      if (!collection) return;
      // Other parameters beside as_of that the route does not know: its validation answers 400.
      const schema = req.routeOptions.schema?.querystring as { safeParse?: (v: unknown) => { success: boolean } } | undefined;
      if (schema?.safeParse && !schema.safeParse(req.query).success) return;
      const id = (req.params as { id: string }).id;
      const at = typeof asOf === "string" ? parseInstant(asOf) : null;
      if (!at)
        return sendProblem(reply, 400, "invalid_request", "query as_of: must be an ISO 8601 instant with a time zone (2024-10-22T08:00:00Z) or a date", {
          errors: [{ in: "query", name: "as_of", message: "must be an ISO 8601 instant with a time zone, or a date" }],
        });
      const rev = await revisionAsOf(app.reader, collection, id, at);
      if (!rev) return sendProblem(reply, 404, "not_found", `No ${SINGULAR[collection]} had the id "${id}" at ${at}.`);
      if (!rev.record)
        return sendProblem(reply, 410, "gone", `The ${SINGULAR[collection]} ${id} had been ${rev.action === "merge" ? `merged into ${rev.merged_into}` : "deleted"} by ${at} (at ${rev.at}).`, {
          deleted_at: rev.at, merged_into: rev.merged_into,
        });
      reply.header("x-record-version", String(rev.version)).header("last-modified", new Date(rev.at).toUTCString());
      return reply.code(200).type(`${AS_OF_MEDIA_TYPE}; charset=utf-8`).send(JSON.stringify(rev.record));
    });
  },
  { name: "history", dependencies: ["db"] },
);
