// Every error leaves as RFC 9457 problem+json. Client errors say what to fix;
// server errors say nothing of their cause (it is logged instead).
import fp from "fastify-plugin";
import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";

export type ProblemField = { in: string; name: string; message: string };

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

export const notFound = (what: string, id: string) => new Problem(404, "not_found", `No ${what} has the id "${id}".`);

const LOCATION: Record<string, string> = { querystring: "query", params: "path", body: "body", headers: "header" };

type Issue = { keyword: string; instancePath: string; message: string; params: { keys?: string[]; values?: unknown[]; expected?: string } };

/** Turns a zod issue into a message a person can act on. */
function describeIssue(issue: Issue): string {
  if (issue.keyword === "invalid_type" && /received array/.test(issue.message)) return "must be given once, not repeated";
  if (issue.keyword === "invalid_value" && issue.params.values) return `must be one of: ${issue.params.values.join(", ")}`;
  return issue.message.replace(/^Invalid input: /, "");
}

export function problemBody(req: FastifyRequest, status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return { type: "about:blank", title: STATUS_CODES[status] ?? "Error", status, detail, instance: req.url, code, ...extra };
}

export function sendProblem(reply: FastifyReply, status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return reply.code(status).type("application/problem+json").send(problemBody(reply.request, status, code, detail, extra));
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
        errors.push({ in: where, name: path || "(root)", message: describeIssue(v) });
      }
      const detail = errors.map((e) => `${e.in} ${e.name}: ${e.message}`).join("; ");
      return sendProblem(reply, 400, "invalid_request", detail, { errors });
    }
    const status = (error as FastifyError).statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (malformed JSON, body too large, media type) carry safe messages.
      return sendProblem(reply, status, (error as FastifyError).code?.toLowerCase() ?? "client_error", error.message);
    }
    req.log.error({ err: error }, "request failed");
    return sendProblem(reply, 500, "internal_error", "The server failed to answer this request. It has been logged; try again later.");
  }

  app.setNotFoundHandler((req, reply) => sendProblem(reply, 404, "not_found", `There is no route ${req.method} ${req.url.split("?")[0]}. See /docs for the routes.`));
});

/** The record, or a 404 problem naming what was looked for. */
export function found<T>(record: T | null | undefined, what: string, id: string): T {
  if (record == null) throw notFound(what, id);
  return record;
}
