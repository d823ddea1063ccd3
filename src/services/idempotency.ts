// Idempotency-Key on POST. The first successful response to a key is stored
// (per API key) and replayed to every retry with the same body, which creates
// nothing new; the same key with a different body is a 422. Failed requests
// are not stored: a client may fix the body and retry with the same key.
// A retry that arrives while the first request still runs gets a 409.
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Problem } from "../domain/problems.ts";
import { nowIso } from "../domain/dates.ts";

export type StoredResponse = { status: number; body: string; headers: Record<string, string> };

const running = new Set<string>();

export async function withIdempotency(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, work: () => Promise<StoredResponse>): Promise<StoredResponse> {
  const key = req.headers["idempotency-key"];
  if (typeof key !== "string" || !req.apiKey) return work();
  const apiKeyId = req.apiKey.id;
  const hash = createHash("sha256").update(`${req.method} ${req.url.split("?")[0]}\n${JSON.stringify(req.body)}`).digest("hex");
  const stored = await app.prisma.idempotencyRecord.findUnique({ where: { api_key_id_key: { api_key_id: apiKeyId, key } } });
  if (stored) {
    if (stored.request_hash !== hash)
      throw new Problem(422, "idempotency_key_reused", "This Idempotency-Key was already used with a different request; use a new key for a new request.", {
        errors: [{ in: "header", name: "idempotency-key", message: "was used before with another body or path" }],
      });
    reply.header("idempotent-replayed", "true");
    return { status: stored.status, body: stored.body, headers: JSON.parse(stored.headers) as Record<string, string> };
  }
  const slot = `${apiKeyId}\u0000${key}`;
  if (running.has(slot))
    throw new Problem(409, "idempotency_key_in_use", "A request with this Idempotency-Key is still running; retry in a moment.", {
      errors: [{ in: "header", name: "idempotency-key", message: "is in use by a request still running" }],
    });
  running.add(slot);
  try {
    const response = await work();
    await app.prisma.idempotencyRecord.create({
      data: { key, api_key_id: apiKeyId, request_hash: hash, status: response.status, headers: JSON.stringify(response.headers), body: response.body, created_at: nowIso() },
    });
    return response;
  } finally {
    running.delete(slot);
  }
}
