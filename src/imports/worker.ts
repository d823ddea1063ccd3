// The import worker: one job, on its own thread and its own connection, so that
// parsing, validating and writing a large file never hold the server's event
// loop. It reports progress to the server by message; its final state is
// written inside the import's transaction (see ImportJob in schema.prisma).
import { parentPort, workerData } from "node:worker_threads";
import { createReadStream } from "node:fs";
import { nowIso } from "../domain/dates.ts";
import { databaseLocation } from "../db/location.ts";
import { RowError } from "../formats/common.ts";
import { UpdateNotAllowed } from "../services/bundle.ts";
import { openImportConnection, runImport } from "./run.ts";
import { PgImportDb, SqliteImportDb, type ImportDb } from "./store.ts";
import { JOB_LOCK } from "./job-store.ts";
import type { ImportFormat, ImportReport } from "../formats/import.ts";

export type WorkerData = { url: string; synchronous: string; id: string; file: string; format: ImportFormat; dryRun: boolean; author: string; mayUpdate: boolean };
export type WorkerMessage = { type: "progress"; rows: number; bytes: number } | { type: "done"; state: "committed" | "checked" | "failed" };

const job = workerData as WorkerData;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const FINISH = "UPDATE import_jobs SET state = ?, report = ?, error = ?, rows_read = ?, bytes_read = ?, finished_at = ? WHERE id = ?";

let rows = 0;
let bytes = 0;
let state: "committed" | "checked" | "failed" = "failed";
let db: ImportDb | null = null;
try {
  if (databaseLocation(job.url).engine === "postgresql") {
    const pg = await PgImportDb.connect(job.url);
    db = pg;
    // Held while this connection lives: a server starting meanwhile (another
    // instance) sees the job is alive and does not mark it cut off (jobs.ts, recover).
    await pg.query(`SELECT pg_advisory_lock(${JOB_LOCK}, hashtext(?))`, [job.id]);
  } else db = new SqliteImportDb(openImportConnection(job.url, job.synchronous));
  await db.query("UPDATE import_jobs SET state = 'running', started_at = ? WHERE id = ?", [nowIso(), job.id]);
  const store = db;
  const done = (report: ImportReport, s: typeof state) => store.query(FINISH, [s, JSON.stringify(report), null, report.rows, bytes, nowIso(), job.id]);
  const report = await runImport(db, job.format, createReadStream(job.file), {
    dryRun: job.dryRun,
    author: job.author,
    mayUpdate: job.mayUpdate,
    onProgress: (p) => {
      ({ rows, bytes } = p);
      post({ type: "progress", ...p });
    },
    // A real run's final state commits with its records.
    beforeEnd: async (r) => {
      if (!job.dryRun) await done(r, "committed");
    },
  });
  if (job.dryRun) await done(report, "checked");
  state = job.dryRun ? "checked" : "committed";
} catch (err) {
  const reason = err instanceof RowError
    ? `The file was not imported as ${job.format}; nothing was written: ${err.message}`
    : err instanceof UpdateNotAllowed
    ? `The import ${err.message}; changing existing records by import needs an API key with the "admin" scope (a dry run does not). Nothing was written.`
    : "The import stopped on an internal error (the server's log has it); nothing of it was written.";
  // Without a connection the server marks the job failed when this thread ends (jobs.ts).
  if (db) await db.query(FINISH, ["failed", null, reason, rows, bytes, nowIso(), job.id]);
  if (!(err instanceof RowError) && !(err instanceof UpdateNotAllowed)) console.error(err);
} finally {
  if (db instanceof SqliteImportDb) db.db.close();
  else if (db instanceof PgImportDb) await db.close();
}
post({ type: "done", state });
