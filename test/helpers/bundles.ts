// Large generated bundles, for tests that need a write that takes a while.

import { openPrisma } from "../../src/db/sqlite.ts";
import { createKey } from "../../src/services/keys.ts";

/** `n` actors, `n` events (each with one of them as a participant) and `n` claims by them, all ids starting with `tag`. */
export function bigBundle(tag: string, n: number) {
  const actors = Array.from({ length: n }, (_, i) => ({ id: `act_${tag}-${i}`, kind: "person", name: `Person ${tag} ${i}`, country: "KOR", aliases: [{ name: `P. ${tag} ${i}`, kind: "short_name" }] }));
  const events = Array.from({ length: n }, (_, i) => ({
    id: `evt_${tag}-${i}`, type: "statement", title: `Statement ${i} of a generated set`, summary: `A generated statement, number ${i}, for a test of durability.`,
    start_date: "2024-10-21", date_precision: "day", status: "reported", participants: [{ actor_id: `act_${tag}-${i}`, role: "party" }],
  }));
  const claims = Array.from({ length: n }, (_, i) => ({
    id: `clm_${tag}-${i}`, claimant_id: `act_${tag}-${i}`, source_id: "src_afp-report-2024-10-21", event_id: `evt_${tag}-${i}`,
    statement: `Generated claim ${i}.`, stance: "asserts", certainty: "likely", verification: "unverified", about_actor_ids: ["act_north-korea"],
  }));
  return { actors, events, claims };
}

/** Creates an API key straight in a database file (before a server runs on it); returns its Authorization header. */
export async function keyInFile(file: string, name = "curator", scopes: ("read" | "write" | "admin")[] = ["read", "write"]) {
  const prisma = openPrisma(`file:${file}`);
  try {
    const key = await createKey(prisma, name, scopes);
    return { authorization: `Bearer ${key.token}` };
  } finally {
    await prisma.$disconnect();
  }
}


