// Crash safety: the real server, killed with SIGKILL in the middle of a large
// write, then started again on the same file. A write is all there or not
// there at all, an acknowledged write survives, and the file is sound
// (integrity_check, foreign_key_check). SQLite's WAL gives this; the test
// checks that the app never splits one logical write over two transactions.
import t, { type Test } from "tap";
import Database from "better-sqlite3";
import { copyFileSync } from "node:fs";
import { copyDatabase } from "../helpers/build.ts";
import { startServer } from "../helpers/server.ts";
import { bigBundle, keyInFile } from "../helpers/bundles.ts";
import { openPrisma } from "../../src/db/sqlite.ts";
import { importBundle } from "../../src/services/imports.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens the file after the server has gone, checks it is sound, and hands it to `f`. */
function inspect<T>(t: Test, file: string, f: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    t.equal(db.pragma("integrity_check", { simple: true }), "ok", "integrity_check");
    t.same(db.pragma("foreign_key_check"), [], "foreign_key_check finds no dangling reference");
    return f(db);
  } finally {
    db.close();
  }
}


/**
 * Resolves true once another connection holds the file's write lock (a
 * transaction that has written), probing with BEGIN IMMEDIATE, which never
 * waits and is rolled back at once; false if `done` settles first.
 */
async function writeLockTaken(file: string, done: Promise<unknown>) {
  let settled = false;
  void done.then(() => (settled = true));
  const probe = new Database(file, { timeout: 0 });
  try {
    while (!settled) {
      try {
        probe.exec("BEGIN IMMEDIATE");
        probe.exec("ROLLBACK");
      } catch (err) {
        if ((err as { code?: string }).code === "SQLITE_BUSY") return true;
        throw err;
      }
      await sleep(20);
    }
    return false;
  } finally {
    probe.close();
  }
}

type When = { afterLock: number } | "answered";
const describe = (when: When) => (when === "answered" ? "after the answer" : `${when.afterLock} ms after its transaction took the write lock`);

/**
 * Sends `request` and kills the server with SIGKILL: `afterLock` ms after the
 * server's transaction took the write lock, or just after the answer. Then
 * starts it again on the same file and stops it cleanly. Returns the answer's
 * status (null: none came), and whether the kill fell inside the transaction.
 */
async function killDuring(t: Test, file: string, when: When, request: (base: string) => Promise<Response>) {
  const server = await startServer(t, file);
  let answer: number | null = null;
  const sent = request(server.base).then((r) => (answer = r.status), () => null);
  let locked = false;
  if (when === "answered") await sent;
  else {
    locked = await writeLockTaken(file, sent);
    await sleep(when.afterLock);
  }
  const answeredBeforeKill = answer !== null;
  await server.kill();
  await sent;
  const again = await startServer(t, file);
  t.equal((await fetch(`${again.base}/healthz`)).status, 200, "the server starts again on the file");
  await again.stop();
  return { status: answer as number | null, midway: locked && !answeredBeforeKill };
}

const N = Number(process.env.CRASH_RECORDS ?? 300);
const WHEN: When[] = [{ afterLock: 0 }, { afterLock: 1000 }, "answered"];

t.test("SIGKILL during a bulk import leaves all of it or none of it", async (t) => {
  const bundle = JSON.stringify(bigBundle("crash", N));
  let midway = 0;
  for (const when of WHEN) {
    const file = copyDatabase(t);
    const auth = await keyInFile(file);
    const { status, midway: inside } = await killDuring(t, file, when, (base) =>
      fetch(`${base}/v1/imports`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: bundle }));
    if (inside) midway++;
    inspect(t, file, (db) => {
      const count = (table: string, prefix: string) => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE id LIKE ?`).get(`${prefix}_crash-%`) as { n: number }).n;
      const counts = [count("actors", "act"), count("events", "evt"), count("claims", "clm")];
      const revisions = (db.prepare("SELECT count(*) AS n FROM revisions WHERE entity_id LIKE '%\\_crash-%' ESCAPE '\\'").get() as { n: number }).n;
      const all = counts.every((n) => n === N) && revisions === 3 * N;
      const none = counts.every((n) => n === 0) && revisions === 0;
      t.ok(all || none, `killed ${describe(when)} (answer: ${status ?? "none"}): actors, events, claims ${counts.join(", ")} and ${revisions} revisions: all ${N} or none`);
      if (status === 200) t.ok(all, "an acknowledged import survives the kill");
    });
  }
  t.ok(midway >= 1, `at least one kill fell inside the write transaction, before any answer (${midway} of ${WHEN.length})`);
});

t.test("SIGKILL during a merge moves every reference or none", async (t) => {
  // A hub actor that every generated event and claim refers to, so that its merge rewrites hundreds of records.
  const base = copyDatabase(t);
  const b = bigBundle("merge", N);
  b.actors.push({ id: "act_merge-hub", kind: "person", name: "Hub Person", country: "KOR", aliases: [] });
  b.events.forEach((e) => e.participants.push({ actor_id: "act_merge-hub", role: "party" }));
  b.claims.forEach((c) => (c.claimant_id = "act_merge-hub"));
  const prisma = openPrisma(`file:${base}`);
  await importBundle(prisma, b, "setup");
  await prisma.$disconnect();

  let midway = 0;
  for (const when of WHEN) {
    const file = copyDatabase(t);
    copyFileSync(base, file);
    const auth = await keyInFile(file);
    const { status, midway: inside } = await killDuring(t, file, when, (url) =>
      fetch(`${url}/v1/actors/act_merge-hub/merge`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ into: "act_merge-0" }) }));
    if (inside) midway++;
    inspect(t, file, (db) => {
      const n = (sql: string, ...args: string[]) => (db.prepare(sql).get(...args) as { n: number }).n;
      const refs = (actor: string) => [
        n("SELECT count(*) AS n FROM event_participants WHERE actor_id = ? AND event_id LIKE 'evt_merge-%'", actor),
        n("SELECT count(*) AS n FROM claims WHERE claimant_id = ? AND id LIKE 'clm_merge-%'", actor),
      ];
      const hub = refs("act_merge-hub");
      const survivor = refs("act_merge-0");
      const hubExists = n("SELECT count(*) AS n FROM actors WHERE id = 'act_merge-hub'") === 1;
      const tombstone = n("SELECT count(*) AS n FROM tombstones WHERE entity_id = 'act_merge-hub' AND merged_into = 'act_merge-0'") === 1;
      const merged = hub.every((x) => x === 0) && survivor[0] === N && survivor[1] === N && !hubExists && tombstone;
      const untouched = hub[0] === N && hub[1] === N && survivor[0] === 1 && survivor[1] === 0 && hubExists && !tombstone;
      t.ok(merged || untouched, `killed ${describe(when)} (answer: ${status ?? "none"}): hub holds ${hub.join("/")}, survivor ${survivor.join("/")} of events/claims; hub ${hubExists ? "exists" : "gone"}, tombstone ${tombstone}`);
      if (status === 200) t.ok(merged, "an acknowledged merge survives the kill");
    });
  }
  t.ok(midway >= 1, `at least one kill fell inside the write transaction, before any answer (${midway} of ${WHEN.length})`);
});
