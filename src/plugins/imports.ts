// Import jobs (src/imports/jobs.ts) for the app: decorates `importJobs`, marks
// the jobs a crash or restart cut off as failed when the app starts, and,
// while a job runs (holding SQLite's write lock, or on PostgreSQL the row
// locks of the records it writes; see jobs.ts), answers every other write at
// once with a 503 and Retry-After instead of letting it wait on the locks.
import fp from "fastify-plugin";
import type { Config } from "../config.ts";
import { ImportJobs } from "../imports/jobs.ts";
import { Problem } from "./problems.ts";

declare module "fastify" {
  interface FastifyInstance {
    importJobs: ImportJobs;
  }
}

const isRead = (method: string) => method === "GET" || method === "HEAD" || method === "OPTIONS";

/** A 503 for a write while an import job runs. */
export function importRunning(busy: { id: string; retryAfter: number }) {
  return new Problem(503, "import_running", `An import (job ${busy.id}) is being written and holds the database's write lock; writes resume when it ends. Retry after ${busy.retryAfter} seconds; GET /v1/imports/${busy.id} follows the job.`, { job: busy.id });
}

export default fp(
  async (app, opts: { config: Config }) => {
    const readOnly = opts.config.READ_ONLY;
    const jobs = new ImportJobs({ url: opts.config.DATABASE_URL, synchronous: opts.config.SQLITE_SYNCHRONOUS, readonly: readOnly, spoolDir: opts.config.IMPORT_SPOOL_DIR, log: app.log });
    // Read-only, jobs are listed as they are: no job can start, and marking cut-off ones would be a write.
    const cut = readOnly ? 0 : await jobs.recover();
    if (cut) app.log.warn({ jobs: cut }, "import jobs cut off by the last stop were marked failed");
    app.decorate("importJobs", jobs);
    app.addHook("onRequest", async (req, reply) => {
      const busy = await jobs.busy();
      if (!busy || isRead(req.method)) return;
      reply.header("retry-after", busy.retryAfter);
      throw importRunning(busy);
    });
    app.addHook("onClose", () => jobs.close());
  },
  { name: "imports" },
);
