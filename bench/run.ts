// npm run bench -- [--events N] [--duration S] [--rounds R] [--connections C] [--json] [--scale] [--file DB]
//                   [--engine sqlite|postgres] [--postgres URL] [--instances N] [--rate R]
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
//
// --engine postgres: the same on PostgreSQL, in a database per size
// (bench_<events> on --postgres's server, loaded with COPY from the generated
// file when empty), against a baseline of bare node:http + pg running the same
// statements (bench/pg-baseline.ts); it also reports PostgreSQL's CPU per
// request, and from it how many instances one PostgreSQL server can feed.
// --instances N runs N server processes on that one database, the load split
// across them. --rate R replaces autocannon's closed loop with an open loop of
// R requests a second (bench/open-loop.ts) and reports p50/p99/max and whether
// the load was sustained.
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
import { capturePgPlan, cpuOfPid, ensureDatabase, PgCpu, type PgStep } from "./pg-bench.ts";
import { openLoop } from "./open-loop.ts";

const { values } = cli({
  usage:
    "npm run bench -- [--events N] [--duration S] [--connections C] [--rounds R] [--warmup S] [--export-events N] [--file FILE] [--json] [--scale]\n" +
    "                 [--engine sqlite|postgres] [--postgres URL] [--instances N] [--rate R]\n\n" +
    "The benchmark: the real server under a fixed mix against a same-SQL baseline; BENCHMARKS.md says how to read it.\n" +
    "--engine postgres: on PostgreSQL, in the database bench_<events> of --postgres's server (default postgresql://postgres@127.0.0.1:5432/postgres), made and loaded when missing or empty.\n" +
    "--instances N (postgres only): N server processes on that database, the connections split across them.\n" +
    "--rate R: an open loop of R requests a second (instead of --connections' closed loop): p50/p99/max and whether the load was sustained.",
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
    engine: { type: "string", default: "sqlite" },
    postgres: { type: "string" },
    instances: { type: "string", default: "1" },
    rate: { type: "string" },
  },
});
const log = (...a: unknown[]) => console.error(...a);

