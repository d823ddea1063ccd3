// Headers for browsing beyond JSON: a page that is not the last links to the
// next one (RFC 8288 `Link: <...>; rel="next"`), whatever its format, and a CSV
// answer names a file to save it under (Content-Disposition).
import fp from "fastify-plugin";
import type { FastifyRequest } from "fastify";

/** The same request with `cursor` set to the next page's, as a path and query. */
export function nextLink(req: FastifyRequest, cursor: string): string {
  const url = new URL(req.url, "http://host");
  url.searchParams.set("cursor", cursor);
  return `<${url.pathname}${url.search}>; rel="next"`;
}

/** A file name from the path: /v1/events/evt_x/claims -> events-evt_x-claims.csv (ACLED's export: events-acled.csv). */
export function csvFileName(req: FastifyRequest, contentType: string): string {
  const path = new URL(req.url, "http://host").pathname;
  const words = path.split("/").filter((w) => w && w !== "v1").map((w) => decodeURIComponent(w).replace(/[^\w.-]+/g, "_"));
  const profile = /profile=(\w+)/.exec(contentType)?.[1];
  return `${[...words, ...(profile ? [profile] : [])].join("-") || "records"}.csv`;
}

export default fp(
  async (app) => {
    app.addHook("preSerialization", async (req, reply, payload) => {
      const next = (payload as { page?: { next_cursor?: unknown } } | null)?.page?.next_cursor;
      if (req.method === "GET" && typeof next === "string") reply.header("link", nextLink(req, next));
      return payload;
    });
    app.addHook("onSend", async (req, reply, payload) => {
      if (req.method !== "GET" || reply.statusCode !== 200) return payload;
      const next = reply.getHeader("x-next-cursor");
      if (typeof next === "string" && !reply.hasHeader("link")) reply.header("link", nextLink(req, next));
      const type = String(reply.getHeader("content-type") ?? "");
      if (type.startsWith("text/csv") && !reply.hasHeader("content-disposition")) {
        reply.header("content-disposition", `attachment; filename="${csvFileName(req, type)}"`);
      }
      return payload;
    });
  },
  { name: "links" },
);
