// Runs every recipe of the README's "Questions you can ask" and checks that
// each piece of the output it shows still appears, in order, in the real answer.
import t from "tap";
import { readFileSync } from "node:fs";
import { build } from "./helpers/build.ts";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const section = readme.slice(readme.indexOf("## Questions you can ask"), readme.indexOf("\n## ", readme.indexOf("## Questions you can ask") + 1));
const recipes = [...section.matchAll(/```sh\n(curl -s '([^']+)')\n```\n```text\n([\s\S]*?)```/g)].map((m) => ({ command: m[1], url: m[2], shown: m[3] }));

t.test("the README has about ten recipes", async (t) => {
  t.ok(recipes.length >= 10, `${recipes.length} recipes`);
  t.equal(recipes.length, (section.match(/```sh/g) ?? []).length, "every sh block is a recipe with its output");
});

t.test("each recipe prints what the README shows", async (t) => {
  const app = await build(t);
  for (const { command, url, shown } of recipes) {
    t.match(url, /^localhost:3000\//, `${command}: runs against npm start's default port`);
    const res = await app.inject({ method: "GET", url: url.slice("localhost:3000".length) });
    t.equal(res.statusCode, 200, command);
    const pieces = shown.split(/…|\n/).map((p) => p.trim()).filter((p) => p !== "");
    t.ok(pieces.length > 0);
    let from = 0;
    for (const piece of pieces) {
      const at = res.body.indexOf(piece, from);
      t.ok(at >= 0, `${command}: shows ${piece.slice(0, 80)}`);
      if (at >= 0) from = at + piece.length;
    }
  }
});

// Every other shell block of the README, run as written in bash against the real
// server on a fresh seeded file (localhost:3000 pointed at it): each must exit 0,
// and no curl in it may meet a 401, a 404, a 5xx or no server at all. Blocks that
// install, test, benchmark or soak are the suite's and the bench's own business;
// those on PostgreSQL run in test/postgres/schema.test.ts.
const SKIP = /npm install|npm test|npm run (bench|soak|db:migration)|npm start|postgresql:\/\//;
const blocks = [...readme.matchAll(/^( *)```sh\n([\s\S]*?)^\1```$/gm)]
  .map((m) => m[2].split("\n").map((l) => l.slice(m[1].length)).join("\n"))
  .filter((b) => !/^curl -s '[^']+'\n$/.test(b)); // the recipes, checked above

t.test("every shell example of the README runs as written against the server", async (t) => {
  const { spawnSync } = await import("node:child_process");
  const { existsSync, rmSync } = await import("node:fs");
  const { fileURLToPath } = await import("node:url");
  const { copyDatabase } = await import("./helpers/build.ts");
  const { startServer } = await import("./helpers/server.ts");
  const root = fileURLToPath(new URL("../", import.meta.url));
  const file = copyDatabase(t);
  const server = await startServer(t, file);
  const host = server.base.replace(/^http:\/\//, "");
  const written = ["events.ndjson"].filter((f) => !existsSync(`${root}${f}`));
  t.teardown(() => written.forEach((f) => rmSync(`${root}${f}`, { force: true })));
  const runnable = blocks.filter((b) => !SKIP.test(b));
  t.ok(runnable.length >= 4, `${runnable.length} blocks to run (${blocks.length - runnable.length} skipped)`);
  // curl, as the blocks call it, also reports each answer's status on stderr.
  // npm run import exits 1 when it rejects rows, as the README says of the UCDP sample.
  const prelude = [
    "set -eo pipefail",
    `curl() { command curl -w '%{stderr}HTTP %{http_code} %{url_effective}\\n' "$@"; }`,
    `npm() { command npm "$@" || { local s=$?; [[ "$*" == *"run import"* && $s -eq 1 ]] || return $s; }; }`,
    "",
  ].join("\n");
  for (const block of runnable) {
    const script = prelude + block.replaceAll("localhost:3000", host);
    const res = spawnSync("bash", ["-c", script], { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: `file:${file}`, LOG_LEVEL: "warn" }, timeout: 120_000 });
    const first = block.split("\n").find((l) => l && !l.startsWith("#")) ?? block;
    t.equal(res.status, 0, `${first}: exits 0${res.status ? `\n${res.stderr.slice(-800)}` : ""}`);
    const statuses = [...res.stderr.matchAll(/^HTTP (\d{3}) (\S+)$/gm)].map((m) => ({ status: Number(m[1]), url: m[2] }));
    t.ok(statuses.length > 0 || !/\bcurl\b/.test(block), `${first}: its requests ran`);
    for (const s of statuses) t.notOk([0, 401, 404].includes(s.status) || s.status >= 500, `${s.url} answered ${s.status}`);
  }
});