/** An option that makes no sense: one line and exit 2, before anything is generated or started (as cli does). */
function usageError(message: string): never {
  const name = process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}` : "bench/run.ts";
  console.error(`${name}: ${message} (see ${name} -- --help)`);
  process.exit(2);
}
const engine = values.engine;
if (engine !== "sqlite" && engine !== "postgres") usageError(`--engine must be sqlite or postgres, got ${engine}`);
const postgres = engine === "postgres";
const instances = Number(values.instances);
if (!Number.isInteger(instances) || instances < 1) usageError(`--instances must be a positive integer, got ${values.instances}`);
if (instances > 1 && !postgres) usageError("--instances needs --engine postgres: instances share one database, which SQLite's file is not for");
if (values.postgres !== undefined && !postgres) usageError("--postgres needs --engine postgres");
const adminUrl = values.postgres ?? "postgresql://postgres@127.0.0.1:5432/postgres";
if (!/^postgres(ql)?:\/\//.test(adminUrl)) usageError("--postgres must be a postgresql:// URL");
const rate = values.rate === undefined ? undefined : Number(values.rate);
if (rate !== undefined && !(rate > 0)) usageError(`--rate must be a positive number of requests a second, got ${values.rate}`);

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
} & Extras;

/** Figures only some runs have (PostgreSQL, --rate, --instances): absent otherwise, so SQLite's output is as it was. */
type Extras = {
  /** PostgreSQL's CPU time per request (the database's backends, from /proc), ours and the baseline's. */
  db_cpu_ms?: number; baseline_db_cpu_ms?: number | null;
  /** --rate: the slowest answer, and whether the offered load was sustained, ours and the baseline's. */
  max_ms?: number; sustained?: boolean; baseline_p99_ms?: number | null; baseline_sustained?: boolean | null;
  /** --instances: each instance's requests a second and CPU time per request. */
  per_instance?: { rps: number; cpu_ms: number }[];
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

/** What a server under load is: its base URLs and processes (several with --instances). */
type Target = { bases: string[]; pids: number[] };
type Window = { rps: number; p50_ms: number; p99_ms: number; errors: number; non2xx: number; cpu_ms: number } & Extras;

async function cannon(target: Target, paths: string[], duration: number, connections: number, pg?: PgCpu): Promise<Window> {
  const cpuBefore = target.pids.map(cpuOf);
  const dbBefore = await pg?.sample();
  const perBase = await (rate !== undefined
    ? openLoop(target.bases, paths, rate, duration).then((r) => ({
        requests: r.perBase,
        w: { rps: r.rps, p50_ms: r.p50_ms, p99_ms: r.p99_ms, max_ms: r.max_ms, errors: r.errors, non2xx: r.non2xx, sustained: r.sustained },
        rpsOf: r.perBase.map((n) => n / duration),
      }))
    : Promise.all(
        // One autocannon per instance, its share of the connections, all at once: each instance's own figures.
        target.bases.map((url) => {
          let k = 0;
          return autocannon({
            url,
            connections: Math.max(1, Math.round(connections / target.bases.length)),
            duration,
            requests: [{ method: "GET", setupRequest: (req: any) => ({ ...req, path: paths[k++ % paths.length] }) }],
          });
        }),
      ).then((rs) => ({
        requests: rs.map((r) => r.requests.total),
        // With several instances, the worst instance's percentiles (autocannon gives percentiles, not histograms).
        w: {
          rps: rs.reduce((n, r) => n + r.requests.average, 0),
          p50_ms: Math.max(...rs.map((r) => r.latency.p50)),
          p99_ms: Math.max(...rs.map((r) => r.latency.p99)),
          errors: rs.reduce((n, r) => n + r.errors + r.timeouts, 0),
          non2xx: rs.reduce((n, r) => n + r.non2xx, 0),
        },
        rpsOf: rs.map((r) => r.requests.average),
      })));
  const cpu = target.pids.map((pid, i) => cpuOf(pid) - cpuBefore[i]);
  const total = perBase.requests.reduce((a, b) => a + b, 0);
  const out: Window = { ...perBase.w, cpu_ms: (1000 * cpu.reduce((a, b) => a + b, 0)) / Math.max(1, total) };
  if (pg && dbBefore) out.db_cpu_ms = (1000 * PgCpu.between(dbBefore, await pg.sample())) / Math.max(1, total);
  if (target.pids.length > 1) out.per_instance = cpu.map((c, i) => ({ rps: perBase.rpsOf[i], cpu_ms: (1000 * c) / Math.max(1, perBase.requests[i]) }));
  return out;
}

async function startServer(databaseUrl: string, build = true) {
  const port = await freePort();
  // What `npm start` runs: the bundle `npm run build` writes, as plain JavaScript.
  if (build) execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  const child = spawn(process.execPath, ["dist/server/index.mjs"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", SEED_ON_EMPTY: "false", RATE_LIMIT_ENABLED: "false" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitFor(`http://127.0.0.1:${port}/healthz`, child);
  return { child, base: `http://127.0.0.1:${port}` };
}

