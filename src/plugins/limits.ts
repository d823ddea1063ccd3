// Limits that keep the API answering under abuse and load: how big and how
// slow a request may be, how many a client may send, and what happens when
// the process itself is saturated. Every refusal is a problem+json.
import fp from "fastify-plugin";
import rateLimit from "@fastify/rate-limit";
import { Redis } from "ioredis";
import underPressure from "@fastify/under-pressure";
import { createHash } from "node:crypto";
import type { FastifyRequest, FastifyServerOptions } from "fastify";
import type { Config } from "../config.ts";
import { Problem, clientErrorHandler, frameworkErrors } from "./problems.ts";

/** Seconds a client is asked to wait when the process is saturated. */
export const OVERLOAD_RETRY_AFTER_S = 10;

/** The options of the Fastify instance (and its HTTP server) that come from the configuration. */
export function serverOptions(config: Config): Partial<FastifyServerOptions> {
  return {
    bodyLimit: config.BODY_LIMIT_BYTES,
    // The time a client has to send a whole request (headers and body), against slow-loris clients.
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    // Node checks that time every 30 s by default, and a request timeout set after the server is made (as
    // Fastify does) left its headers timeout at 60 s: a body that trickled in got its 408 after about 70 s.
    // Given to the server's constructor, both hold, checked a few times a second.
    ...({
      http: { requestTimeout: config.REQUEST_TIMEOUT_MS, connectionsCheckingInterval: checkingInterval(config.REQUEST_TIMEOUT_MS) },
    } as Partial<FastifyServerOptions>),
    clientErrorHandler,
    // The time a socket may stay idle before it is closed.
    connectionTimeout: config.CONNECTION_TIMEOUT_MS,
    trustProxy: config.TRUST_PROXY,
    frameworkErrors,
  };
}

/** How often Node looks for requests over their time: a tenth of it, between 0.1 and 1 s. */
const checkingInterval = (timeoutMs: number) => (timeoutMs > 0 ? Math.min(1000, Math.max(100, Math.floor(timeoutMs / 10))) : 30_000);

const TAKES_BODY = new Set(["POST", "PUT", "PATCH"]);

const isRead = (method: string) => method === "GET" || method === "HEAD" || method === "OPTIONS";

/** Thrown when REDIS_URL is set but Redis does not answer at start. */
export class RedisUnavailable extends Error {
  override name = "RedisUnavailable";
}

/**
 * A Redis client for the rate limits, checked with a PING before the server
 * starts. Commands fail at once while the connection is down (no offline
 * queue), so a request never waits on Redis.
 */
async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 3000 });
  redis.on("error", () => {}); // reported by the request that meets it (skipOnError) and by the check below
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    const where = url.replace(/\/\/([^@/]*)@/, "//***@");
    throw new RedisUnavailable(`REDIS_URL: Redis at ${where} does not answer (${(err as Error).message}): start it, correct REDIS_URL, or unset it to count rate limits per instance`);
  }
  return redis;
}

/** A stable, non-reversible name for an API key; the key itself is never stored or logged. */
export const keyFingerprint = (authorization: string) => createHash("sha256").update(authorization).digest("base64url").slice(0, 22);

