// npm run bench -- [--events N] [--duration S] [--rounds R] [--connections C] [--json] [--scale] [--file DB]
//
// Starts the real server (production settings, logging at warn) on a generated
// database and drives a fixed mix of requests with autocannon. In the same run
// it starts a baseline (bare node:http + prepared better-sqlite3 statements)
// that runs exactly the SQL our server ran for the same requests, and prints
// each case's ratio to it: the two alternate, window by window, for --rounds
// rounds, and the round with the median ratio is reported (for a case with no
// baseline, the round with the median CPU time per request). Also prints each case's first answer (before
// anything is remembered, as after a write), peak RSS and memory growth during an NDJSON export. With --scale it
// repeats the mix at 10k, 100k and 1M events.
import { execFileSync, fork, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../scripts/cli.ts";
import { createServer } from "node:net";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { buildApp } from "../src/app.ts";
import type { SqliteReader } from "../src/db/sqlite-reader.ts";
import { loadConfig } from "../src/config.ts";
import { dataExists, defaultDataFile, generate, migrate } from "./generate.ts";

const { values } = cli({
  usage: "npm run bench -- [--events N] [--duration S] [--connections C] [--rounds R] [--warmup S] [--export-events N] [--file FILE] [--json] [--scale]\n\nThe benchmark: the real server under a fixed mix against a same-SQL baseline; BENCHMARKS.md says how to read it.",
  options: {
    events: { type: "string", default: "100000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    json: { type: "boolean", default: false },
    scale: { type: "boolean", default: false },
    "export-events": { type: "string", default: "100000" },
    warmup: { type: "string", default: "1" },
    rounds: { type: "string", default: "3" },
    file: { type: "string" },
  },
});
const log = (...a: unknown[]) => console.error(...a);

type Step = { sql: string; params: unknown[]; mode: "all" | "get" };
type CaseResult = {
  rps: number; p50_ms: number; p99_ms: number; baseline_rps: number | null; ratio: number | null; errors: number; non2xx: number;
  /** CPU time (user + system) the server process spent per completed request: steadier than req/s on a shared machine. */
  cpu_ms: number; baseline_cpu_ms: number | null; cpu_ratio: number | null;
  /**
   * The slowest of the case's URLs on its first request, before any load: what a request pays when nothing it
   * needs is remembered yet, as after every write (totals and statistics are remembered until the data changes).
   */
  first_ms: number;
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

const rssOf = (pid: number, field: "VmRSS" | "VmHWM") => {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
};

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Picks request targets that exist in the generated data. */
function targets(file: string) {
  const db = new Database(file, { readonly: true });
  const eventIds = (db.prepare("SELECT id FROM events ORDER BY id LIMIT 100 OFFSET (SELECT count(*) / 3 FROM events)").all() as { id: string }[]).map((r) => r.id);
  const alias = db.prepare(`SELECT a.name FROM actor_aliases a JOIN actors x ON x.id = a.actor_id WHERE a.kind = 'spelling'
    ORDER BY (SELECT count(*) FROM claims c WHERE c.claimant_id = a.actor_id) DESC LIMIT 1`).get() as { name: string } | undefined;
  const metonym = db.prepare("SELECT name FROM actor_aliases WHERE kind = 'metonym' ORDER BY id LIMIT 1").get() as { name: string } | undefined;
  db.close();
  const claimant = encodeURIComponent(alias?.name ?? "x");
  return {
    single: eventIds.map((id) => `/v1/events/${id}?include=participants,claims`),
    filtered_list: ["2016", "2018", "2020", "2022"].map((y) => `/v1/events?from=${y}-01-01&to=${y}-12-31&country=UKR&type=troop_deployment&limit=50`),
    // The same filters over the whole decade, newest first: the order the (type, country, start_date, …) index
    // already gives, so a page reads its 50 entries and stops, however many match. Each of these types has a
    // full page in Ukraine at every generated size (10k included), so the sizes compare the same work.
    filtered_list_newest: ["strategic_development", "agreement", "request", "arms_trade"].map((type) => `/v1/events?from=2015-01-01&to=2024-12-31&country=UKR&type=${type}&sort=-start_date&limit=50`),
    claims_by_claimant_alias: [`/v1/claims?claimant=${claimant}&limit=50`],
    full_text: ["artillery", "ceasefire talks", "drone"].map((q) => `/v1/events?q=${encodeURIComponent(q)}&limit=50`),
    actor_alias_lookup: [`/v1/actors?q=${encodeURIComponent(metonym?.name ?? "x")}`],
    stats_by_month: ["/v1/stats/events?group_by=month"],
  };
}

/** Runs each target through the app in-process, recording every SQL statement and its parameters. */
async function capturePlan(file: string, cases: Record<string, string[]>) {
  const app = await buildApp(loadConfig({}, { DATABASE_URL: `file:${file}`, LOG_LEVEL: "silent", SEED_ON_EMPTY: false }));
  let steps: Step[] = []; // the statements of the request running now
  const db = (app.reader as SqliteReader).db;
  const prepare = db.prepare.bind(db);
  (db as { prepare: unknown }).prepare = (sql: string) => {
    const stmt = prepare(sql);
    return new Proxy(stmt, {
      get(target, prop, proxy) {
        if (prop === "all" || prop === "get") return (...params: unknown[]) => (steps.push({ sql, params, mode: prop }), (target as any)[prop](...params));
        // Modes (raw rows, pluck) change the statement and return it: keep returning the recording proxy.
        if (prop === "raw" || prop === "pluck" || prop === "expand") return (...a: unknown[]) => ((target as any)[prop](...a), proxy);
        const v = (target as any)[prop];
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
  };
  const plan: Record<string, Step[][]> = {};
  for (const [name, urls] of Object.entries(cases)) {
    plan[name] = [];
    for (const url of urls) {
      // Recorded on the second request: the first fills what the server remembers until the next write (a
      // filtered total, a search's count), and the baseline should replay what each request runs under load.
      const first: Step[] = (steps = []);
      await app.inject({ method: "GET", url });
      steps = []; // a new array: the one pushed below must hold this request's statements only
      const res = await app.inject({ method: "GET", url });
      // Remembered answers can only take statements away: more the second time means the capture mixed requests.
      if (steps.length > first.length) throw new Error(`the second request of ${url} recorded ${steps.length} statements, the first ${first.length}`);
      if (res.statusCode !== 200) log(`warning: ${url} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
      // A request that ran no statement here would give the baseline nothing to do, and a ratio that means nothing.
      if (!steps.some((s) => /^\s*select/i.test(s.sql))) throw new Error(`no SELECT was recorded for ${url}: the plan capture no longer sees the server's statements`);
      plan[name].push(steps);
      steps = [];
    }
  }
  await app.close();
  return plan;
}

/** CPU seconds (user + system) a process has used so far, from /proc (clock ticks are 1/100 s on Linux). */
const cpuOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

async function cannon(base: string, paths: string[], duration: number, connections: number, pid: number) {
  let k = 0;
  const cpuBefore = cpuOf(pid);
  const result = await autocannon({
    url: base,
    connections,
    duration,
    requests: [{ method: "GET", setupRequest: (req: any) => ({ ...req, path: paths[k++ % paths.length] }) }],
  });
  const cpu_ms = (1000 * (cpuOf(pid) - cpuBefore)) / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p50_ms: result.latency.p50, p99_ms: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx, cpu_ms };
}

async function startServer(file: string) {
  const port = await freePort();
  // What `npm start` runs: the bundle `npm run build` writes, as plain JavaScript.
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  const child = spawn(process.execPath, ["dist/server/index.mjs"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${file}`, LOG_LEVEL: "warn", SEED_ON_EMPTY: "false", RATE_LIMIT_ENABLED: "false" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitFor(`http://127.0.0.1:${port}/healthz`, child);
  return { child, base: `http://127.0.0.1:${port}` };
}

async function startBaseline(file: string, plan: Record<string, Step[][]>) {
  const port = await freePort();
  const planFile = join(mkdtempSync(join(tmpdir(), "bench-")), "plan.json");
  writeFileSync(planFile, JSON.stringify(plan));
  const child = fork("bench/baseline.ts", [file, planFile, String(port)], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`baseline exited with ${code}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

/** Streams the NDJSON export, sampling the server's RSS; returns the time and the memory growth. */
async function exportRun(base: string, pid: number, limitEvents: number) {
  const before = rssOf(pid, "VmRSS");
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid, "VmRSS"))), 25);
  const started = performance.now();
  const res = await fetch(`${base}/v1/events?format=ndjson`);
  let lines = 0;
  let bytes = 0;
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    for (const b of value) if (b === 10) lines++;
    if (lines >= limitEvents) break;
  }
  await reader.cancel().catch(() => {});
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  return { status: res.status, lines, mb: bytes / 1e6, seconds, rss_growth_mb: peak - before };
}

async function runMix(events: number, duration: number, connections: number) {
  const file = values.file ?? defaultDataFile(events);
  if (!dataExists(file)) {
    log(`generating ${events} events -> ${file}`);
    const g = generate({ events, file });
    log(`${g.records} records in ${g.seconds.toFixed(1)} s (${Math.round(g.recordsPerSecond)} records/s)`);
  } else migrate(file); // as `npm start` does: a file generated before a new migration gets it (an index at 1M events takes a minute or two)
  const cases = targets(file);
  const plan = await capturePlan(file, { single: cases.single, filtered_list: cases.filtered_list, filtered_list_newest: cases.filtered_list_newest });
  const results: Record<string, CaseResult> = {};

  const server = await startServer(file);
  const baseline = await startBaseline(file, plan).catch((err) => {
    server.child.kill("SIGTERM");
    throw err;
  });
  try {
    for (const [name, paths] of Object.entries(cases)) {
      let first_ms = 0;
      for (const path of paths) {
        const started = performance.now();
        await (await fetch(server.base + path)).arrayBuffer();
        first_ms = Math.max(first_ms, performance.now() - started);
      }
      const ours = () => cannon(server.base, paths, duration, connections, server.child.pid!);
      if (warmup > 0) await cannon(server.base, paths, warmup, connections, server.child.pid!);
      // A case with a baseline alternates with it, window by window: on a shared machine the
      // speed available changes from one minute to the next, and a ratio should compare two
      // windows close in time, not our cases run at one time and the baseline's at another.
      const theirPaths = plan[name]?.map((_, k) => `/case/${name}/${k}`);
      const theirs = theirPaths && (() => cannon(baseline.base, theirPaths, duration, connections, baseline.child.pid!));
      if (theirPaths && warmup > 0) await cannon(baseline.base, theirPaths, warmup, connections, baseline.child.pid!);
      const windows: { r: Awaited<ReturnType<typeof ours>>; b?: Awaited<ReturnType<typeof ours>> }[] = [];
      for (let round = 0; round < rounds; round++) {
        const r = await ours();
        const b = theirs && (await theirs());
        windows.push({ r, b });
        const vs = b ? ` | baseline ${b.rps.toFixed(0).padStart(6)} req/s  p99 ${b.p99_ms} ms  cpu ${b.cpu_ms.toFixed(3)} ms/req | ratio ${(r.rps / b.rps).toFixed(2)}` : "";
        log(`${name.padEnd(20)} round ${round + 1}: ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50_ms} ms  p99 ${r.p99_ms} ms  cpu ${r.cpu_ms.toFixed(3)} ms/req${vs}${r.non2xx ? `  non-2xx ${r.non2xx}` : ""}${r.errors ? `  errors ${r.errors}` : ""}`);
      }
      // The round with the median ratio stands for the case (its figures, ours and the baseline's, come
      // from adjacent windows); without a baseline, the round with the median CPU time per request.
      const mid = [...windows].sort((x, y) => (x.b ? x.r.rps / x.b.rps - y.r.rps / y.b!.rps : x.r.cpu_ms - y.r.cpu_ms))[windows.length >> 1];
      const b = mid.b;
      results[name] = {
        ...mid.r,
        first_ms,
        errors: windows.reduce((n, p) => n + p.r.errors, 0),
        non2xx: windows.reduce((n, p) => n + p.r.non2xx, 0),
        baseline_rps: b ? b.rps : null,
        ratio: b?.rps ? mid.r.rps / b.rps : null,
        baseline_cpu_ms: b ? b.cpu_ms : null,
        // Requests per CPU second, ours over the baseline's: the throughput ratio a core to itself would give.
        cpu_ratio: b && mid.r.cpu_ms ? b.cpu_ms / mid.r.cpu_ms : null,
      };
    }
    const exp = await exportRun(server.base, server.child.pid!, Number(values["export-events"]));
    log(`ndjson export: ${exp.lines} events, ${exp.mb.toFixed(1)} MB in ${exp.seconds.toFixed(2)} s; RSS grew ${exp.rss_growth_mb.toFixed(1)} MB`);
    var peakRss = rssOf(server.child.pid!, "VmHWM");
    var exportResult = exp;
  } finally {
    server.child.kill("SIGTERM");
    baseline.child.kill("SIGTERM");
  }
  return { events, results, peak_rss_mb: peakRss, export: exportResult };
}

/** What makes a run invalid: a case that completed no request, or any error or non-2xx answer; an export that stopped short. */
function problemsOf(run: Awaited<ReturnType<typeof runMix>>): string[] {
  const out: string[] = [];
  for (const [name, r] of Object.entries(run.results)) {
    if (!(r.rps > 0)) out.push(`${name}: no request completed`);
    if (r.errors) out.push(`${name}: ${r.errors} errors or timeouts`);
    if (r.non2xx) out.push(`${name}: ${r.non2xx} non-2xx answers`);
    if (r.baseline_rps !== null && !(r.baseline_rps > 0)) out.push(`${name}: the baseline completed no request`);
  }
  const expected = Math.min(run.events, Number(values["export-events"]));
  if (run.export.status !== 200 || run.export.lines < expected) out.push(`ndjson_export: status ${run.export.status}, ${run.export.lines} of ${expected} events`);
  return out;
}

function table(run: Awaited<ReturnType<typeof runMix>>) {
  const lines = [
    "| case | req/s | p50 ms | p99 ms | baseline req/s | ratio | CPU ms/req | baseline CPU ms/req | CPU ratio | first answer ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const [name, r] of Object.entries(run.results))
    lines.push(`| ${name} | ${r.rps.toFixed(0)} | ${r.p50_ms} | ${r.p99_ms} | ${r.baseline_rps?.toFixed(0) ?? "-"} | ${r.ratio?.toFixed(2) ?? "-"} | ${r.cpu_ms.toFixed(3)} | ${r.baseline_cpu_ms?.toFixed(3) ?? "-"} | ${r.cpu_ratio?.toFixed(2) ?? "-"} | ${r.first_ms.toFixed(1)} |`);
  lines.push(`| ndjson_export | ${run.export.lines} events in ${run.export.seconds.toFixed(2)} s | | | | | | | | |`);
  return lines.join("\n");
}

const duration = Number(values.duration);
const warmup = Number(values.warmup);
const rounds = Math.max(1, Number(values.rounds));
const connections = Number(values.connections);
let failures: string[] = [];
if (values.scale) {
  const runs = [];
  for (const events of [10_000, 100_000, 1_000_000]) runs.push(await runMix(events, duration, connections));
  const names = Object.keys(runs[0].results);
  console.log(`| case | ${runs.map((r) => `${r.events.toLocaleString("en")} events: CPU ms/request`).join(" | ")} | growth 10k→1M |`);
  console.log(`|---|${runs.map(() => "---:").join("|")}|---:|`);
  for (const n of names) {
    const cost = runs.map((r) => r.results[n].cpu_ms); // CPU time per request: what the size of the data changes
    console.log(`| ${n} | ${cost.map((c) => c.toFixed(3)).join(" | ")} | ${(cost[cost.length - 1] / cost[0]).toFixed(2)}× |`);
  }
  console.log(`\n| case | ${runs.map((r) => `${r.events.toLocaleString("en")} events: first answer ms`).join(" | ")} |`);
  console.log(`|---|${runs.map(() => "---:").join("|")}|`);
  for (const n of names) console.log(`| ${n} | ${runs.map((r) => r.results[n].first_ms.toFixed(1)).join(" | ")} |`);
  failures = runs.flatMap((r) => problemsOf(r).map((p) => `${r.events} events: ${p}`));
  for (const f of failures) console.log(`FAILED ${f}`);
  if (values.json) console.log(JSON.stringify({ scale: runs.map((r) => ({ ...r, failures: problemsOf(r) })) }));
} else {
  const run = await runMix(Number(values.events), duration, connections);
  console.log(table(run));
  console.log(`peak RSS ${run.peak_rss_mb.toFixed(1)} MB; export RSS growth ${run.export.rss_growth_mb.toFixed(1)} MB`);
  failures = problemsOf(run);
  for (const f of failures) console.log(`FAILED ${f}`);
  if (values.json)
    console.log(JSON.stringify({ events: run.events, cases: run.results, peak_rss_mb: run.peak_rss_mb, export_rss_growth_mb: run.export.rss_growth_mb, export: run.export, failures }));
}
// A run with a failed case is not a measurement: exit non-zero so scripts notice.
process.exit(failures.length ? 1 : 0);
