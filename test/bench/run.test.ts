// The benchmark harness runs end to end on a tiny dataset: every case of the
// mix completes requests against the real server and the baseline, and --json
// ends with the documented object. No time is asserted (see BENCHMARKS.md).
import t from "tap";
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { copyDatabase } from "../helpers/build.ts";
import { startServer } from "../helpers/server.ts";
import { childEnv, tsArgs } from "../helpers/child.ts";

const run = promisify(execFile);

t.test("npm run bench on 300 events prints every case, its baseline ratio and the memory figures", async (t) => {
  const file = join(mkdtempSync(join(tmpdir(), "bench-run-")), "events.db");
  const { stdout } = await run(
    process.execPath,
    tsArgs("bench/run.ts", "--events", "300", "--file", file, "--duration", "1", "--rounds", "2", "--warmup", "0", "--connections", "2", "--json"),
    // Load shedding off in the server the bench starts (it inherits this
    // environment): on a busy machine it answered 503 to the plan capture's
    // first request, and shedding is not what this test checks.
    { timeout: 120_000, maxBuffer: 16 * 1024 * 1024, env: childEnv({ ...process.env, MAX_EVENT_LOOP_DELAY_MS: "0" }) },
  );
  const lines = stdout.trim().split("\n");
  const out = JSON.parse(lines[lines.length - 1]);
  t.equal(out.events, 300);
  t.same(out.failures, [], "no case failed");
  const names = ["single", "filtered_list", "filtered_list_newest", "claims_by_claimant_alias", "full_text", "actor_alias_lookup", "stats_by_month"];
  t.same(Object.keys(out.cases).sort(), [...names].sort());
  for (const name of names) {
    const c = out.cases[name];
    t.ok(c.rps > 0 && c.p50_ms >= 0 && c.p99_ms >= c.p50_ms, `${name}: requests completed, percentiles in order`);
    t.ok(c.first_ms > 0, `${name}: the first answer's time`);
  }
  for (const name of ["single", "filtered_list", "filtered_list_newest"]) t.ok(out.cases[name].baseline_rps > 0 && out.cases[name].ratio > 0, `${name} has a baseline and a ratio`);
  t.equal(out.export.lines, 300, "the export streamed every event");
  t.ok(out.peak_rss_mb > 0 && Number.isFinite(out.export_rss_growth_mb));
  t.match(stdout, /\| single \| \d+ \|/, "the human table is printed too");
});

t.test("npm run bench:latency reports every connection's share and the percentiles, and fails on non-2xx", async (t) => {
  const server = await startServer(t, copyDatabase(t));
  const latency = (path: string) =>
    run(process.execPath, tsArgs("bench/latency.ts", `${server.base}${path}`, "--connections", "3", "--duration", "1"), { timeout: 60_000, env: childEnv() });
  const { stdout } = await latency("/v1/events?limit=5");
  const m = /^(\d+) requests on 3 connections \(each completed (\d+)–(\d+)\), 0 non-2xx\nlatency ms: p50 ([\d.]+) {2}p99 ([\d.]+) {2}max ([\d.]+)\n$/.exec(stdout);
  t.ok(m, `the two summary lines:\n${stdout}`);
  if (m) {
    t.ok(Number(m[1]) >= 3 && Number(m[2]) >= 1, "every connection completed requests");
    t.ok(Number(m[4]) <= Number(m[5]) && Number(m[5]) <= Number(m[6]), "p50 ≤ p99 ≤ max");
  }
  const failing = await latency("/v1/events/evt_none").then(() => null, (err: { code: number; stdout: string }) => err);
  t.equal(failing?.code, 1, "a URL answering 404 makes it exit 1");
  t.match(failing?.stdout ?? "", /[1-9]\d* non-2xx/);
});
