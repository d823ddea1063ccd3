// npm run bench:import -- [--rows N] [--format ucdp-ged|acled] [--events E] [--file DB] [--rate R] [--json]
// Writes a synthetic file of N rows in the dataset's own layout (deterministic,
// new ids), copies the benchmark database (E events, 100,000 by default,
// generated if missing, or --file), starts the built server on the copy, and
// imports the file through the API as a job, twice, while a reader sends R
// single-event reads a second and a /healthz every 250 ms. Prints rows/s, the
// server's RSS growth and peak, the reader's p50/p99/max, and both reports.
import { copyFileSync, createReadStream, readFileSync, rmSync, statSync } from "node:fs";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { dataExists, defaultDataFile, generate, migrate } from "./generate.ts";
import { DATASET_FORMATS, writeDatasetFile, type DatasetFormat } from "./dataset-files.ts";
import { openPrisma } from "../src/db/sqlite.ts";
import { createKey } from "../src/services/keys.ts";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "20000" }, format: { type: "string", default: "ucdp-ged" }, events: { type: "string", default: "100000" },
    file: { type: "string" }, rate: { type: "string", default: "20" }, json: { type: "boolean", default: false },
  },
});
const rows = Number(values.rows);
const format = values.format as DatasetFormat;
if (!Number.isInteger(rows) || rows < 1 || !DATASET_FORMATS.includes(format)) {
  console.error(`usage: npm run bench:import -- [--rows N] [--format ${DATASET_FORMATS.join("|")}] [--events E] [--file DB] [--rate R] [--json]`);
  process.exit(2);
}
const log = (...a: unknown[]) => (values.json ? console.error(...a) : console.log(...a));

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, "127.0.0.1", () => {
    const port = (s.address() as { port: number }).port;
    s.close(() => resolve(port));
  });
});
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN) / 1024;
/** CPU seconds (user + system) the process has used, all its threads together: steadier than wall time on a shared machine. */
const cpuOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 a second on Linux)
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

