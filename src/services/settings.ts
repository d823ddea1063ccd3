// Values the server keeps in its own database (the settings table).
import type { PrismaClient } from "../generated/prisma/client.ts";

/**
 * The value stored under `key`, made by `make` and stored first if there is
 * none. Insert unless present, then read: when two instances start together, both
 * get the value of the one that wrote first.
 */
export async function storedSecret(prisma: PrismaClient, key: string, make: () => string): Promise<string> {
  await prisma.$executeRaw`INSERT INTO settings (key, value) VALUES (${key}, ${make()}) ON CONFLICT (key) DO NOTHING`;
  return (await prisma.setting.findUniqueOrThrow({ where: { key } })).value;
}
