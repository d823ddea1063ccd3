// Idempotency-Key on POST. The first successful response to a key is stored
// (per API key) and replayed to every retry with the same body, which creates
// nothing new; the same key with a different body is a 422. Failed requests
// are not stored: a client may fix the body and retry with the same key.
// A retry that arrives while the first request still runs gets a 409.
//
// The key is reserved inside the write's own transaction (`reserve`), so that
// instances sharing one database agree: of two requests with one key, on one
// instance or two, exactly one transaction commits its write and its
// reservation; the other rolls back whole and gets the 409. The response is
// stored once it is made, after the commit.
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Prisma } from "../generated/prisma/client.ts";
import { Problem } from "../domain/problems.ts";
import { nowIso } from "../domain/dates.ts";
import type { Tx } from "./records.ts";

export type StoredResponse = { status: number; body: string; headers: Record<string, string> };

/** Reserves the request's key in the write's transaction; `location` is the record the write makes. */
export type Reserve = (tx: Tx, location: string) => Promise<void>;

/** The status of a reservation whose response is not stored yet. */
const PENDING = 0;
/**
 * A reservation still pending after this long belongs to a request that
 * committed its write and then never stored its answer (the process ended in
 * between): a retry then gets the answer made anew from the record. It is
 * longer than a write transaction may take (services/writes.ts).
 */
export const PENDING_EXPIRES_MS = 60_000;

const running = new Set<string>();

const inUse = () =>
  new Problem(409, "idempotency_key_in_use", "A request with this Idempotency-Key is still running; retry in a moment.", {
    errors: [{ in: "header", name: "idempotency-key", message: "is in use by a request still running" }],
  });

/**
 * Runs `work` at most once per (API key, Idempotency-Key). `work` must call the
 * `reserve` it is given inside its write transaction, when it is given one.
 * `rebuild` makes the answer again from the location of the record written,
 * for a retry whose first request committed but stored no answer.
 */
export async function withIdempotency(
  app: FastifyInstance,
  req: FastifyRequest,
  reply: FastifyReply,
  work: (reserve?: Reserve) => Promise<StoredResponse>,
  rebuild: (location: string) => StoredResponse | Promise<StoredResponse>,
): Promise<StoredResponse> {
  const key = req.headers["idempotency-key"];
  if (typeof key !== "string" || !req.apiKey) return work();
  const apiKeyId = req.apiKey.id;
  const where = { api_key_id_key: { api_key_id: apiKeyId, key } };
  const hash = createHash("sha256").update(`${req.method} ${req.url.split("?")[0]}\n${JSON.stringify(req.body)}`).digest("hex");
  const stored = await app.prisma.idempotencyRecord.findUnique({ where });
  if (stored) {
    if (stored.request_hash !== hash)
      throw new Problem(422, "idempotency_key_reused", "This Idempotency-Key was already used with a different request; use a new key for a new request.", {
        errors: [{ in: "header", name: "idempotency-key", message: "was used before with another body or path" }],
      });
    let answer: StoredResponse;
    if (stored.status !== PENDING) answer = { status: stored.status, body: stored.body, headers: JSON.parse(stored.headers) as Record<string, string> };
    else if (Date.now() - Date.parse(stored.created_at) < PENDING_EXPIRES_MS) throw inUse();
    else {
      answer = await rebuild((JSON.parse(stored.headers) as { location: string }).location);
      await app.prisma.idempotencyRecord.update({ where, data: { status: answer.status, headers: JSON.stringify(answer.headers), body: answer.body } });
    }
    reply.header("idempotent-replayed", "true");
    return answer;
  }
  // The same key twice at once on this instance: refused before any database work.
  const slot = `${apiKeyId}\u0000${key}`;
  if (running.has(slot)) throw inUse();
  running.add(slot);
  try {
    const reserve: Reserve = async (tx, location) => {
      try {
        await tx.idempotencyRecord.create({
          data: { key, api_key_id: apiKeyId, request_hash: hash, status: PENDING, headers: JSON.stringify({ location }), body: "", created_at: nowIso() },
        });
      } catch (err) {
        // Another instance reserved the key first: this write rolls back.
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw inUse();
        throw err;
      }
    };
    const response = await work(reserve);
    await app.prisma.idempotencyRecord.update({ where, data: { status: response.status, headers: JSON.stringify(response.headers), body: response.body } });
    return response;
  } finally {
    running.delete(slot);
  }
}
