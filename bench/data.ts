// npm run bench:data -- --events N [--seed S] [--out FILE] [--postgres URL]
import { cli } from "../scripts/cli.ts";
import cliProgress from "cli-progress";
import { defaultDataFile, generate } from "./generate.ts";

const { values } = cli({
  usage: "npm run bench:data -- --events N [--seed S] [--out FILE] [--postgres URL]\n\nGenerates a deterministic dataset of N events (with actors, claims, sources, quantities) in bench/.data/, or FILE.\n--postgres URL: then copies it (COPY, one transaction) into that PostgreSQL database, which is migrated first and must hold no records.",
  options: { events: { type: "string", default: "10000" }, seed: { type: "string" }, out: { type: "string" }, postgres: { type: "string" } },
});
const events = Number(values.events);
if (!Number.isInteger(events) || events < 1) {
  console.error("--events must be a positive integer");
  process.exit(2);
}
const file = values.out ?? defaultDataFile(events);
if (values.postgres !== undefined && !/^postgres(ql)?:\/\//.test(values.postgres)) {
  console.error("--postgres must be a postgresql:// URL");
  process.exit(2);
}
const bar = new cliProgress.SingleBar({ format: "events {bar} {percentage}% {value}/{total} eta {eta}s", stream: process.stderr, noTTYOutput: false }, cliProgress.Presets.shades_classic);
bar.start(events, 0);
const result = generate({ events, file, seed: values.seed ? Number(values.seed) : undefined, progress: (done) => bar.update(done) });
bar.stop();
for (const [table, n] of Object.entries(result.rows)) console.log(`${table.padEnd(20)} ${n.toLocaleString("en")}`);
console.log(`${result.records.toLocaleString("en")} records in ${result.seconds.toFixed(1)} s: ${Math.round(result.recordsPerSecond).toLocaleString("en")} records/s -> ${file}`);

if (values.postgres) {
  const { execFileSync } = await import("node:child_process");
  const { loadIntoPostgres } = await import("./pg-load.ts");
  execFileSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: values.postgres }, stdio: "inherit" });
  const loaded = await loadIntoPostgres(file, values.postgres).catch((err: Error) => {
    console.error(`npm run bench:data: ${err.message}`);
    process.exit(1);
  });
  const { withoutPassword } = await import("../src/db/location.ts");
  const where = withoutPassword(values.postgres);
  console.log(`${loaded.records.toLocaleString("en")} records copied into ${where} in ${loaded.seconds.toFixed(1)} s: ${Math.round(loaded.recordsPerSecond).toLocaleString("en")} records/s`);
}
