// GET on a deleted record answers 410 with when and why; GET on an actor
// merged into another redirects (308) to the survivor, the rest of the path
// and the query kept. Runs before the read handlers, which never see such ids.
import fp from "fastify-plugin";
import { sendProblem } from "./problems.ts";
import { COLLECTIONS, type Collection } from "../domain/collections.ts";
import { goneProblem } from "../services/writes.ts";
import { tombstoneOf } from "../repositories/tombstones.ts";

/**
 * The collection whose tombstones a GET route answers for (410, or 308 for a
 * merged actor), or null: `/v1/{collection}/:id` and everything under it but
 * its revisions. The OpenAPI document uses the same rule.
 */
export function tombstonedCollection(routeUrl: string): Collection | null {
  const m = /^\/v1\/(\w+)\/:id(\/.*)?$/.exec(routeUrl);
  if (!m || !(COLLECTIONS as readonly string[]).includes(m[1]) || m[2] === "/revisions") return null;
  return m[1] as Collection;
}

export default fp<{ publicUrl?: string }>(
  async (app, opts) => {
    app.addHook("onRequest", async (req, reply) => {
      if (req.method !== "GET" && req.method !== "HEAD") return;
      const routeUrl = req.routeOptions.url ?? "";
      const collection = tombstonedCollection(routeUrl);
      if (!collection) return;
      const rest = routeUrl.slice(`/v1/${collection}/:id`.length);
      const id = (req.params as { id?: string }).id ?? "";
      const t = await tombstoneOf(app.reader, collection, id);
      if (!t) return;
      if ((req.query as { as_of?: string }).as_of !== undefined && !rest) return; // history stays readable
      if (t.merged_into) {
        // Built from the route and the stored ids, never from the request's
        // path or Host (an absolute-form request line names any host it likes,
        // and an encoded id would not be found in the path to replace): the
        // public base URL when one is set, otherwise a relative URL.
        const query = req.url.indexOf("?");
        const target = `${opts.publicUrl ?? ""}/v1/${collection}/${encodeURIComponent(t.merged_into)}${rest}`;
        reply.header("location", query >= 0 ? `${target}${req.url.slice(query)}` : target);
        return sendProblem(reply, 308, "merged", `The actor ${id} was merged into ${t.merged_into} at ${t.deleted_at}; follow Location.`, { merged_into: t.merged_into, deleted_at: t.deleted_at });
      }
      const p = goneProblem(collection, t);
      return sendProblem(reply, 410, p.code, p.detail, p.extra);
    });
  },
  { name: "tombstones", dependencies: ["db"] },
);
