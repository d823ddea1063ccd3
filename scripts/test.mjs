// npm test: type-checks, runs every test file on SQLite (tap, with its
// coverage gate), then, when TEST_DATABASE_URL reaches a PostgreSQL server,
// runs the files that test behaviour through the API again with
// TEST_ENGINE=postgres, each test on its own copy of a PostgreSQL template
// database (test/helpers/build.ts). A test that cannot run on PostgreSQL says
// why and is counted as skipped. Arguments go to both tap runs. The last line
// adds the two runs up, in tap's own summary form.
// Plain JavaScript, like scripts/start.mjs: it runs before anything is built.
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/**
 * The files run again on PostgreSQL: those whose tests build the app with
 * build() (test/helpers/build.ts), which gives them the engine under test.
 * Other files start servers or scripts on files of their own, or test
 * PostgreSQL itself (test/postgres/, in the first run).
 */
function bothEngines() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".test.ts") && /\bbuild\(t\b/.test(readFileSync(path, "utf8"))) files.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, "test"));
  return files.filter((f) => !f.startsWith("test/postgres/")).sort();
}

const args = process.argv.slice(2);
const tsc = spawnSync("npx", ["tsc", "--noEmit"], { cwd: ROOT, stdio: "inherit" });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

/** Runs tap, passing its output through, and returns its exit code and summary counts. */
function tap(tapArgs, env) {
  return new Promise((resolve) => {
    const child = spawn("npx", ["tap", ...tapArgs, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["inherit", "pipe", "inherit"] });
    let summary = {};
    let tail = "";
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      const lines = (tail + chunk.toString()).split("\n");
      tail = lines.pop();
      for (const line of lines) {
        const m = /^# \{ (total: \d+.*) \}$/.exec(line);
        if (m) summary = Object.fromEntries(m[1].split(", ").map((kv) => kv.split(": ")).map(([k, v]) => [k, Number(v)]));
      }
    });
    child.on("close", (code) => resolve({ code: code ?? 1, summary }));
  });
}

const runs = [await tap([], {})];

const pg = process.env.TEST_DATABASE_URL;
if (pg) {
  const files = bothEngines();
  console.log(`\n# The same tests on PostgreSQL (TEST_DATABASE_URL is set): the ${files.length} files whose tests build the app`);
  // The templates were built by the first run's `before` script; coverage is SQLite's run's to judge.
  runs.push(await tap(["--before=", "--disable-coverage", ...files], { TEST_ENGINE: "postgres" }));
} else console.log("\n# TEST_DATABASE_URL is not set: the API tests ran on SQLite only (.ci/run sets it)");

const total = {};
for (const { summary } of runs) for (const [k, v] of Object.entries(summary)) total[k] = (total[k] ?? 0) + v;
if (runs.length > 1) console.log(`# { ${Object.entries(total).map(([k, v]) => `${k}: ${v}`).join(", ")} }`);
process.exit(runs.some((r) => r.code !== 0) ? 1 : 0);