async function startServer(file: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  const child = spawn(process.execPath, ["dist/server/index.mjs"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${file}`, LOG_LEVEL: "warn", SEED_ON_EMPTY: "false", RATE_LIMIT_ENABLED: "false" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, base };
    } catch {}
    await sleep(100);
  }
  throw new Error("the server did not start");
}

/** A light steady load: `rate` single-event reads a second (each from its own timer, so a slow answer does not slow the rate), and /healthz every 250 ms. */
function reader(base: string, ids: string[], rate: number) {
  const single: number[] = [];
  const health: number[] = [];
  let failures = 0;
  let i = 0;
  const timed = async (path: string, into: number[]) => {
    const started = performance.now();
    try {
      const res = await fetch(base + path);
      await res.arrayBuffer();
      if (!res.ok) failures++;
    } catch {
      failures++;
    }
    into.push(performance.now() - started);
  };
  const a = setInterval(() => void timed(`/v1/events/${ids[i++ % ids.length]}`, single), 1000 / rate);
  const b = setInterval(() => void timed("/healthz", health), 250);
  const stats = (xs: number[]) => ({ n: xs.length, p50_ms: percentile(xs, 50), p99_ms: percentile(xs, 99), max_ms: Math.max(...xs) });
  return {
    stop: () => {
      clearInterval(a);
      clearInterval(b);
      return { single_event: stats(single), healthz: stats(health), failures };
    },
  };
}

async function importOnce(base: string, headers: Record<string, string>, file: string, pid: number, rate: number, ids: string[]) {
  const load = reader(base, ids, rate);
  const rssBefore = rssOf(pid);
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 100);
  const started = performance.now();
  const cpuBefore = cpuOf(pid);
  const res = await fetch(`${base}/v1/imports?format=${format}`, {
    method: "POST", headers: { ...headers, "content-type": "text/csv", prefer: "respond-async", "content-length": String(statSync(file).size) },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream, duplex: "half",
  } as RequestInit);
  if (res.status !== 202) throw new Error(`POST /v1/imports: ${res.status} ${await res.text()}`);
  const location = res.headers.get("location")!;
  let job: { state: string; report: { rows: number; counts: Record<string, { created: number; updated: number; unchanged: number }> } | null; error: string | null };
  for (;;) {
    job = await (await fetch(base + location, { headers })).json();
    if (job.state !== "queued" && job.state !== "running") break;
    await sleep(250);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuOf(pid) - cpuBefore;
  clearInterval(sampler);
  const reads = load.stop();
  if (job.state !== "committed") throw new Error(`the job ended ${job.state}: ${job.error}`);
  return { seconds, rows_per_s: job.report!.rows / seconds, server_cpu_s: cpu, rows_per_cpu_s: job.report!.rows / cpu, rss_before_mb: rssBefore, rss_peak_mb: peak, rss_growth_mb: peak - rssBefore, reads, report: job.report };
}

const source = values.file ?? defaultDataFile(Number(values.events));
if (!dataExists(source)) {
  log(`generating ${values.events} events -> ${source}`);
  generate({ events: Number(values.events), file: source });
} else migrate(source);
const work = join(tmpdir(), `bench-import-${process.pid}`);
const db = `${work}.db`;
const data = `${work}.${format}.csv`;
const cleanup = () => {
  for (const f of [db, `${db}-wal`, `${db}-shm`, data]) rmSync(f, { force: true });
  rmSync(`${db}-imports`, { recursive: true, force: true });
};
process.on("exit", cleanup);
log(`writing ${rows} ${format} rows`);
const bytes = await writeDatasetFile(format, rows, data);
// The copy is folded (no WAL beside it) so that the import starts from the same file every run.
const src = new Database(source);
src.pragma("wal_checkpoint(TRUNCATE)");
src.close();
copyFileSync(source, db);
const prisma = openPrisma(`file:${db}`);
const { token } = await createKey(prisma, "bench-import", ["read", "write"]);
const events = await prisma.event.count();
const ids = (await prisma.event.findMany({ select: { id: true }, take: 2000, orderBy: { id: "asc" } })).map((e) => e.id);
await prisma.$disconnect();

const server = await startServer(db);
try {
  const headers = { authorization: `Bearer ${token}` };
  log(`importing ${rows} rows (${(bytes / 1e6).toFixed(1)} MB) into ${events} events`);
  const first = await importOnce(server.base, headers, data, server.child.pid!, Number(values.rate), ids);
  log(`again, the same file`);
  const second = await importOnce(server.base, headers, data, server.child.pid!, Number(values.rate), ids);
  const unchanged = Object.values(second.report!.counts).every((c) => c.created === 0 && c.updated === 0);
  const result = {
    load_average: loadavg().map((l) => Number(l.toFixed(2))),
    format, rows, file_mb: bytes / 1e6, events_before: events, first, second, second_changes_nothing: unchanged, second_speedup: first.seconds / second.seconds,
    targets: {
      rows_per_s_at_least_2000: first.rows_per_s >= 2000,
      rss_growth_under_400_mb: Math.max(first.rss_growth_mb, second.rss_growth_mb) < 400,
      healthz_within_1_s: Math.max(first.reads.healthz.max_ms, second.reads.healthz.max_ms) < 1000,
      single_event_p99_under_50_ms: Math.max(first.reads.single_event.p99_ms, second.reads.single_event.p99_ms) < 50,
      second_changes_nothing: unchanged,
      second_at_least_3x_faster: first.seconds / second.seconds >= 3,
    },
  };
  if (values.json) console.log(JSON.stringify(result));
  else {
    for (const [name, run] of [["first", first], ["second", second]] as const) {
      const r = run.reads;
      console.log(`${name}: ${run.seconds.toFixed(1)} s, ${Math.round(run.rows_per_s)} rows/s (server CPU ${run.server_cpu_s.toFixed(1)} s: ${Math.round(run.rows_per_cpu_s)} rows per CPU second); server RSS ${run.rss_before_mb.toFixed(0)} -> peak ${run.rss_peak_mb.toFixed(0)} MB (+${run.rss_growth_mb.toFixed(0)})`);
      console.log(`  single event (${r.single_event.n}): p50 ${r.single_event.p50_ms.toFixed(1)} ms, p99 ${r.single_event.p99_ms.toFixed(1)}, max ${r.single_event.max_ms.toFixed(1)}; /healthz (${r.healthz.n}): p50 ${r.healthz.p50_ms.toFixed(1)}, p99 ${r.healthz.p99_ms.toFixed(1)}, max ${r.healthz.max_ms.toFixed(1)}; failures ${r.failures}`);
      console.log(`  report: ${JSON.stringify({ rows: run.report!.rows, counts: run.report!.counts })}`);
    }
    console.log(`second import ${result.second_speedup.toFixed(1)}x faster; changes nothing: ${unchanged}`);
    console.log(`targets: ${Object.entries(result.targets).map(([k, v]) => `${k} ${v ? "met" : "MISSED"}`).join(", ")}`);
  }
} finally {
  server.child.kill("SIGTERM");
  await new Promise((r) => server.child.once("exit", r));
}
