// Import jobs, on the server's side: the uploaded file is spooled to disk
// (beside the database file on SQLite, in the system's temporary folder on
// PostgreSQL, or in IMPORT_SPOOL_DIR), a worker thread imports it
// (worker.ts), and the job's row in import_jobs says where it stands. One job
// runs at a time: a second one, and any other write while it runs, gets a 503
// with Retry-After. On SQLite the job holds the one write lock until it
// commits. PostgreSQL has no such lock, but the job holds a row lock on every
// record it writes, and on the change feed's turn at its end, until it
// commits: a PATCH of one of its records would hang for as long as the file
// takes, and past a Prisma transaction's timeout fail with a 500. The 503 says
// at once when to come back instead, as on SQLite.
import { Worker } from "node:worker_threads";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, basename, join } from "node:path";
import { tmpdir } from "node:os";
import { createHash, randomUUID } from "node:crypto";
import { fileFromUrl } from "../db/sqlite.ts";
import { databaseLocation, withoutPassword } from "../db/location.ts";
import { PgJobStore, SqliteJobStore, type JobStore } from "./job-store.ts";
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

type Row = Omit<ImportJob, "dry_run" | "report"> & { dry_run: number | boolean; report: string | null };
const toJob = (r: Row): ImportJob => ({ ...r, dry_run: r.dry_run === 1 || r.dry_run === true, report: r.report ? (JSON.parse(r.report) as ImportReport) : null });

/**
 * Where uploads are spooled when IMPORT_SPOOL_DIR does not say: beside the
 * SQLite file; for PostgreSQL, which has no file here, a folder of the
 * system's temporary folder named after the database, so that servers of
 * different databases on one machine keep apart (at start each server removes
 * from its folder what a stopped one left, see alive).
 */
export function defaultSpoolDir(url: string): string {
  const where = databaseLocation(url);
  if (where.engine === "postgresql") return join(tmpdir(), `conflict-imports-${createHash("sha256").update(withoutPassword(url)).digest("hex").slice(0, 16)}`);
  const file = fileFromUrl(url);
  return join(dirname(file), `${basename(file)}-imports`);
}

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

/** A job was asked to start while another one runs (or is being started). */
export class JobRunning extends Error {
  constructor(readonly busy: { id: string; retryAfter: number }) {
    super(`import job ${busy.id} is running`);
  }
}

/**
 * Whether a spooled upload belongs to another server still running on this
 * machine (its name starts with the process id): servers of one PostgreSQL
 * database share the default folder, and one starting must not remove what
 * another is receiving. This process's own, and those of processes gone, are
 * left over.
 */
