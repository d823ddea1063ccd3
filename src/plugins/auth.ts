// API keys on requests. A route asks for a scope with `config: { scope }`;
// reads ask for `read` only when READ_REQUIRES_KEY is set. Which reads those
// are is decided from the route the router matched, never from the URL text:
// the router decodes percent-escapes, so `/%761/events` reaches `/v1/events`
// while its text does not start with `/v1/`. Clients send
// `Authorization: Bearer TOKEN`. No key or a bad one: 401; a key without the
// scope: 403. Both are problem+json with a WWW-Authenticate challenge (RFC 6750).
import fp from "fastify-plugin";
import { keyByTokenHash } from "../repositories/keys.ts";
import type { FastifyReply, FastifyRequest } from "fastify";
import { sendProblem } from "./problems.ts";
import { hashToken, type Scope } from "../services/keys.ts";

export type ApiKeyIdentity = { id: string; name: string; scopes: Scope[] };

declare module "fastify" {
  interface FastifyContextConfig {
    scope?: Scope;
  }
  interface FastifyRequest {
    apiKey: ApiKeyIdentity | null;
  }
}

const REALM = 'Bearer realm="conflict-records"';

/** The route pattern as declared (`/v1/events/:id`), undefined when no route matched. */
const isApiRoute = (pattern: string | undefined) => pattern !== undefined && (pattern === "/v1" || pattern.startsWith("/v1/"));

export default fp(
  async (app, opts: { readRequiresKey: boolean }) => {
    app.decorateRequest("apiKey", null);

    const lookup = { get: (hash: string) => keyByTokenHash(app.reader, hash) };

    function deny(reply: FastifyReply, status: 401 | 403, challenge: string, detail: string) {
      reply.header("www-authenticate", `${REALM}, ${challenge}`);
      return sendProblem(reply, status, status === 401 ? "unauthorized" : "forbidden", detail);
    }

    app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
      const isRead = req.method === "GET" || req.method === "HEAD";
      const required: Scope | undefined = req.routeOptions.config?.scope ?? (isRead && opts.readRequiresKey && isApiRoute(req.routeOptions.url) ? "read" : undefined);
      if (!required) return;
      const header = req.headers.authorization;
      if (!header) {
        reply.header("www-authenticate", REALM);
        return sendProblem(reply, 401, "unauthorized", `This request needs an API key with the "${required}" scope: send Authorization: Bearer TOKEN.`);
      }
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      const row = m ? await lookup.get(hashToken(m[1])) : undefined;
      if (!row || row.revoked_at) return deny(reply, 401, 'error="invalid_token"', "The API key is unknown or revoked, or the Authorization header is not `Bearer TOKEN`.");
      const scopes = row.scopes.split(",") as Scope[];
      if (!scopes.includes(required)) return deny(reply, 403, `error="insufficient_scope", scope="${required}"`, `This API key (${row.name}) lacks the "${required}" scope this request needs.`);
      req.apiKey = { id: row.id, name: row.name, scopes };
    });
  },
  { name: "auth", dependencies: ["db"] },
);
