// API keys. A token is shown once, when it is created; only its SHA-256 is
// stored, so a leaked database does not leak usable tokens.
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { nowIso } from "../domain/dates.ts";
import { newId } from "./ids.ts";

export const SCOPES = ["read", "write", "admin"] as const;
export type Scope = (typeof SCOPES)[number];

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function parseScopes(text: string): Scope[] {
  const scopes = [...new Set(text.split(",").map((s) => s.trim()).filter(Boolean))];
  const bad = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (bad.length || scopes.length === 0) throw new Error(`scopes must be a comma-separated list of ${SCOPES.join(", ")}; got "${text}"`);
  return scopes as Scope[];
}

export async function createKey(prisma: PrismaClient, name: string, scopes: Scope[]) {
  if (!/^[\w .@-]{1,100}$/.test(name)) throw new Error("a key name is 1 to 100 letters, digits, spaces, '.', '@', '_' or '-'");
  const token = `crk_${randomBytes(32).toString("base64url")}`;
  const key = await prisma.apiKey.create({
    data: { id: newId("key"), name, token_hash: hashToken(token), scopes: scopes.join(","), created_at: nowIso() },
  });
  return { id: key.id, name: key.name, scopes, token };
}

export async function listKeys(prisma: PrismaClient) {
  const keys = await prisma.apiKey.findMany({ orderBy: { created_at: "asc" } });
  return keys.map(({ token_hash: _hash, ...k }) => k);
}

/** Revokes a key; false when no key has this id. Revoked keys stay listed. */
export async function revokeKey(prisma: PrismaClient, id: string): Promise<boolean> {
  const { count } = await prisma.apiKey.updateMany({ where: { id, revoked_at: null }, data: { revoked_at: nowIso() } });
  return count === 1;
}
