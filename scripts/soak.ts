// npm run soak -- --duration S [--rate R] [--writes F] [--sample S]
//
// A soak: the real server (a child process) on a fresh migrated and seeded
// database, rate limits off, under a steady open-loop load of mixed reads and
// writes (R requests a second, a fraction F of them writes) for S seconds.
// It reports unexpected answers and network errors, latency percentiles, and
// the server's resident memory (VmRSS) sampled over time, with the slope of a
// least-squares line through it: a leak shows as a steady climb. Exits 1 when
// any request failed.
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cli } from "./cli.ts";
import Database from "better-sqlite3";
import { openPrisma } from "../src/db/sqlite.ts";
import { loadSeed } from "../src/services/seed.ts";
import { createKey } from "../src/services/keys.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

export type SoakOptions = {
  duration: number; // seconds
  rate: number; // requests a second
  writes: number; // fraction of requests that write
  sample: number; // seconds between memory samples
  template?: string; // a migrated, seeded file to copy instead of building one
  env?: Record<string, string>; // more settings for the server
  log?: (line: string) => void;
};

type Kind = "read" | "write";
type Percentiles = { count: number; p50: number; p95: number; p99: number; max: number };
export type SoakSummary = {
  duration_s: number;
  rate: number;
  requests: number;
  by_kind: Record<Kind, number>;
  statuses: Record<string, number>;
  errors: number;
  error_examples: string[];
  latency_ms: Record<"all" | Kind, Percentiles>;
  rss_mb: { at_s: number; mb: number; load1: number }[];
  rss_slope_mb_per_min: number;
  rss_slope_after_warmup_mb_per_min: number | null;
  loadavg_1m: { min: number; mean: number; max: number };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const freePort = () =>
  new Promise<number>((res, rej) => {
    const s = createServer().once("error", rej).listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });

function percentiles(values: number[]): Percentiles {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => (v.length ? v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)]! : 0);
  const round = (x: number) => Math.round(x * 10) / 10;
  return { count: v.length, p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(v[v.length - 1] ?? 0) };
}

/** Least-squares slope of y over x. */
export function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? 0 : points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}

const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
};
const load1 = () => Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);

/** A migrated, seeded database, as `npm start` would make it. */
function freshDatabase(file: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "pipe" });
}

// What the load is made of. Reads cover lists with filters, details, nested
// lists, other formats and the change feed; writes create, change and delete places.
const READS = [
  "/v1/events", "/v1/events?type=troop_deployment&limit=10", "/v1/events?from=2024-10-01&to=2024-10-31&sort=-start_date",
  "/v1/events?q=troops", "/v1/events/evt_2024-10-21-summons-russian-ambassador", "/v1/events/evt_2024-10-21-summons-russian-ambassador/claims",
  "/v1/actors?q=zinoviev", "/v1/actors/act_georgiy-zinoviev", "/v1/actors/act_national-intelligence-service/claims",
  "/v1/claims?stance=denies", "/v1/claims?contested=true", "/v1/claims?limit=100&include=claimant,source",
  "/v1/sources", "/v1/sources/src_afp-report-2024-10-21/claims", "/v1/places", "/v1/places/plc_seoul",
  "/v1/events?format=csv", "/v1/events?format=geojson", "/v1/changes?limit=100", "/v1/stats/events?group_by=type", "/healthz",
];

