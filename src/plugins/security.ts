// Response headers that protect clients: helmet's security headers with a
// strict Content-Security-Policy for the API and one that lets Swagger UI run
// at /docs, CORS only for the origins the configuration allows, and
// `Cache-Control: no-store` on anything authenticated or written.
import fp from "fastify-plugin";
import Fastify from "fastify";
import helmet, { type FastifyHelmetOptions } from "@fastify/helmet";
import cors from "@fastify/cors";
import type { Config } from "../config.ts";

/** The API answers data, never pages: nothing in a response may load, run or frame anything. */
export const API_CSP = {
  "default-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "frame-ancestors": ["'none'"],
};

/**
 * Swagger UI loads its scripts, styles and images from /docs/static, sets inline
 * styles from React, uses data: URIs for icons, and fetches /openapi.json.
 * It has no inline script, so scripts stay 'self' only.
 */
export const DOCS_CSP = {
  "default-src": ["'self'"],
  "base-uri": ["'self'"],
  "connect-src": ["'self'"],
  "font-src": ["'self'", "data:"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'self'"],
  "img-src": ["'self'", "data:"],
  "object-src": ["'none'"],
  "script-src": ["'self'"],
  "script-src-attr": ["'none'"],
  "style-src": ["'self'", "'unsafe-inline'"],
};

export const DOCS_PREFIX = "/docs";

/** The headers @fastify/helmet sets under these options, read from one request to a throwaway instance. */
async function helmetHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, options);
  probe.get("/", async () => "");
  const res = await probe.inject({ method: "GET", url: "/" });
  await probe.close();
  const own = new Set(["content-type", "content-length", "date", "connection", "keep-alive"]);
  return Object.fromEntries(Object.entries(res.headers).filter(([name, value]) => !own.has(name) && typeof value === "string")) as Record<string, string>;
}

const ALLOWED_HEADERS = ["Authorization", "Content-Type", "If-Match", "If-None-Match", "X-Request-Id"];
const EXPOSED_HEADERS = ["ETag", "Location", "Retry-After", "X-Request-Id", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"];

export default fp(
  async (app, opts: { config: Config }) => {
    const { config } = opts;
    const corsOn = config.CORS_ORIGINS.length > 0;
    const anyOrigin = config.CORS_ORIGINS.includes("*");

    // helmet's headers depend only on the policy, never on the request, but
    // @fastify/helmet rebuilds helmet's middleware (and re-parses the CSP) on
    // every request: about 4% of a request's CPU time in a profile. So each
    // policy's headers are taken once from @fastify/helmet itself, and set as
    // they are on every response: routes under /docs get the Swagger UI policy,
    // every other response (refusals and 404s included) the API one.
    const options = {
      // A public data API may be read from other origins once CORS allows it.
      crossOriginResourcePolicy: { policy: corsOn ? "cross-origin" : "same-origin" },
    } as const;
    const apiHeaders = await helmetHeaders({ ...options, contentSecurityPolicy: { useDefaults: false, directives: API_CSP } });
    const docsHeaders = await helmetHeaders({ ...options, contentSecurityPolicy: { useDefaults: false, directives: DOCS_CSP } });
    app.decorate("apiSecurityHeaders", apiHeaders);
    app.addHook("onRequest", (req, reply, done) => {
      const url = req.routeOptions.url;
      const docs = url !== undefined && (url === DOCS_PREFIX || url.startsWith(`${DOCS_PREFIX}/`));
      reply.headers(docs ? docsHeaders : apiHeaders);
      done();
    });

    if (corsOn) {
      await app.register(cors, {
        origin: anyOrigin ? "*" : config.CORS_ORIGINS,
        // Never combined with `*` (the configuration refuses it; this is a second guard).
        credentials: config.CORS_CREDENTIALS && !anyOrigin,
        methods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
        allowedHeaders: ALLOWED_HEADERS,
        exposedHeaders: EXPOSED_HEADERS,
        maxAge: 600,
        strictPreflight: true,
      });
    }

    // Authenticated or written: no cache may keep it. This runs after the caching
    // plugin's onSend (registered earlier), so it replaces a revalidating header.
    app.addHook("onSend", async (req, reply, payload) => {
      if (req.headers.authorization !== undefined || (req.method !== "GET" && req.method !== "HEAD")) {
        reply.header("cache-control", "no-store");
      }
      return payload;
    });
  },
  { name: "security" },
);
