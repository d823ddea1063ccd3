// The benchmark harness runs end to end on a tiny dataset: every case of the
// mix completes requests against the real server and the baseline, and --json
// ends with the documented object. No time is asserted (see BENCHMARKS.md).
import t from "tap";
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

t.test("npm run bench on 300 events prints every case, its baseline ratio and the memory figures", async (t) => {
  const file = join(mkdtempSync(join(tmpdir(), "bench-run-")), "events.db");
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", "bench/run.ts", "--events", "300", "--file", file, "--duration", "1", "--warmup", "0", "--connections", "2", "--json"],
    { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
  );
  const lines = stdout.trim().split("\n");
  const out = JSON.parse(lines[lines.length - 1]);
  t.equal(out.events, 300);
  t.same(out.failures, [], "no case failed");
  const names = ["single", "filtered_list", "claims_by_claimant_alias", "full_text", "actor_alias_lookup", "stats_by_month"];
  t.same(Object.keys(out.cases).sort(), [...names].sort());
  for (const name of names) {
    const c = out.cases[name];
    t.ok(c.rps > 0 && c.p50_ms >= 0 && c.p99_ms >= c.p50_ms, `${name}: requests completed, percentiles in order`);
  }
  for (const name of ["single", "filtered_list"]) t.ok(out.cases[name].baseline_rps > 0 && out.cases[name].ratio > 0, `${name} has a baseline and a ratio`);
  t.equal(out.export.lines, 300, "the export streamed every event");
  t.ok(out.peak_rss_mb > 0 && Number.isFinite(out.export_rss_growth_mb));
  t.match(stdout, /\| single \| \d+ \|/, "the human table is printed too");
});
