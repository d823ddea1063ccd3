// A second opinion on latency: N keep-alive connections, each sending one
// request at a time to one URL for S seconds, with Node's own http client.
// It prints how many requests each connection completed and p50/p99/max.
// Usage: npm run bench:latency -- URL [--connections 50] [--duration 5]
// (BENCHMARKS.md: autocannon's p99 for heavy cases is far above what this
// client sees against the same server.)
import http from "node:http";
import { cli } from "../scripts/cli.ts";

const { values, positionals } = cli({
  usage: "npm run bench:latency -- URL [--connections 50] [--duration 5]\n\nKeep-alive connections on one URL: p50/p99/max latency and how many requests each connection completed.",
  positionals: { min: 1, max: 1 },
  options: { connections: { type: "string", default: "50" }, duration: { type: "string", default: "5" } },
});
if (positionals.length !== 1) {
  console.error("usage: npm run bench:latency -- URL [--connections 50] [--duration 5]");
  process.exit(2);
}
const url = new URL(positionals[0]);
const connections = Number(values.connections);
const end = Date.now() + Number(values.duration) * 1000;

function get(agent: http.Agent) {
  return new Promise<number>((resolve, reject) => {
    http.get({ host: url.hostname, port: url.port, path: url.pathname + url.search, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    }).on("error", reject);
  });
}

const perConnection = await Promise.all(Array.from({ length: connections }, async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  let failed = 0;
  while (Date.now() < end) {
    const started = performance.now();
    const status = await get(agent);
    latencies.push(performance.now() - started);
    if (status < 200 || status > 299) failed++;
  }
  agent.destroy();
  return { latencies, failed };
}));

const counts = perConnection.map((c) => c.latencies.length).sort((a, b) => a - b);
const all = perConnection.flatMap((c) => c.latencies).sort((a, b) => a - b);
const at = (q: number) => all[Math.min(all.length - 1, Math.floor(all.length * q))];
const failed = perConnection.reduce((n, c) => n + c.failed, 0);
console.log(`${all.length} requests on ${connections} connections (each completed ${counts[0]}–${counts[counts.length - 1]}), ${failed} non-2xx`);
console.log(`latency ms: p50 ${at(0.5).toFixed(1)}  p99 ${at(0.99).toFixed(1)}  max ${all[all.length - 1].toFixed(1)}`);
process.exit(failed ? 1 : 0);
