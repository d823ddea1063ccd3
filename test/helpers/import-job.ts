// An import job that really ran, under an id a test chooses: the document's
// example id of GET /v1/imports/{id}, so that its example names a job.
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
