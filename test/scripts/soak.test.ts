// The soak script, run for a few seconds: it drives the real server, counts
// what went wrong, and reports latency and memory.
import t from "tap";
import { report, slope, soak } from "../../scripts/soak.ts";
import { TEMPLATE } from "../helpers/paths.ts";

// Load shedding off, as in build(): a busy test machine is not an overloaded server.
const quiet = { template: TEMPLATE, log: () => {}, env: { MAX_EVENT_LOOP_DELAY_MS: "0" } };

t.test("a short soak answers everything and reports latency and memory", async (t) => {
  const s = await soak({ duration: 3, rate: 20, writes: 0.2, sample: 1, ...quiet });
  t.equal(s.requests, 60);
  t.same(s.by_kind, { read: 48, write: 12 });
  t.equal(s.errors, 0, s.error_examples.join("\n"));
  t.ok(Object.keys(s.statuses).every((status) => /^2\d\d$/.test(status)), JSON.stringify(s.statuses));
  t.ok(s.statuses[201] >= 5, "writes created places");
  const { all } = s.latency_ms;
  t.ok(all.count >= 60 && all.p50 > 0 && all.p50 <= all.p95 && all.p95 <= all.p99 && all.p99 <= all.max, JSON.stringify(all));
  t.ok(s.rss_mb.length >= 3 && s.rss_mb.every((r) => r.mb > 10), "memory was sampled from the server's /proc status");
  t.ok(Number.isFinite(s.rss_slope_mb_per_min));
  t.equal(s.rss_slope_after_warmup_mb_per_min, null, "no warm-up cut on a run under two minutes");
  t.match(report(s), /errors: 0\n[^]*p95[^]*RSS slope: [-\d.]+ MB\/min/);
});

t.test("answers the soak did not expect are counted as errors, with examples", async (t) => {
  // With keys required for reads, the soak's unauthenticated reads get 401.
  const s = await soak({ duration: 1, rate: 10, writes: 0, sample: 1, ...quiet, env: { ...quiet.env, READ_REQUIRES_KEY: "true" } });
  t.ok(s.errors > 0 && s.errors === s.statuses[401], JSON.stringify(s.statuses));
  t.match(s.error_examples[0], /-> 401/);
});

t.test("the slope is a least-squares fit", async (t) => {
  t.equal(slope([{ x: 0, y: 100 }, { x: 1, y: 102 }, { x: 2, y: 104 }]), 2);
  t.equal(slope([{ x: 0, y: 100 }, { x: 1, y: 110 }, { x: 2, y: 100 }]), 0);
  t.equal(slope([{ x: 0, y: 5 }]), 0);
});
