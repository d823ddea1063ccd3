// Open-loop load: requests sent at fixed times (R a second), whatever the
// server's answers do, each timed from when it was due. autocannon's
// overallRate is not that: it paces its connections, but a connection sends
// its next request only after the answer to the last one, and times a request
// from when it was actually sent. A server falling behind then lowers the load
// it is offered and the queue it builds is not in the percentiles
// (coordinated omission). Here a late server meets a growing queue, and its
// latencies and its answered rate show it.
import http from "node:http";

export type OpenLoopResult = {
  /** Requests due in the window (rate × duration) and those answered. */
  offered: number; answered: number;
  /** Answered requests per second, from the first request's due time to the last answer. */
  rps: number;
  p50_ms: number; p99_ms: number; max_ms: number; errors: number; non2xx: number;
  /** Every request answered with 2xx, and the answered rate within 5% of the offered one (a queue that grew falls below it). */
  sustained: boolean;
  /** Requests answered by each base URL, in order. */
  perBase: number[];
};

export const percentile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] : NaN);

/**
 * Sends `rate` requests a second for `duration` seconds, spread round-robin over `bases`, cycling through
 * `paths` (each base sees every path), and waits for every answer (at most 30 s each).
 */
export async function openLoop(bases: string[], paths: string[], rate: number, duration: number): Promise<OpenLoopResult> {
  const agents = bases.map(() => new http.Agent({ keepAlive: true, maxSockets: Infinity }));
  const total = Math.max(1, Math.round(rate * duration));
  const latencies: number[] = [];
  const perBase = bases.map(() => 0);
  let errors = 0;
  let non2xx = 0;
  let sent = 0;
  let open = 0;
  let lastAnswer = 0;
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const settle = () => {
      open--;
      lastAnswer = performance.now();
      if (sent === total && open === 0) resolve();
    };
    const fire = (i: number) => {
      const due = t0 + (i * 1000) / rate;
      const b = i % bases.length;
      const path = paths[Math.floor(i / bases.length) % paths.length];
      open++;
      const req = http.get(bases[b] + path, { agent: agents[b] }, (res) => {
        res.resume();
        res.on("end", () => {
          if (res.statusCode! < 200 || res.statusCode! >= 300) non2xx++;
          latencies.push(performance.now() - due);
          perBase[b]++;
          settle();
        });
        res.on("error", () => (errors++, settle()));
      });
      req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
      req.on("error", () => (errors++, settle()));
    };
    // Each tick sends every request due by now: timers are late by a millisecond or more, never early.
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - t0) * rate) / 1000) + 1);
      while (sent < due) fire(sent++);
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  for (const a of agents) a.destroy();
  latencies.sort((a, b) => a - b);
  const rps = latencies.length / Math.max((lastAnswer - t0) / 1000, duration);
  return {
    offered: total, answered: latencies.length, rps,
    p50_ms: percentile(latencies, 0.5), p99_ms: percentile(latencies, 0.99), max_ms: latencies[latencies.length - 1] ?? NaN,
    errors, non2xx, sustained: errors === 0 && non2xx === 0 && rps >= 0.95 * rate, perBase,
  };
}