async function startBaseline(database: string, plan: Record<string, Step[][] | PgStep[][]>) {
  const port = await freePort();
  const planFile = join(mkdtempSync(join(tmpdir(), "bench-")), "plan.json");
  writeFileSync(planFile, JSON.stringify(plan));
  const child = fork(postgres ? "bench/pg-baseline.ts" : "bench/baseline.ts", [database, planFile, String(port)], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
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

/** Cases whose URLs search (`q=`): full-text search on PostgreSQL is newer than the rest of its read path. */
const searches = (paths: string[]) => paths.some((p) => /[?&]q=/.test(p));

async function runMix(events: number, duration: number, connections: number) {
  const file = values.file ?? defaultDataFile(events);
  if (!dataExists(file)) {
    log(`generating ${events} events -> ${file}`);
    const g = generate({ events, file });
    log(`${g.records} records in ${g.seconds.toFixed(1)} s (${Math.round(g.recordsPerSecond)} records/s)`);
  } else migrate(file); // as `npm start` does: a file generated before a new migration gets it (an index at 1M events takes a minute or two)
  // The generated file is PostgreSQL's source too, so the targets it gives exist in both.
  const cases = targets(file);
  const planned = { single: cases.single, filtered_list: cases.filtered_list, filtered_list_newest: cases.filtered_list_newest };
  const database = postgres ? await ensureDatabase(adminUrl, events, file) : `file:${file}`;
  const plan = postgres ? await capturePgPlan(database, planned) : await capturePlan(file, planned);
  const results: Record<string, CaseResult> = {};
  const skipped: Record<string, string> = {};
  const pgCpu = postgres ? await PgCpu.open(database) : undefined;

  const servers: Awaited<ReturnType<typeof startServer>>[] = [];
  let baseline: Awaited<ReturnType<typeof startBaseline>> | undefined;
  try {
    for (let i = 0; i < instances; i++) servers.push(await startServer(database, i === 0));
    baseline = await startBaseline(postgres ? database : file, plan);
    const server = servers[0];
    const ourTarget: Target = { bases: servers.map((s) => s.base), pids: servers.map((s) => s.child.pid!) };
    const theirTarget: Target = { bases: [baseline.base], pids: [baseline.child.pid!] };
    for (const [name, paths] of Object.entries(cases)) {
      let first_ms = 0;
      let refused = "";
      for (const path of paths) {
        const started = performance.now();
        const res = await fetch(server.base + path);
        const body = await res.text();
        first_ms = Math.max(first_ms, performance.now() - started);
        if (!res.ok) refused ||= `${path} answered ${res.status}`;
        if (!res.ok && !(postgres && searches(paths))) log(`warning: ${path} answered ${res.status}: ${body.slice(0, 200)}`);
      }
      // A search that PostgreSQL cannot answer yet is left out with its reason rather than failing the run;
      // any other case that fails still fails it (its non-2xx answers are counted below).
      if (postgres && refused && searches(paths)) {
        skipped[name] = `search (q=) not answered on PostgreSQL: ${refused}`;
        log(`${name.padEnd(20)} skipped: ${skipped[name]}`);
        continue;
      }
      const ours = () => cannon(ourTarget, paths, duration, connections, pgCpu);
      if (warmup > 0) await cannon(ourTarget, paths, warmup, connections);
      // A case with a baseline alternates with it, window by window: on a shared machine the
      // speed available changes from one minute to the next, and a ratio should compare two
      // windows close in time, not our cases run at one time and the baseline's at another.
      const theirPaths = plan[name]?.map((_, k) => `/case/${name}/${k}`);
      const theirs = theirPaths && (() => cannon(theirTarget, theirPaths, duration, connections, pgCpu));
      if (theirPaths && warmup > 0) await cannon(theirTarget, theirPaths, warmup, connections);
      const windows: { r: Window; b?: Window }[] = [];
      for (let round = 0; round < rounds; round++) {
        const r = await ours();
        const b = theirs && (await theirs());
        windows.push({ r, b });
        log(`${name.padEnd(20)} round ${round + 1}: ${describe(r)}${b ? ` | baseline ${describe(b)} | ratio ${(r.rps / b.rps).toFixed(2)}` : ""}`);
      }
      // The round with the median ratio stands for the case (its figures, ours and the baseline's, come
      // from adjacent windows); without a baseline, the round with the median CPU time per request. At a
      // fixed rate both answer the same number of requests, so the round with our median p99 stands.
      const key = (w: (typeof windows)[number]) => (rate !== undefined ? w.r.p99_ms : w.b ? w.r.rps / w.b.rps : w.r.cpu_ms);
      const mid = [...windows].sort((x, y) => key(x) - key(y))[windows.length >> 1];
      const b = mid.b;
      const extras: Extras = {};
      if (postgres) (extras.db_cpu_ms = mid.r.db_cpu_ms), (extras.baseline_db_cpu_ms = b?.db_cpu_ms ?? null);
      if (rate !== undefined) Object.assign(extras, { max_ms: mid.r.max_ms, sustained: windows.every((w) => w.r.sustained), baseline_p99_ms: b?.p99_ms ?? null, baseline_sustained: b ? windows.every((w) => w.b!.sustained) : null });
      if (mid.r.per_instance) extras.per_instance = mid.r.per_instance;
      results[name] = {
        rps: mid.r.rps, p50_ms: mid.r.p50_ms, p99_ms: mid.r.p99_ms, cpu_ms: mid.r.cpu_ms,
        first_ms,
        errors: windows.reduce((n, p) => n + p.r.errors, 0),
        non2xx: windows.reduce((n, p) => n + p.r.non2xx, 0),
        baseline_rps: b ? b.rps : null,
        ratio: b?.rps ? mid.r.rps / b.rps : null,
        baseline_cpu_ms: b ? b.cpu_ms : null,
        // Requests per CPU second, ours over the baseline's: the throughput ratio a core to itself would give.
        cpu_ratio: b && mid.r.cpu_ms ? b.cpu_ms / mid.r.cpu_ms : null,
        ...extras,
      };
    }
    const exp = await exportRun(server.base, server.child.pid!, Number(values["export-events"]));
    log(`ndjson export: ${exp.lines} events, ${exp.mb.toFixed(1)} MB in ${exp.seconds.toFixed(2)} s; RSS grew ${exp.rss_growth_mb.toFixed(1)} MB`);
    var peakRss = rssOf(server.child.pid!, "VmHWM");
    var exportResult = exp;
    var maxConnections = await pgCpu?.maxConnections();
  } finally {
    for (const s of servers) s.child.kill("SIGTERM");
    baseline?.child.kill("SIGTERM");
    await pgCpu?.close();
  }
  return { events, results, peak_rss_mb: peakRss, export: exportResult, ...(postgres ? { skipped, max_connections: maxConnections } : {}) };
}

/** One window on one line. */
function describe(w: Window) {
  const db = w.db_cpu_ms !== undefined ? `  db cpu ${w.db_cpu_ms.toFixed(3)} ms/req` : "";
  const open = w.max_ms !== undefined ? `  max ${w.max_ms.toFixed(1)} ms${w.sustained ? "" : "  NOT SUSTAINED"}` : "";
  const each = w.per_instance ? `  [${w.per_instance.map((p) => `${p.rps.toFixed(0)} req/s ${p.cpu_ms.toFixed(3)} ms`).join(", ")}]` : "";
  const ms = (v: number) => (rate !== undefined ? v.toFixed(1) : v);
  return `${w.rps.toFixed(0).padStart(6)} req/s  p50 ${ms(w.p50_ms)} ms  p99 ${ms(w.p99_ms)} ms${open}  cpu ${w.cpu_ms.toFixed(3)} ms/req${db}${each}${w.non2xx ? `  non-2xx ${w.non2xx}` : ""}${w.errors ? `  errors ${w.errors}` : ""}`;
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
  if (!postgres && rate === undefined) {
    // SQLite's closed-loop table, as it has always been printed.
    const lines = [
      "| case | req/s | p50 ms | p99 ms | baseline req/s | ratio | CPU ms/req | baseline CPU ms/req | CPU ratio | first answer ms |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ];
    for (const [name, r] of Object.entries(run.results))
      lines.push(`| ${name} | ${r.rps.toFixed(0)} | ${r.p50_ms} | ${r.p99_ms} | ${r.baseline_rps?.toFixed(0) ?? "-"} | ${r.ratio?.toFixed(2) ?? "-"} | ${r.cpu_ms.toFixed(3)} | ${r.baseline_cpu_ms?.toFixed(3) ?? "-"} | ${r.cpu_ratio?.toFixed(2) ?? "-"} | ${r.first_ms.toFixed(1)} |`);
    lines.push(`| ndjson_export | ${run.export.lines} events in ${run.export.seconds.toFixed(2)} s | | | | | | | | |`);
    return lines.join("\n");
  }
  const f3 = (v: number | null | undefined) => (v === null || v === undefined ? "-" : v.toFixed(3));
  const ms = (v: number | null | undefined) => (v === null || v === undefined ? "-" : rate !== undefined ? v.toFixed(1) : String(v));
  const yes = (v: boolean | null | undefined) => (v === null || v === undefined ? "-" : v ? "yes" : "**no**");
  const cols: [string, (r: CaseResult) => string][] = [["req/s", (r) => r.rps.toFixed(0)], ["p50 ms", (r) => ms(r.p50_ms)], ["p99 ms", (r) => ms(r.p99_ms)]];
  if (rate !== undefined) cols.push(["max ms", (r) => ms(r.max_ms)], ["sustained", (r) => yes(r.sustained)], ["baseline p99 ms", (r) => ms(r.baseline_p99_ms)], ["baseline sustained", (r) => yes(r.baseline_sustained)]);
  else cols.push(["baseline req/s", (r) => r.baseline_rps?.toFixed(0) ?? "-"], ["ratio", (r) => r.ratio?.toFixed(2) ?? "-"]);
  cols.push(["CPU ms/req", (r) => f3(r.cpu_ms)], ["baseline CPU ms/req", (r) => f3(r.baseline_cpu_ms)], ["CPU ratio", (r) => r.cpu_ratio?.toFixed(2) ?? "-"]);
  if (postgres) cols.push(["PostgreSQL CPU ms/req", (r) => f3(r.db_cpu_ms)], ["baseline's PostgreSQL CPU ms/req", (r) => f3(r.baseline_db_cpu_ms)]);
  if (instances > 1) cols.push(["per instance: req/s, CPU ms/req", (r) => r.per_instance?.map((p) => `${p.rps.toFixed(0)}, ${p.cpu_ms.toFixed(3)}`).join(" / ") ?? "-"]);
  cols.push(["first answer ms", (r) => r.first_ms.toFixed(1)]);
  const lines = [`| case | ${cols.map((c) => c[0]).join(" | ")} |`, `|---|${cols.map(() => "---:").join("|")}|`];
  for (const [name, r] of Object.entries(run.results)) lines.push(`| ${name} | ${cols.map((c) => c[1](r)).join(" | ")} |`);
  const rest = cols.slice(1).map(() => " |").join("");
  for (const [name, why] of Object.entries(run.skipped ?? {})) lines.push(`| ${name} | skipped: ${why.replaceAll("|", "\\|")} |${rest}`);
  lines.push(`| ndjson_export | ${run.export.lines} events in ${run.export.seconds.toFixed(2)} s |${rest}`);
  return lines.join("\n");
}

/**
 * How many API instances one PostgreSQL server can feed, from the CPU each spends per request. An instance is one
 * Node process, which serves at most about one core: 1000 / a requests a second at a CPU ms a request. PostgreSQL
 * with C cores answers at most 1000 × C / d a second at d CPU ms a request. So N = C × a / d instances saturate
 * it. It assumes PostgreSQL's CPU is what runs out first on its side (not its disk: the data fits in memory
 * here) and that it scales with its cores; its connections bound N too (each instance holds up to 10 read
 * connections and Prisma's pool for writes).
 */
function projection(run: Awaited<ReturnType<typeof runMix>>) {
  const rows = Object.entries(run.results).filter(([, r]) => r.db_cpu_ms !== undefined && r.db_cpu_ms > 0);
  if (!rows.length) return { text: "", cases: {} };
  const CORES = [2, 4, 8, 16];
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const all: [string, number, number][] = rows.map(([n, r]) => [n, r.cpu_ms, r.db_cpu_ms!]);
  // The mix: each case requested equally often, so the mean of the costs per request.
  all.push(["mix (each case equally often)", mean(all.map((x) => x[1])), mean(all.map((x) => x[2]))]);
  const lines = [
    `Instances one PostgreSQL server of C cores can feed: N = C × a / d (a: API CPU ms/request, d: PostgreSQL CPU ms/request); max_connections ${run.max_connections}`,
    `| case | a: API CPU ms/req | d: PostgreSQL CPU ms/req | a / d | ${CORES.map((c) => `N, C=${c}`).join(" | ")} |`,
    `|---|---:|---:|---:|${CORES.map(() => "---:").join("|")}|`,
  ];
  const cases: Record<string, { api_cpu_ms: number; db_cpu_ms: number; instances_per_db_core: number }> = {};
  for (const [n, a, d] of all) {
    lines.push(`| ${n} | ${a.toFixed(3)} | ${d.toFixed(3)} | ${(a / d).toFixed(2)} | ${CORES.map((c) => ((c * a) / d).toFixed(1)).join(" | ")} |`);
    cases[n] = { api_cpu_ms: a, db_cpu_ms: d, instances_per_db_core: a / d };
  }
  return { text: lines.join("\n"), cases };
}

const duration = Number(values.duration);
const warmup = Number(values.warmup);
const rounds = Math.max(1, Number(values.rounds));
const connections = Number(values.connections);
let failures: string[] = [];
if (values.scale) {
  const runs: Awaited<ReturnType<typeof runMix>>[] = [];
  for (const events of [10_000, 100_000, 1_000_000]) runs.push(await runMix(events, duration, connections));
  const names = Object.keys(runs[0].results).filter((n) => runs.every((r) => n in r.results));
  console.log(`| case | ${runs.map((r) => `${r.events.toLocaleString("en")} events: CPU ms/request`).join(" | ")} | growth 10k→1M |`);
  console.log(`|---|${runs.map(() => "---:").join("|")}|---:|`);
  for (const n of names) {
    const cost = runs.map((r) => r.results[n].cpu_ms); // CPU time per request: what the size of the data changes
    console.log(`| ${n} | ${cost.map((c) => c.toFixed(3)).join(" | ")} | ${(cost[cost.length - 1] / cost[0]).toFixed(2)}× |`);
  }
  console.log(`\n| case | ${runs.map((r) => `${r.events.toLocaleString("en")} events: first answer ms`).join(" | ")} |`);
  console.log(`|---|${runs.map(() => "---:").join("|")}|`);
  for (const n of names) console.log(`| ${n} | ${runs.map((r) => r.results[n].first_ms.toFixed(1)).join(" | ")} |`);
  if (postgres) {
    console.log(`\n| case | ${runs.map((r) => `${r.events.toLocaleString("en")} events: PostgreSQL CPU ms/request`).join(" | ")} | growth 10k→1M |`);
    console.log(`|---|${runs.map(() => "---:").join("|")}|---:|`);
    for (const n of names) {
      const cost = runs.map((r) => r.results[n].db_cpu_ms ?? NaN);
      console.log(`| ${n} | ${cost.map((c) => c.toFixed(3)).join(" | ")} | ${(cost[cost.length - 1] / cost[0]).toFixed(2)}× |`);
    }
    for (const r of runs) for (const [n, why] of Object.entries(r.skipped ?? {})) console.log(`${r.events} events: ${n} skipped: ${why}`);
  }
  failures = runs.flatMap((r) => problemsOf(r).map((p) => `${r.events} events: ${p}`));
  for (const f of failures) console.log(`FAILED ${f}`);
  if (values.json) console.log(JSON.stringify({ scale: runs.map((r) => ({ ...r, failures: problemsOf(r) })) }));
} else {
  const run = await runMix(Number(values.events), duration, connections);
  console.log(table(run));
  console.log(`peak RSS ${run.peak_rss_mb.toFixed(1)} MB; export RSS growth ${run.export.rss_growth_mb.toFixed(1)} MB`);
  const projected = postgres ? projection(run) : undefined;
  if (projected?.text) console.log(`\n${projected.text}`);
  failures = problemsOf(run);
  for (const f of failures) console.log(`FAILED ${f}`);
  const more = postgres ? { engine, instances, skipped: run.skipped, projection: projected?.cases, max_connections: run.max_connections } : {};
  if (values.json)
    console.log(JSON.stringify({ events: run.events, cases: run.results, peak_rss_mb: run.peak_rss_mb, export_rss_growth_mb: run.export.rss_growth_mb, export: run.export, failures, ...more, ...(rate !== undefined ? { rate } : {}) }));
}
// A run with a failed case is not a measurement: exit non-zero so scripts notice.
process.exit(failures.length ? 1 : 0);