export async function soak(opts: SoakOptions): Promise<SoakSummary> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const dir = mkdtempSync(join(tmpdir(), "soak-"));
  const file = join(dir, "soak.db");
  try {
    if (opts.template) copyFileSync(opts.template, file);
    else {
      log("migrating and seeding a fresh database...");
      freshDatabase(file);
    }
    const prisma = openPrisma(`file:${file}`);
    if (!opts.template) await loadSeed(prisma);
    const key = await createKey(prisma, "soak", ["read", "write"]);
    await prisma.$disconnect();
    const fold = new Database(file);
    fold.pragma("wal_checkpoint(TRUNCATE)");
    fold.close();

    const port = await freePort();
    // What `npm start` runs: the bundle `npm run build` writes.
    execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "pipe" });
    const child = spawn(process.execPath, ["dist/server/index.mjs"], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${file}`, LOG_LEVEL: "warn", SEED_ON_EMPTY: "false", RATE_LIMIT_ENABLED: "false", ...opts.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let serverOutput = "";
    child.stdout!.on("data", (d) => (serverOutput = (serverOutput + d).slice(-20_000)));
    child.stderr!.on("data", (d) => (serverOutput = (serverOutput + d).slice(-20_000)));
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    const base = `http://127.0.0.1:${port}`;
    try {
      for (const deadline = Date.now() + 60_000; ; ) {
        if (child.exitCode !== null) throw new Error(`the server exited:\n${serverOutput}`);
        try {
          if ((await fetch(`${base}/healthz`)).ok) break;
        } catch {}
        if (Date.now() > deadline) throw new Error(`the server did not start:\n${serverOutput}`);
        await sleep(100);
      }
      const pid = child.pid!;
      log(`server pid ${pid} on ${base}; ${opts.rate} req/s, ${Math.round(opts.writes * 100)}% writes, for ${opts.duration} s`);

      const auth = { authorization: `Bearer ${key.token}` };
      const latencies: Record<Kind, number[]> = { read: [], write: [] };
      const statuses: Record<string, number> = {};
      const errorExamples: string[] = [];
      let errors = 0;
      const created: string[] = [];
      let seq = 0;

      /** One timed request; an answer outside `expected` is an error. */
      async function timed(kind: Kind, what: string, path: string, init: RequestInit, expected: number[]) {
        const t0 = performance.now();
        try {
          const res = await fetch(base + path, { ...init, signal: AbortSignal.timeout(30_000) });
          const body = await res.text();
          latencies[kind].push(performance.now() - t0);
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (!expected.includes(res.status)) {
            errors++;
            if (errorExamples.length < 10) errorExamples.push(`${what} ${path} -> ${res.status} ${body.slice(0, 200)}`);
          }
          return { status: res.status, body, etag: res.headers.get("etag") };
        } catch (err) {
          errors++;
          statuses.network = (statuses.network ?? 0) + 1;
          if (errorExamples.length < 10) errorExamples.push(`${what} ${path} -> ${(err as Error).message}`);
          return null;
        }
      }

      async function write() {
        const n = seq++;
        const json = { ...auth, "content-type": "application/json" };
        // Mostly creates; once there are places to work on, changes and some deletes.
        const choice = created.length < 5 ? 0 : n % 10;
        if (choice < 5) {
          const res = await timed("write", "create", "/v1/places", {
            method: "POST", headers: { ...json, "idempotency-key": `soak-${n}` }, body: JSON.stringify({ name: `Soak place ${n}`, kind: "city", geo_precision: "approximate" }),
          }, [201]);
          if (res?.status === 201) created.push(JSON.parse(res.body).id);
        } else if (choice < 9) {
          const id = created[n % created.length]!;
          const current = await timed("write", "read before change", `/v1/places/${id}`, {}, [200, 404, 410]);
          if (current?.status !== 200) return;
          await timed("write", "change", `/v1/places/${id}`, {
            method: "PATCH", headers: { ...json, "content-type": "application/merge-patch+json", "if-match": current.etag! }, body: JSON.stringify({ admin1: `Region ${n}` }),
          }, [200, 410, 412]); // another write to the same place (a change: 412, a delete: 410) may slip in between
        } else {
          const id = created.splice(n % created.length, 1)[0]!;
          const current = await timed("write", "read before delete", `/v1/places/${id}`, {}, [200]);
          if (current?.status !== 200) return;
          await timed("write", "delete", `/v1/places/${id}?reason=soak`, { method: "DELETE", headers: { ...auth, "if-match": current.etag! } }, [204, 412]);
        }
      }
      const read = (n: number) => timed("read", "read", READS[n % READS.length]!, {}, [200]);

      // Memory and load, sampled on their own clock.
      const samples: SoakSummary["rss_mb"] = [];
      const start = performance.now();
      const sampleNow = () => samples.push({ at_s: Math.round((performance.now() - start) / 100) / 10, mb: Math.round(rssMb(pid) * 10) / 10, load1: load1() });
      sampleNow();
      const sampler = setInterval(sampleNow, opts.sample * 1000);

      // Open loop: request i leaves at start + i / rate, whether or not earlier ones have been answered.
      const inFlight = new Set<Promise<unknown>>();
      const total = Math.round(opts.duration * opts.rate);
      let writesSent = 0;
      for (let i = 0; i < total; i++) {
        const due = start + (i * 1000) / opts.rate;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        // Writes are spread evenly: request i writes when it carries the total past the next whole write.
        const isWrite = Math.floor((i + 1) * opts.writes) > Math.floor(i * opts.writes);
        if (isWrite) writesSent++;
        const p = (isWrite ? write() : read(i)).finally(() => inFlight.delete(p));
        inFlight.add(p);
        if (i > 0 && i % (opts.rate * 60) === 0) log(`  ${Math.round((performance.now() - start) / 1000)} s: ${i} requests, ${errors} errors, RSS ${samples[samples.length - 1]!.mb} MB`);
      }
      await Promise.all(inFlight);
      clearInterval(sampler);
      sampleNow();

      const all = [...latencies.read, ...latencies.write];
      const points = samples.map((s) => ({ x: s.at_s / 60, y: s.mb }));
      const warm = opts.duration >= 120 ? points.filter((p) => p.x >= 1) : null;
      const loads = samples.map((s) => s.load1);
      return {
        duration_s: opts.duration,
        rate: opts.rate,
        requests: total,
        by_kind: { read: total - writesSent, write: writesSent },
        statuses,
        errors,
        error_examples: errorExamples,
        latency_ms: { all: percentiles(all), read: percentiles(latencies.read), write: percentiles(latencies.write) },
        rss_mb: samples,
        rss_slope_mb_per_min: Math.round(slope(points) * 100) / 100,
        rss_slope_after_warmup_mb_per_min: warm ? Math.round(slope(warm) * 100) / 100 : null,
        loadavg_1m: { min: Math.min(...loads), mean: Math.round((loads.reduce((s, x) => s + x, 0) / loads.length) * 100) / 100, max: Math.max(...loads) },
      };
    } finally {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The summary for a person: a few lines and a small table of memory samples. */
export function report(s: SoakSummary): string {
  const lat = (name: string, p: Percentiles) => `  ${name.padEnd(6)} ${String(p.count).padStart(7)}  p50 ${p.p50} ms  p95 ${p.p95} ms  p99 ${p.p99} ms  max ${p.max} ms`;
  const every = Math.max(1, Math.ceil(s.rss_mb.length / 15));
  const rows = s.rss_mb.filter((_, i) => i % every === 0 || i === s.rss_mb.length - 1);
  return [
    `soak: ${s.duration_s} s at ${s.rate} req/s: ${s.requests} requests (${s.by_kind.read} reads, ${s.by_kind.write} writes)`,
    `statuses: ${JSON.stringify(s.statuses)}`,
    `errors: ${s.errors}${s.error_examples.length ? `\n  ${s.error_examples.join("\n  ")}` : ""}`,
    "latency (from sending to the whole body read):",
    lat("all", s.latency_ms.all), lat("read", s.latency_ms.read), lat("write", s.latency_ms.write),
    "server memory (VmRSS) and 1-minute load average:",
    "     t (s)   RSS (MB)   load",
    ...rows.map((r) => `  ${String(r.at_s).padStart(8)}   ${r.mb.toFixed(1).padStart(8)}   ${r.load1.toFixed(2)}`),
    `RSS slope: ${s.rss_slope_mb_per_min} MB/min over the whole run${s.rss_slope_after_warmup_mb_per_min === null ? "" : `, ${s.rss_slope_after_warmup_mb_per_min} MB/min after the first minute`}`,
    `load average (1 min) during the run: min ${s.loadavg_1m.min}, mean ${s.loadavg_1m.mean}, max ${s.loadavg_1m.max}`,
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = cli({
    usage: "npm run soak -- [--duration S] [--rate R] [--writes F] [--sample S] [--json]\n\nSteady mixed reads and writes (50 a second, 10% writes, for 60 s by default) against the real server on a fresh seeded file; exits 1 on any failed request, and reports latency and memory over time.",
    options: {
      duration: { type: "string", default: "60" },
      rate: { type: "string", default: "50" },
      writes: { type: "string", default: "0.1" },
      sample: { type: "string", default: "5" },
      json: { type: "boolean", default: false },
    },
  });
  const num = (name: string, text: string, ok: (n: number) => boolean) => {
    const n = Number(text);
    if (!Number.isFinite(n) || !ok(n)) {
      console.error(`--${name}: ${JSON.stringify(text)} is out of range`);
      process.exit(2);
    }
    return n;
  };
  const summary = await soak({
    duration: num("duration", values.duration, (n) => n > 0),
    rate: num("rate", values.rate, (n) => n > 0 && n <= 10_000),
    writes: num("writes", values.writes, (n) => n >= 0 && n <= 1),
    sample: num("sample", values.sample, (n) => n > 0),
  });
  console.log(values.json ? JSON.stringify(summary) : report(summary));
  process.exitCode = summary.errors === 0 ? 0 : 1;
}
