// npm run bench:data -- --events N [--seed S] [--out FILE]
import { cli } from "../scripts/cli.ts";
import cliProgress from "cli-progress";
import { defaultDataFile, generate } from "./generate.ts";

const { values } = cli({
  usage: "npm run bench:data -- --events N [--seed S] [--out FILE]\n\nGenerates a deterministic dataset of N events (with actors, claims, sources, quantities) in bench/.data/, or FILE.",
  options: { events: { type: "string", default: "10000" }, seed: { type: "string" }, out: { type: "string" } },
});
const events = Number(values.events);
if (!Number.isInteger(events) || events < 1) {
  console.error("--events must be a positive integer");
  process.exit(2);
}
const file = values.out ?? defaultDataFile(events);
const bar = new cliProgress.SingleBar({ format: "events {bar} {percentage}% {value}/{total} eta {eta}s", stream: process.stderr, noTTYOutput: false }, cliProgress.Presets.shades_classic);
bar.start(events, 0);
const result = generate({ events, file, seed: values.seed ? Number(values.seed) : undefined, progress: (done) => bar.update(done) });
bar.stop();
for (const [table, n] of Object.entries(result.rows)) console.log(`${table.padEnd(20)} ${n.toLocaleString("en")}`);
console.log(`${result.records.toLocaleString("en")} records in ${result.seconds.toFixed(1)} s: ${Math.round(result.recordsPerSecond).toLocaleString("en")} records/s -> ${file}`);
