// GET on a deleted record answers 410 with when and why; GET on an actor
// merged into another redirects (308) to the survivor, the rest of the path
// and the query kept. Runs before the read handlers, which never see such ids.
import fp from "fastify-plugin";
import { sendProblem } from "./problems.ts";
import { COLLECTIONS, type Collection } from "../services/records.ts";
import { goneProblem } from "../services/writes.ts";

type Row = { entity_id: string; deleted_at: string; reason: string | null; merged_into: string | null };

export default fp(
  async (app) => {
    const lookup = {
      get: (collection: string, id: string) =>
        app.reader.prepare("SELECT entity_id, deleted_at, reason, merged_into FROM tombstones WHERE collection = ? AND entity_id = ?").get(collection, id) as Row | undefined,
    };
    app.addHook("onRequest", async (req, reply) => {
      if (req.method !== "GET" && req.method !== "HEAD") return;
      const m = /^\/v1\/(\w+)\/:id(\/.*)?$/.exec(req.routeOptions.url ?? "");
      if (!m || !(COLLECTIONS as readonly string[]).includes(m[1]) || m[2] === "/revisions") return;
      const id = (req.params as { id?: string }).id ?? "";
      const t = lookup.get(m[1], id);
      if (!t) return;
      if ((req.query as { as_of?: string }).as_of !== undefined && !m[2]) return; // history stays readable
      if (t.merged_into) {
        const [path, query] = req.url.split("?");
        const target = path.replace(`/${m[1]}/${encodeURIComponent(id)}`, `/${m[1]}/${encodeURIComponent(t.merged_into)}`).replace(`/${m[1]}/${id}`, `/${m[1]}/${t.merged_into}`);
        reply.header("location", query ? `${target}?${query}` : target);
        return sendProblem(reply, 308, "merged", `The actor ${id} was merged into ${t.merged_into} at ${t.deleted_at}; follow Location.`, { merged_into: t.merged_into, deleted_at: t.deleted_at });
      }
      const p = goneProblem(m[1] as Collection, t);
      return sendProblem(reply, 410, p.code, p.detail, p.extra);
    });
  },
  { name: "tombstones", dependencies: ["db"] },
);
