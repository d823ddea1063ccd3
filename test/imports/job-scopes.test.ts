// An import job that would change records already stored needs a key with the
// admin scope, as the synchronous import does: with only `write`, the job ends
// `failed`, saying so, and writes nothing; with `admin` it changes them.
import t from "tap";
import { readFileSync } from "node:fs";
import { build, sqlOf } from "../helpers/build.ts";
import { endedJob } from "../helpers/import-job.ts";
import { bearer } from "../helpers/keys.ts";

const SAMPLE = readFileSync(new URL("../fixtures/acled/acled-format.sample.csv", import.meta.url), "utf8");
const CHANGED = SAMPLE.replace("windows broke", "windows and doors broke");
type App = Awaited<ReturnType<typeof build>>;

async function job(app: App, auth: Record<string, string>, text: string, query = "") {
  const res = await app.inject({ method: "POST", url: `/v1/imports?format=acled${query}`, headers: { ...auth, "content-type": "text/csv", prefer: "respond-async" }, payload: text });
  if (res.statusCode !== 202) throw new Error(`${res.statusCode} ${res.body}`);
  return endedJob(app, res.headers.location as string, auth);
}

t.test("a job changing stored records: refused without admin, done with it", async (t) => {
  const app = await build(t);
  const writer = await bearer(app, "writer", ["read", "write"]);
  const admin = await bearer(app, "admin", ["read", "write", "admin"]);
  const first = await job(app, writer, SAMPLE);
  t.equal(first.state, "committed", "adding records needs only write");
  const db = sqlOf(t, app);
  const notes = async () => Number((await db.get<{ n: number }>("SELECT count(*) AS n FROM events WHERE summary LIKE '%windows and doors broke%'"))!.n);
  const lastSeq = async () => (await db.get<{ seq: number }>("SELECT max(seq) AS seq FROM revisions"))!.seq;
  const before = await lastSeq();

  const refused = await job(app, writer, CHANGED);
  t.equal(refused.state, "failed");
  t.match(refused.error, /needs an API key with the "admin" scope/);
  t.match(refused.error, /Nothing was written/);
  t.equal(await notes(), 0, "nothing changed");
  t.equal(await lastSeq(), before, "no revision was written");

  const dry = await job(app, writer, CHANGED, "&dry_run=true");
  t.not(dry.state, "failed", `a dry run needs only write (${dry.state})`);
  t.ok(dry.report.counts.events.updated > 0, "and says what it would change");
  t.equal(await notes(), 0, "without changing it");

  const done = await job(app, admin, CHANGED);
  t.equal(done.state, "committed", JSON.stringify(done));
  t.ok((await notes()) > 0, "with admin, the stored records changed");
});
