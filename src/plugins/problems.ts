// Every error leaves as RFC 9457 problem+json. Client errors say what to fix;
// server errors say nothing of their cause (it is logged instead).
import fp from "fastify-plugin";
import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Socket } from "node:net";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";

import { Problem, type ProblemField } from "../domain/problems.ts";
import { databaseProblem } from "../db/errors.ts";
import { PROBLEM_MEDIA_TYPE } from "../domain/media-types.ts";

// Problem, its codes and notFound/found are declared in domain/problems.ts, which every layer may import.
export { Problem, notFound, found, type ProblemField } from "../domain/problems.ts";

const LOCATION: Record<string, string> = { querystring: "query", params: "path", body: "body", headers: "header" };

type Issue = { keyword: string; instancePath: string; message: string; params: { keys?: string[]; values?: unknown[]; expected?: string } };

/** Turns a zod issue into a message a person can act on. */
function describeIssue(issue: Issue, where: string): string {
  if (issue.keyword === "invalid_type" && /received array/.test(issue.message)) {
    // A query parameter given twice arrives as an array; in a body an array is just the wrong type.
    if (where === "query") return "must be given once, not repeated";
    return `must be ${issue.params.expected === "object" ? "a JSON object ({ ... })" : `a ${issue.params.expected ?? "single value"}`}, not an array`;
  }
  if (issue.keyword === "invalid_value" && issue.params.values) return `must be one of: ${issue.params.values.join(", ")}`;
  return issue.message.replace(/^Invalid input: /, "");
}

export function problemBody(req: FastifyRequest, status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return { type: "about:blank", title: STATUS_CODES[status] ?? "Error", status, detail, instance: req.url, code, ...extra };
}

export function sendProblem(reply: FastifyReply, status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return reply.code(status).type(PROBLEM_MEDIA_TYPE).send(problemBody(reply.request, status, code, detail, extra));
}

export default fp(async (app) => {
  app.setErrorHandler((error: FastifyError | Problem, req, reply) => {
    try {
      return handle(error, req, reply);
    } catch (failure) {
      // The handler itself must never let a raw error through.
      req.log.error({ err: failure, cause: error }, "error handler failed");
      return sendProblem(reply, 500, "internal_error", "The server failed to answer this request. It has been logged; try again later.");
    }
  });

  function handle(error: FastifyError | Problem, req: FastifyRequest, reply: FastifyReply) {
    if (error instanceof Problem) return sendProblem(reply, error.status, error.code, error.detail, error.extra);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = LOCATION[error.validationContext ?? ""] ?? error.validationContext ?? "request";
      const errors: ProblemField[] = [];
      for (const v of error.validation as unknown as Issue[]) {
        const path = v.instancePath.replace(/^\//, "");
        if (v.keyword === "unrecognized_keys" && v.params.keys) {
          for (const k of v.params.keys) errors.push({ in: where, name: path ? `${path}/${k}` : k, message: "is not a known parameter or field" });
          continue;
        }
        // A repeated query parameter arrives as an array; coerced ones (limit) fail as "not a number" instead of "array".
        const repeated = where === "query" && Array.isArray((req.query as Record<string, unknown> | undefined)?.[path]);
        errors.push({ in: where, name: path || "(root)", message: repeated ? "must be given once, not repeated" : describeIssue(v, where) });
      }
      const detail = errors.map((e) => `${e.in} ${e.name}: ${e.message}`).join("; ");
      return sendProblem(reply, 400, "invalid_request", detail, { errors });
    }
    const status = (error as FastifyError).statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const known = FRAMEWORK_ERRORS[(error as FastifyError).code ?? ""];
      if (known) return sendProblem(reply, known.status, known.code, known.detail(req));
      if (error instanceof SyntaxError && status === 400) {
        return sendProblem(reply, 400, "malformed_json", "The request body is not valid JSON.");
      }
      // Fastify's other client errors carry safe messages.
      return sendProblem(reply, status, (error as FastifyError).code?.toLowerCase() ?? "client_error", error.message);
    }
    const database = databaseProblem(error);
    if (database) {
      // The operator's to fix: logged at error level, with the cause, and named to the client.
      req.log.error({ err: error, condition: database.condition }, `the database is ${database.condition.replace("_", "-")}: ${database.problem.detail}`);
      if (database.retryAfter) reply.header("retry-after", database.retryAfter);
      return sendProblem(reply, 503, database.problem.code, database.problem.detail);
    }
    req.log.error({ err: error }, "request failed");
    return sendProblem(reply, 500, "internal_error", "The server failed to answer this request. It has been logged; try again later.");
  }

  // Every route's path as a pattern, so that a wrong method on a known path gets
  // a 405 naming the methods it has, where Fastify would answer 404.
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  let anyPathOptions = false; // CORS answers preflights on every path
  app.addHook("onRoute", (route) => {
    const methods = ([] as string[]).concat(route.method);
    if (route.url === "*" || route.url === "/*") {
      if (methods.includes("OPTIONS")) anyPathOptions = true;
      return;
    }
    routes.push({ pattern: pathPattern(route.url), methods });
  });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split("?")[0]!;
    const allowed = new Set<string>();
    for (const r of routes) if (r.pattern.test(path)) r.methods.forEach((m) => allowed.add(m));
    // A route that exists for this method sent its own "not found" (a file missing under /docs/static/): a 404, not a 405.
    if (allowed.size > 0 && !allowed.has(req.method) && !(req.method === "HEAD" && allowed.has("GET"))) {
      if (anyPathOptions) allowed.add("OPTIONS");
      const allow = [...allowed].sort().join(", ");
      reply.header("allow", allow);
      return sendProblem(reply, 405, "method_not_allowed", `${req.method} is not allowed on ${path}; it allows ${allow}.`);
    }
    return sendProblem(reply, 404, "not_found", `There is no route ${req.method} ${path}. See /docs for the routes.`);
  });
});

