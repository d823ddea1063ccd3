// A Prisma client on a private copy of a template database, for tests of the
// importers and exporters, which need no HTTP app.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Test } from "tap";
import Database from "better-sqlite3";
import { openPrisma } from "../../src/db/sqlite.ts";
import { copyDatabase } from "./build.ts";
import { EMPTY_TEMPLATE } from "./paths.ts";

export function openStore(t: Test, template = EMPTY_TEMPLATE) {
  const file = copyDatabase(t, template);
  const prisma = openPrisma(`file:${file}`);
  t.teardown(() => prisma.$disconnect());
  return { prisma, file, sqlite: () => {
    const db = new Database(file, { readonly: true });
    t.teardown(() => db.close());
    return db;
  } };
}

export const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), "utf8");

/** Concatenates an async stream of text chunks. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const c of chunks) out += c;
  return out;
}

export const allUnchanged = (counts: Record<string, { created: number; updated: number; unchanged: number }>) =>
  Object.values(counts).every((c) => c.created === 0 && c.updated === 0) && Object.values(counts).some((c) => c.unchanged > 0);
