// Bulk imports: a whole bundle in one transaction, or nothing.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { Problem } from "../plugins/problems.ts";
import { applyBundle, BundleInvalid, parseBundle } from "./bundle.ts";

export async function importBundle(prisma: PrismaClient, raw: unknown, author: string) {
  let bundle;
  try {
    bundle = parseBundle(raw);
  } catch (err) {
    if (!(err instanceof BundleInvalid)) throw err;
    throw problem(400, "invalid_request", err);
  }
  try {
    return await applyBundle(prisma, bundle, { author });
  } catch (err) {
    if (!(err instanceof BundleInvalid)) throw err;
    const conflict = err.errors.some((e) => e.kind === "conflict");
    throw problem(conflict ? 409 : 422, conflict ? "conflict" : "unprocessable", err);
  }
}

function problem(status: number, code: string, err: BundleInvalid) {
  const errors = err.errors.map((e) => ({ in: "body", name: e.pointer, ...(e.id ? { id: e.id } : {}), message: e.message }));
  return new Problem(status, code, `The bundle was not imported; nothing was written. ${errors.length} problem(s): ${errors.slice(0, 5).map((e) => `${e.name}: ${e.message}`).join("; ")}${errors.length > 5 ? "; ..." : ""}`, { errors });
}
