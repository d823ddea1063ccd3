// Prisma Client for whichever engine DATABASE_URL names. The two clients are
// generated from the same models (src/db/pg-schema.ts), so writes make the
// same calls on either; they are typed as the SQLite one's.
import { databaseLocation } from "./location.ts";
import { openPrisma } from "./sqlite.ts";
import { openPrismaPg } from "./postgres.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";

export function openPrismaFor(url: string): PrismaClient {
  return databaseLocation(url).engine === "postgresql" ? (openPrismaPg(url) as unknown as PrismaClient) : openPrisma(url);
}