export default fp(
  async (app, opts: { config: Config }) => {
    const { config } = opts;

    // Bodies are JSON or nothing: Fastify also parses text/plain by default, which no route takes.
    // (POST /v1/imports adds parsers for dataset files in its own scope.)
    app.removeContentTypeParser("text/plain");
    // An empty body labelled JSON is no body on a method that takes none (DELETE,
    // GET...): many clients send Content-Type: application/json on every
    // request. POST, PUT and PATCH still say that the body is empty.
    // JSON Merge Patch bodies (RFC 7396) are JSON, parsed by the same safe parser.
    const json = app.getDefaultJsonParser("error", "error");
    const jsonOrNothing: Parameters<typeof app.addContentTypeParser>[2] = (req, body, done) => {
      if (body === "" && !TAKES_BODY.has(req.method)) return (done as (err: null, body?: unknown) => void)(null, undefined);
      return (json as (req: unknown, body: string, done: unknown) => void)(req, body as string, done);
    };
    app.removeContentTypeParser("application/json");
    app.addContentTypeParser("application/json", { parseAs: "string" }, jsonOrNothing);
    app.addContentTypeParser("application/merge-patch+json", { parseAs: "string" }, jsonOrNothing);

    // Under saturation, answer 503 at once instead of queueing requests the loop cannot serve in time.
    // /healthz goes through the same check, so a load balancer sees the 503 too, at no extra cost.
    await app.register(underPressure, {
      maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS,
      retryAfter: OVERLOAD_RETRY_AFTER_S,
      pressureHandler: async (_req, reply) => {
        reply.header("retry-after", OVERLOAD_RETRY_AFTER_S);
        throw new Problem(503, "overloaded", `The server is overloaded. Retry after ${OVERLOAD_RETRY_AFTER_S} seconds.`);
      },
    });

    if (config.RATE_LIMIT_ENABLED) {
      // Counting is done here rather than per route, so that unknown paths (crawlers,
      // scanners) and 405s are counted too. Reads and writes have separate budgets.
      // A request is counted against its client IP and, when it carries an
      // Authorization header, against that key too: a key cannot exceed its budget
      // by spreading over addresses, and an address cannot mint fresh budgets by
      // sending made-up keys.
      //
      // With REDIS_URL, the counts live in Redis and every instance shares them;
      // without it, each instance counts alone (a client behind a load balancer
      // over N instances then gets up to N budgets). When Redis cannot be reached
      // during a request, the request is let through (and logged) rather than
      // refused: an outage of the limiter must not become an outage of the API.
      const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL) : undefined;
      if (redis) app.addHook("onClose", async () => void (await redis.quit().catch(() => redis.disconnect())));
      await app.register(rateLimit, { global: false, ...(redis ? { redis, nameSpace: "conflict-records:rate:", skipOnError: true } : {}) });
      // The store's children share one key space in Redis, so each key names its budget.
      const byIp = (kind: string) => (req: FastifyRequest) => `${kind}:ip:${req.ip}`;
      const byKey = (kind: string) => (req: FastifyRequest) => `${kind}:key:${keyFingerprint(String(req.headers.authorization))}`;
      const limiter = (max: number, keyGenerator: (req: FastifyRequest) => string) =>
        app.createRateLimit({ max, timeWindow: 60_000, keyGenerator });
      const budget = (kind: "read" | "write", max: number) => ({ max, ip: limiter(max, byIp(kind)), key: limiter(max, byKey(kind)) });
      const budgets = { read: budget("read", config.RATE_LIMIT_READ_PER_MINUTE), write: budget("write", config.RATE_LIMIT_WRITE_PER_MINUTE) };

      app.addHook("onRequest", async (req, reply) => {
        if (req.url === "/healthz" || req.url.startsWith("/healthz?")) return;
        const kind = isRead(req.method) ? "read" : "write";
        const budget = budgets[kind];
        const results = [await budget.ip(req)];
        if (req.headers.authorization !== undefined) results.push(await budget.key(req));
        let remaining = budget.max;
        let reset = 0;
        for (const r of results) {
          if (r.isAllowed) continue;
          if (r.isExceeded) {
            reply.header("retry-after", r.ttlInSeconds);
            reply.header("x-ratelimit-limit", r.max);
            reply.header("x-ratelimit-remaining", 0);
            reply.header("x-ratelimit-reset", r.ttlInSeconds);
            throw new Problem(429, "rate_limited",
              `Too many ${kind === "read" ? "reads" : "writes"}: the limit is ${r.max} a minute. Retry after ${r.ttlInSeconds} seconds.`);
          }
          remaining = Math.min(remaining, r.remaining);
          reset = Math.max(reset, r.ttlInSeconds);
        }
        reply.header("x-ratelimit-limit", budget.max);
        reply.header("x-ratelimit-remaining", remaining);
        reply.header("x-ratelimit-reset", reset);
      });
    }

    // Caps on the URL, before any parsing or database work. (Node itself answers
    // 431 to request heads over 16 KiB, before the application sees them.)
    app.addHook("onRequest", async (req) => {
      const url = req.url;
      if (url.length > config.MAX_URL_LENGTH) {
        throw new Problem(414, "uri_too_long", `The URL is ${url.length} characters long; the limit is ${config.MAX_URL_LENGTH}.`, { instance: url.slice(0, 256) });
      }
      const q = url.indexOf("?");
      if (q === -1) return;
      const query = url.slice(q + 1);
      if (query.length > config.MAX_QUERY_LENGTH) {
        throw new Problem(414, "query_too_long", `The query string is ${query.length} characters long; the limit is ${config.MAX_QUERY_LENGTH}.`, { instance: url.slice(0, 256) });
      }
      let count = 0;
      for (const part of query.split("&")) if (part) count++;
      if (count > config.MAX_QUERY_PARAMS) {
        throw new Problem(400, "too_many_parameters", `The query string has ${count} parameters; the limit is ${config.MAX_QUERY_PARAMS}.`);
      }
    });
  },
  { name: "limits", dependencies: [] },
);