function alive(file: string): boolean {
  const pid = Number(/^(\d+)-/.exec(file)?.[1]);
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class ImportJobs {
  private readonly db: JobStore;
  /** Where uploads are spooled (defaultSpoolDir, or IMPORT_SPOOL_DIR). */
  readonly dir: string;
  private active: { id: string; worker: Worker; rows: number; bytes: number; total: number; started: number; ended: Promise<void> } | null = null;
  /** The id of a job between its start and its worker's: its row is being written. */
  private starting: string | null = null;
  /** Set by close(): the worker it stops was cut off, not broken, and close() says so. */
  private closing = false;

  constructor(private readonly opts: { url: string; synchronous: string; readonly?: boolean; spoolDir?: string; log: { error(o: object, m: string): void; warn(o: object, m: string): void } }) {
    this.db = databaseLocation(opts.url).engine === "postgresql"
      ? new PgJobStore(opts.url, opts.log)
      : new SqliteJobStore(opts.url, { synchronous: opts.synchronous, readonly: opts.readonly });
    this.dir = opts.spoolDir ?? defaultSpoolDir(opts.url);
  }

  /**
   * At start-up: a job still queued or running was cut off by a crash or a
   * restart. The database rolled its transaction back (SQLite at the next
   * open, PostgreSQL when the worker's connection closed), so nothing of it is
   * in the store; it is marked failed, and its spooled file is removed.
   */
  async recover(): Promise<number> {
    if (!(await this.db.hasJobs())) return 0;
    const n = await this.db.cutOff(CUT_OFF, nowIso());
    if (existsSync(this.dir)) for (const f of readdirSync(this.dir)) if (!alive(f)) rmSync(join(this.dir, f), { force: true });
    return n;
  }

  /** A path for an upload to be spooled to. */
  spoolPath(): string {
    mkdirSync(this.dir, { recursive: true });
    return join(this.dir, `${process.pid}-${randomUUID()}.upload`);
  }

  /** The running job, if any: other writers wait for it. */
  async busy(): Promise<{ id: string; retryAfter: number } | null> {
    if (this.starting) return { id: this.starting, retryAfter: 1 };
    if (!this.active) return null;
    // The worker writes the job's end in the same step that releases the write lock; its thread ends a moment later.
    const [row] = await this.db.all("SELECT state FROM import_jobs WHERE id = ?", [this.active.id]);
    if (!["queued", "running"].includes(row?.state as string)) return null;
    const { rows: _r, bytes, total, started } = this.active;
    // The time left at the rate so far, within 1 s and 5 min.
    const elapsed = (Date.now() - started) / 1000;
    const left = bytes > 0 ? ((total - bytes) / bytes) * elapsed : 30;
    return { id: this.active.id, retryAfter: Math.min(300, Math.max(1, Math.ceil(left))) };
  }

  /** Queues the spooled file as a job and starts it. The caller has checked that no job is running. */
  async start(job: { format: ImportFormat; dryRun: boolean; author: string; mayUpdate: boolean; file: string; bytes: number }): Promise<ImportJob> {
    // Checked and taken before the first await: two requests that both found no job running (busy) cannot both
    // start one. (The previous job may still be here: its thread ends a moment after its row says it ended.)
    if (this.starting) throw new JobRunning({ id: this.starting, retryAfter: 1 });
    const id = `imp_${randomUUID().replace(/-/g, "").slice(0, 20)}`;
    this.starting = id;
    try {
      // 1 or 0: SQLite's boolean; PostgreSQL reads '1' and '0' as a boolean's true and false.
      await this.db.run("INSERT INTO import_jobs (id, format, dry_run, author, state, bytes_total, created_at) VALUES (?, ?, ?, ?, 'queued', ?, ?)",
        [id, job.format, job.dryRun ? 1 : 0, job.author, job.bytes, nowIso()]);
    } finally {
      this.starting = null;
    }
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
    worker.on("exit", async () => {
      // A worker that died without saying so (it threw outside its own handler) leaves its job unfinished.
      try {
        if (!reported && !this.closing) await this.db.run("UPDATE import_jobs SET state = 'failed', error = ?, finished_at = ? WHERE id = ? AND state IN ('queued', 'running')", ["The import stopped on an internal error (the server's log has it); nothing of it was written.", nowIso(), id]);
      } catch (err) {
        this.opts.log.error({ err, job: id }, "could not mark the import job failed");
      }
      rmSync(job.file, { force: true });
      if (this.active === active) this.active = null;
      resolveEnded();
    });
    return (await this.get(id))!;
  }

  async get(id: string): Promise<ImportJob | null> {
    const [row] = (await this.db.all("SELECT * FROM import_jobs WHERE id = ?", [id])) as Row[];
    return row ? this.withProgress(toJob(row)) : null;
  }

  /** Progress lives in the worker until the job ends: the row is written at its start and end only. */
  private withProgress(job: ImportJob): ImportJob {
    if (this.active?.id === job.id && (job.state === "queued" || job.state === "running")) Object.assign(job, { rows_read: this.active.rows, bytes_read: this.active.bytes });
    return job;
  }

  /**
   * The newest jobs first, without their reports, `limit` of them after the
   * job `after` (the last of the previous page) when given; `more` says
   * whether another page follows.
   */
  async list(limit: number, after?: { created_at: string; id: string }): Promise<{ jobs: ImportJob[]; total: number; more: boolean }> {
    const rows = (after
      ? await this.db.all("SELECT * FROM import_jobs WHERE (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?", [after.created_at, after.id, limit + 1])
      : await this.db.all("SELECT * FROM import_jobs ORDER BY created_at DESC, id DESC LIMIT ?", [limit + 1])) as Row[];
    const [{ n: total }] = await this.db.all("SELECT CAST(count(*) AS INTEGER) AS n FROM import_jobs");
    return { jobs: rows.slice(0, limit).map((r) => ({ ...this.withProgress(toJob(r)), report: null })), total: total as number, more: rows.length > limit };
  }

  /** Waits for the running job, if any (tests, and the bench, follow a job this way too over HTTP). */
  async idle(): Promise<void> {
    await this.active?.ended;
  }

  /** At shutdown: the running job is stopped (its transaction rolls back) and marked failed. */
  async close(): Promise<void> {
    const a = this.active;
    this.closing = true;
    if (a) {
      await a.worker.terminate();
      await a.ended;
      await this.db.run("UPDATE import_jobs SET state = 'failed', error = ?, finished_at = ? WHERE id = ? AND state IN ('queued', 'running')", [CUT_OFF, nowIso(), a.id]);
    }
    await this.db.close();
  }
}
