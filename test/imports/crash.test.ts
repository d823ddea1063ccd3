// An import job cut off by a crash: the real server, killed with SIGKILL while
// its worker is writing a large file, then started again on the same file.
// Nothing of the job is in the store, the job reads `failed`, its spooled
// upload is gone, and the file is sound (the triggers the import sets aside
// inside its transaction are back).
import t from "tap";
import Database from "better-sqlite3";
import { readdirSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { copyDatabase } from "../helpers/build.ts";
import { startServer } from "../helpers/server.ts";
import { jobUnderway } from "../helpers/import-job.ts";
import { tokenIn } from "../helpers/keys.ts";
import { EMPTY_TEMPLATE, TMP_DIR } from "../helpers/paths.ts";
import { writeDatasetFile } from "../../bench/dataset-files.ts";
import { CUT_OFF } from "../../src/imports/jobs.ts";


t.test("a job killed mid-way leaves nothing, and reads failed after the restart", async (t) => {
  const file = copyDatabase(t, EMPTY_TEMPLATE);
  const csv = `${TMP_DIR}crash-${randomUUID()}.csv`;
  t.teardown(() => rmSync(csv, { force: true }));
  // Large enough that the worker is still writing when the kill comes, on any machine this runs on.
  await writeDatasetFile("ucdp-ged", 30_000, csv);
  const token = await tokenIn(file, "importer");
  const headers = { authorization: `Bearer ${token}` };
  const triggersBefore = new Database(file, { readonly: true }).prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all();

  const server = await startServer(t, file);
  const { status, location, job } = await jobUnderway(server.base, csv, "ucdp-ged", headers, 600);
  t.equal(status, 202);
  if (job.state !== "running") {
    t.fail(`the job was to be killed while running, but it is ${job.state}: ${JSON.stringify(job)}\n${server.output()}`);
    return;
  }
  t.pass(`killed while running, ${job.rows_read} rows read`);
  await server.kill();

  const again = await startServer(t, file);
  const after = await (await fetch(`${again.base}${location}`, { headers })).json();
  t.match(after, { state: "failed", error: CUT_OFF, report: null }, "the job reads failed, cut off");
  const events = await (await fetch(`${again.base}/v1/events?limit=1`)).json();
  t.equal(events.page.total, 0, "none of its events is in the store");
  const changes = await (await fetch(`${again.base}/v1/changes?limit=1`)).json();
  t.same(changes.data ?? [], [], "nor in the change feed");
  const write = await fetch(`${again.base}/v1/places`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ name: "Testville", kind: "city", geo_precision: "locality" }) });
  t.equal(write.status, 201, "writes are open again");
  await again.stop();

  t.same(readdirSync(`${file}-imports`), [], "the spooled upload was removed");
  const db = new Database(file, { readonly: true });
  t.teardown(() => db.close());
  t.equal(db.pragma("integrity_check", { simple: true }), "ok", "integrity_check");
  t.same(db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all(), triggersBefore, "every trigger is as it was");
  t.equal(db.prepare("SELECT count(*) FROM events_fts").pluck().get(), 0, "nothing in the full-text index");
});
