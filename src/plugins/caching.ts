// Conditional GETs. Every successful GET carries a strong ETag computed from
// the exact bytes sent, and a matching If-None-Match gets a 304 with no body.
// The same etagOf() is what a write's If-Match is compared with.
import fp from "fastify-plugin";
import type { FastifyRequest } from "fastify";
import { createHash } from "node:crypto";

/** A strong entity tag for a representation: the first 128 bits of its SHA-256, base64url. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
}

/** True when an If-None-Match / If-Match header value lists this tag (or `*`). */
export function matchesTag(header: string | undefined, tag: string, weak = true): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = (t: string) => (weak ? t.replace(/^W\//, "") : t);
  return header.split(",").some((t) => bare(t.trim()) === bare(tag));
}

/** Whether the route picks its representation by the Accept header (the lists: their `format` parameter says so). */
function negotiates(req: FastifyRequest): boolean {
  const qs = req.routeOptions.schema?.querystring as { shape?: Record<string, unknown> } | undefined;
  return Boolean(qs?.shape && "format" in qs.shape);
}

export default fp(
  async (app) => {
    app.addHook("onSend", async (req, reply, payload) => {
      // A cache must not give the CSV answer to a client that asked for JSON.
      if (negotiates(req)) {
        const vary = String(reply.getHeader("vary") ?? "");
        if (!/(^|,)\s*(accept|\*)\s*(,|$)/i.test(vary)) reply.header("vary", vary ? `${vary}, Accept` : "Accept");
      }
      if ((req.method !== "GET" && req.method !== "HEAD") || reply.statusCode !== 200) return payload;
      if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload; // streams are not tagged
      if (!reply.hasHeader("cache-control")) reply.header("cache-control", "public, max-age=0, must-revalidate");
      const tag = (reply.getHeader("etag") as string | undefined) ?? etagOf(payload);
      reply.header("etag", tag);
      if (matchesTag(req.headers["if-none-match"], tag)) {
        reply.code(304);
        reply.removeHeader("content-length");
        return "";
      }
      return payload;
    });
  },
  { name: "caching" },
);
