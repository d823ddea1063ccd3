// The seed: every fact of the report of 21 October 2024, as YAML files under
// seed/, one per collection. Loading is one transaction and is idempotent.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { applyBundle, BundleInvalid, parseBundle, type ApplyCounts } from "./bundle.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { COLLECTIONS } from "../domain/collections.ts";

// Two levels up from this file, and from the production bundle (dist/server/index.mjs, `npm run build`) alike.
export const SEED_DIR = fileURLToPath(new URL("../../seed/", import.meta.url));
/** One file per collection, in load order. */
export const SEED_FILES: readonly string[] = COLLECTIONS;

/** Reads YAML files, each holding one collection, into one raw bundle. A YAML syntax error names its file. */
export function readBundleFiles(dir: string, files: readonly string[] = SEED_FILES) {
  const raw: Record<string, unknown> = {};
  const fileOf: Record<string, string> = {};
  for (const name of files) {
    const file = `${name}.yaml`;
    let doc: unknown;
    try {
      doc = parse(readFileSync(`${dir}/${file}`, "utf8"));
    } catch (err) {
      throw new BundleInvalid([{ file, pointer: "", message: (err as Error).message.split("\n")[0] }]);
    }
    if (!doc || typeof doc !== "object" || Array.isArray(doc))
      throw new BundleInvalid([{ file, pointer: "", message: "must be a mapping with one key per collection" }]);
    for (const [k, v] of Object.entries(doc)) {
      if (k in raw) throw new BundleInvalid([{ file, pointer: `/${k}`, message: `the collection ${k} is also in ${fileOf[k]}` }]);
      raw[k] = v;
      fileOf[k] = file;
    }
  }
  return { raw, fileOf: (collection: string) => fileOf[collection] };
}

export function readSeed(dir = SEED_DIR) {
  const { raw, fileOf } = readBundleFiles(dir);
  return parseBundle(raw, fileOf);
}

export async function loadSeed(prisma: PrismaClient, dir = SEED_DIR): Promise<ApplyCounts> {
  const { raw, fileOf } = readBundleFiles(dir);
  try {
    return await applyBundle(prisma, parseBundle(raw, fileOf), { author: "seed" });
  } catch (err) {
    if (err instanceof BundleInvalid) throw new BundleInvalid(err.errors.map((e) => ({ ...e, file: e.file ?? fileOf(e.pointer.split("/")[1]) })));
    throw err;
  }
}

/** Loads the seed when the store holds no records at all; returns the counts, or null if it did nothing. */
export async function loadSeedIfEmpty(prisma: PrismaClient, dir = SEED_DIR): Promise<ApplyCounts | null> {
  const [actors, events, claims] = await Promise.all([prisma.actor.count(), prisma.event.count(), prisma.claim.count()]);
  if (actors + events + claims > 0) return null;
  return loadSeed(prisma, dir);
}