/** A Fastify route path (`/v1/events/:id`, `/docs/static/*`) as a regular expression over request paths. */
export function pathPattern(url: string): RegExp {
  const source = url
    .split(/(:[A-Za-z_][\w-]*|\*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`);
}

/** Fastify's own client errors, with a stable code and a message that says what to fix. */
const FRAMEWORK_ERRORS: Record<string, { status: number; code: string; detail: (req: FastifyRequest) => string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413, code: "payload_too_large",
    detail: (req) => `The request body is larger than the limit of ${req.routeOptions.bodyLimit ?? "the server's"} bytes.`,
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415, code: "unsupported_media_type",
    detail: (req) => `The body's media type ${JSON.stringify(req.headers["content-type"] ?? "")} is not accepted: send ${req.url.startsWith("/v1/imports") ? "application/json, text/csv, text/tab-separated-values, text/plain or application/x-ndjson" : "application/json"}.`,
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400, code: "malformed_json",
    detail: () => "The request body is empty, but its Content-Type says it is JSON.",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400, code: "invalid_content_length",
    detail: () => "The Content-Length header does not match the body sent.",
  },
};

/** The record, or a 404 problem naming what was looked for. */

/**
 * Errors Fastify meets before a route is found (an undecodable path, a path
 * parameter over its length limit) as problems too; passed as the server's
 * `frameworkErrors` option.
 */
export function frameworkErrors(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const instance = req.url.slice(0, 256);
  if (error.code === "FST_ERR_BAD_URL") return sendProblem(reply, 400, "bad_url", "The URL's path is not validly percent-encoded.", { instance });
  if (error.code === "FST_ERR_MAX_PARAM_LENGTH") {
    return sendProblem(reply, 414, "uri_too_long", "A path segment is longer than any id or name the API knows.", { instance });
  }
  req.log.error({ err: error }, "framework error");
  return sendProblem(reply, 500, "internal_error", "The server failed to answer this request. It has been logged; try again later.", { instance });
}

declare module "fastify" {
  interface FastifyInstance {
    /** The security headers of every API response (set by the security plugin), for answers written outside Fastify's hooks. */
    apiSecurityHeaders: Record<string, string>;
  }
}

/** What Node's parser reports before any route runs, as the problem it is. */
const CLIENT_ERRORS: Record<string, { status: number; code: string; detail: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: "request_timeout", detail: "The request was not received in full within the time allowed (REQUEST_TIMEOUT_MS); send it again, without pausing." },
  HPE_HEADER_OVERFLOW: { status: 431, code: "headers_too_large", detail: "The request's headers are larger than the server takes (16 KiB in all): send fewer or shorter headers." },
};

/**
 * Node's own answers to requests it cannot parse (a malformed request line or
 * header, headers over 16 KiB, a request not received within
 * REQUEST_TIMEOUT_MS), written on the socket because no route runs: as
 * problem+json with the API's security headers, like every other answer.
 * Passed as the server's `clientErrorHandler` option.
 */
export function clientErrorHandler(this: FastifyInstance, err: Error & { code?: string }, socket: Socket) {
  // A reset connection has no one left to answer.
  if (err.code === "ECONNRESET" || socket.destroyed) return;
  const known = CLIENT_ERRORS[err.code ?? ""] ?? { status: 400, code: "bad_request", detail: "The request is not valid HTTP/1.1 (its request line or a header is malformed)." };
  this.log.debug({ err }, "client error");
  if (socket.writable) {
    const body = JSON.stringify({ type: "about:blank", title: STATUS_CODES[known.status], status: known.status, detail: known.detail, code: known.code });
    const headers = { ...(this.apiSecurityHeaders ?? {}), "content-type": "application/problem+json; charset=utf-8", "content-length": String(Buffer.byteLength(body)), "cache-control": "no-store", connection: "close" };
    socket.write(`HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n${body}`);
  }
  socket.destroy(err);
}
