// Import jobs for tests: one followed to its end, one that really ran under an
// id a test chooses (the document's example id of GET /v1/imports/{id}, so that
// its example names a job), and one caught running on a real server.
import { createReadStream, statSync } from "node:fs";
import { Readable } from "node:stream";
import type { build } from "./build.ts";
import { fixture } from "./store.ts";

type App = Awaited<ReturnType<typeof build>>;

/** GETs an import job at `location` until it has ended; returns its last answer. */
export async function endedJob(app: App, location: string, auth: Record<string, string>) {
  for (;;) {
    const job = (await app.inject({ method: "GET", url: location, headers: auth })).json();
    if (!["queued", "running"].includes(job.state)) return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs a dry-run import of a dataset file as a job, waits for its end, then gives the job the id `id`. */
export async function importJobWithId(app: App, auth: Record<string, string>, id: string) {
  const csv = fixture("ucdp-ged/GEDEvent_v26_0_5.russia-ukraine.csv").split("\n").slice(0, 3).join("\n");
  const res = await app.inject({
    method: "POST", url: "/v1/imports?format=ucdp-ged&dry_run=true",
    headers: { ...auth, "content-type": "text/csv", prefer: "respond-async" }, payload: csv,
  });
  if (res.statusCode !== 202) throw new Error(`the import job was not accepted: ${res.statusCode} ${res.body}`);
  const location = String(res.headers.location);
  await endedJob(app, location, auth);
  // A tagged template: its parameters are written as each engine wants them (`?` on SQLite, `$1` on PostgreSQL).
  await app.prisma.$executeRaw`UPDATE import_jobs SET id = ${id} WHERE id = ${location.split("/").pop()}`;
}

/**
 * Streams a dataset file to a real server as an import job, then polls the
 * job (at most `attempts` times, 50 ms apart) until it is running with rows
 * read, or has ended; returns its location and its last answer. For tests
 * that kill the server in the middle of a job.
 */
export async function jobUnderway(base: string, file: string, format: string, headers: Record<string, string>, attempts: number) {
  const res = await fetch(`${base}/v1/imports?format=${format}`, {
    method: "POST", headers: { ...headers, "content-type": "text/csv", prefer: "respond-async", "content-length": String(statSync(file).size) },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream, duplex: "half",
  } as RequestInit);
  const location = res.headers.get("location")!;
  let job: { state: string; rows_read: number } = { state: "queued", rows_read: 0 };
  for (let i = 0; res.status === 202 && i < attempts && !(job.state === "running" && job.rows_read > 0); i++) {
    job = await (await fetch(`${base}${location}`, { headers })).json();
    if (job.state !== "queued" && job.state !== "running") break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { status: res.status, location, job };
}
