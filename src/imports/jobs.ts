// Import jobs, on the server's side: the uploaded file is spooled to disk
// beside the database, a worker thread imports it (worker.ts), and the job's
// row in import_jobs says where it stands. One job runs at a time: a second
// one, and any other write while it runs, gets a 503 with Retry-After, since
// the job holds SQLite's one write lock until it commits.
import { Worker } from "node:worker_threads";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, basename, join } from "node:path";
import { randomUUID } from "node:crypto";
import { fileFromUrl, openSqlite, type Sqlite } from "../db/sqlite.ts";
import { nowIso } from "../domain/dates.ts";
import type { ImportFormat, ImportReport } from "../formats/import.ts";
import type { WorkerData, WorkerMessage } from "./worker.ts";

export const JOB_STATES = ["queued", "running", "committed", "checked", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

export type ImportJob = {
  id: string; format: ImportFormat; dry_run: boolean; state: JobState; author: string;
  rows_read: number; bytes_read: number; bytes_total: number;
  created_at: string; started_at: string | null; finished_at: string | null;
  report: ImportReport | null; error: string | null;
};

type Row = Omit<ImportJob, "dry_run" | "report"> & { dry_run: number; report: string | null };
const toJob = (r: Row): ImportJob => ({ ...r, dry_run: r.dry_run === 1, report: r.report ? (JSON.parse(r.report) as ImportReport) : null });

/**
 * The worker: the bundle's own file when the server is built (scripts/build.mjs);
 * from source, the TypeScript module through tsx's loader, which a worker
 * thread does not always inherit from the process that started it.
 */
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const startWorker = (workerData: WorkerData) =>
  FROM_SOURCE
    ? new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./worker.ts", import.meta.url).href)}); });`, { eval: true, workerData })
    : new Worker(new URL("./import-worker.mjs", import.meta.url), { workerData });

/** Why a job that was queued or running when the server stopped failed. */
export const CUT_OFF = "The server stopped before this import finished; nothing of it was committed. Send the file again.";

export class ImportJobs {
  private readonly db: Sqlite;
  /** Where uploads are spooled: beside the database file. */
  readonly dir: string;
  private readonly stateOf: { get(id: string): unknown };
  private active: { id: string; worker: Worker; rows: number; bytes: number; total: number; started: number; ended: Promise<void> } | null = null;

  constructor(private readonly opts: { url: string; synchronous: string; readonly?: boolean; log: { error(o: object, m: string): void } }) {
    this.db = openSqlite(opts.url, { synchronous: opts.synchronous, readonly: opts.readonly });
    this.stateOf = { get: (id: string) => this.db.prepare("SELECT state FROM import_jobs WHERE id = ?").pluck().get(id) };
    const file = fileFromUrl(opts.url);
    this.dir = join(dirname(file), `${basename(file)}-imports`);
  }

  /**
   * At start-up: a job still queued or running was cut off by a crash or a
   * restart. SQLite rolled its transaction back, so nothing of it is in the
   * store; it is marked failed, and its spooled file is removed.
   */
  recover(): number {
    // (A database that is not migrated, as the OpenAPI document's in-memory one, has no jobs.)
    if (!this.db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'import_jobs'").get()) return 0;
    const n = this.db.prepare("UPDATE import_jobs SET state = 'failed', error = ?, finished_at = ? WHERE state IN ('queued', 'running')").run(CUT_OFF, nowIso()).changes;
    if (existsSync(this.dir)) for (const f of readdirSync(this.dir)) rmSync(join(this.dir, f), { force: true });
    return n;
  }

  /** A path for an upload to be spooled to. */
  spoolPath(): string {
    mkdirSync(this.dir, { recursive: true });
    return join(this.dir, `${randomUUID()}.upload`);
  }

  /** The running job, if any: other writers wait for it. */
  get busy(): { id: string; retryAfter: number } | null {
    if (!this.active) return null;
    // The worker writes the job's end in the same step that releases the write lock; its thread ends a moment later.
    if (!["queued", "running"].includes(this.stateOf.get(this.active.id) as string)) return null;
    const { rows: _r, bytes, total, started } = this.active;
    // The time left at the rate so far, within 1 s and 5 min.
    const elapsed = (Date.now() - started) / 1000;
    const left = bytes > 0 ? ((total - bytes) / bytes) * elapsed : 30;
    return { id: this.active.id, retryAfter: Math.min(300, Math.max(1, Math.ceil(left))) };
  }

  /** Queues the spooled file as a job and starts it. The caller has checked that no job is running. */
  start(job: { format: ImportFormat; dryRun: boolean; author: string; mayUpdate: boolean; file: string; bytes: number }): ImportJob {
    const id = `imp_${randomUUID().replace(/-/g, "").slice(0, 20)}`;
    this.db.prepare("INSERT INTO import_jobs (id, format, dry_run, author, state, bytes_total, created_at) VALUES (?, ?, ?, ?, 'queued', ?, ?)")
      .run(id, job.format, job.dryRun ? 1 : 0, job.author, job.bytes, nowIso());
    const data: WorkerData = { url: this.opts.url, synchronous: this.opts.synchronous, id, file: job.file, format: job.format, dryRun: job.dryRun, author: job.author, mayUpdate: job.mayUpdate };
    const worker = startWorker(data);
    let resolveEnded!: () => void;
    const ended = new Promise<void>((r) => (resolveEnded = r));
    const active = { id, worker, rows: 0, bytes: 0, total: job.bytes, started: Date.now(), ended };
    this.active = active;
    let reported = false;
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "progress") ({ rows: active.rows, bytes: active.bytes } = m);
      else reported = true;
    });
    worker.on("error", (err) => this.opts.log.error({ err, job: id }, "import worker failed"));
    worker.on("exit", () => {
      // A worker that died without saying so (it threw outside its own handler) leaves its job unfinished.
      if (!reported) this.db.prepare("UPDATE import_jobs SET state = 'failed', error = ?, finished_at = ? WHERE id = ? AND state IN ('queued', 'running')").run("The import stopped on an internal error (the server's log has it); nothing of it was written.", nowIso(), id);
      rmSync(job.file, { force: true });
      if (this.active === active) this.active = null;
      resolveEnded();
    });
    return this.get(id)!;
  }

  get(id: string): ImportJob | null {
    const row = this.db.prepare("SELECT * FROM import_jobs WHERE id = ?").get(id) as Row | undefined;
    if (!row) return null;
    const job = toJob(row);
    // Progress lives in the worker until the job ends: the row is written at its start and end only.
    if (this.active?.id === id && (job.state === "queued" || job.state === "running")) Object.assign(job, { rows_read: this.active.rows, bytes_read: this.active.bytes });
    return job;
  }

  /**
   * The newest jobs first, without their reports, `limit` of them after the
   * job `after` (the last of the previous page) when given; `more` says
   * whether another page follows.
   */
  list(limit: number, after?: { created_at: string; id: string }): { jobs: ImportJob[]; total: number; more: boolean } {
    const rows = (after
      ? this.db.prepare("SELECT * FROM import_jobs WHERE (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?").all(after.created_at, after.id, limit + 1)
      : this.db.prepare("SELECT * FROM import_jobs ORDER BY created_at DESC, id DESC LIMIT ?").all(limit + 1)) as Row[];
    const total = this.db.prepare("SELECT count(*) FROM import_jobs").pluck().get() as number;
    return { jobs: rows.slice(0, limit).map((r) => ({ ...this.get(r.id)!, report: null })), total, more: rows.length > limit };
  }

  /** Waits for the running job, if any (tests, and the bench, follow a job this way too over HTTP). */
  async idle(): Promise<void> {
    await this.active?.ended;
  }

  /** At shutdown: the running job is stopped (its transaction rolls back) and marked failed. */
  async close(): Promise<void> {
    const a = this.active;
    if (a) {
      await a.worker.terminate();
      await a.ended;
      this.db.prepare("UPDATE import_jobs SET state = 'failed', error = ?, finished_at = ? WHERE id = ? AND state IN ('queued', 'running')").run(CUT_OFF, nowIso(), a.id);
    }
    this.db.close();
  }
}
