// `npm start` runs the production bundle that `npm run build` writes
// (dist/server/index.mjs: plain JavaScript, no TypeScript loader in the server
// process). The bundle must behave like the source: it seeds an empty file
// from seed/, serves reads through the read path, and writes through Prisma.
import t from "tap";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { copyDatabase } from "../helpers/build.ts";
import { EMPTY_TEMPLATE, TMP_DIR } from "../helpers/paths.ts";
import { freePort, startServer } from "../helpers/server.ts";
import { keyInFile } from "../helpers/bundles.ts";
import { childEnv } from "../helpers/child.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ENTRY = "dist/server/index.mjs";

t.test("the built server seeds, reads and writes like the source", async (t) => {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "pipe", env: childEnv() });
  t.ok(existsSync(`${ROOT}${ENTRY}`), "npm run build writes the bundle");

  const file = copyDatabase(t, EMPTY_TEMPLATE);
  const server = await startServer(t, file, { SEED_ON_EMPTY: "true", NODE_ENV: "production" }, ENTRY);
  const events = await (await fetch(`${server.base}/v1/events?limit=1`)).json();
  t.ok(events.page.total >= 10, `the empty file was seeded from seed/ (${events.page.total} events)`);
  const one = await fetch(`${server.base}/v1/events/${events.data[0].id}?include=participants,claims`);
  t.equal(one.status, 200);
  t.ok(Array.isArray((await one.json()).participants), "a single event with its parts");

  const auth = await keyInFile(file, "builder", ["read", "write"]);
  const created = await fetch(`${server.base}/v1/places`, {
    method: "POST", headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({ id: "plc_tromso", name: "Tromsø", kind: "city", country: "NOR", geo_precision: "locality" }),
  });
  t.equal(created.status, 201, "a write goes through Prisma in the bundle too");
  t.equal((await (await fetch(`${server.base}/v1/places/plc_tromso`)).json()).name, "Tromsø");
  const bad = await fetch(`${server.base}/v1/events?from=yesterday`);
  t.equal(bad.status, 400);
  t.match(bad.headers.get("content-type"), /application\/problem\+json/);
  await server.stop();
});

// A process manager (a container's `CMD npm start`, systemd, a supervisor)
// stops the server by signalling the process it started: npm. npm passes
// SIGTERM on to its script's process, which must be the server itself (the
// script `exec`s node): with a shell in between, the shell died and the server
// kept running, orphaned, with its port still bound.
t.test("SIGTERM to `npm start` reaches the server, which shuts down and frees its port", async (t) => {
  const file = copyDatabase(t, EMPTY_TEMPLATE);
  const port = await freePort();
  const npm = spawn("npm", ["start"], {
    cwd: ROOT,
    env: childEnv({ ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${file}`, LOG_LEVEL: "info", RATE_LIMIT_ENABLED: "false" }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so that teardown can end whatever it left behind
  });
  t.teardown(() => {
    try {
      process.kill(-npm.pid!, "SIGKILL");
    } catch {}
  });
  let output = "";
  npm.stdout!.on("data", (d) => (output += d));
  npm.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => npm.once("exit", (code) => resolve(code)));
  const up = async () => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
  const deadline = Date.now() + 120_000;
  while (!(await up())) {
    if (npm.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not serve:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  npm.kill("SIGTERM");
  t.equal(await exited, 0, "npm exits 0");
  t.match(output, /"signal":"SIGTERM","msg":"shutting down"/, "the server itself got the signal");
  t.notOk(await up(), "and nothing answers on its port any more");
});

// npm runs a `prestart` hook without the script's arguments, so with one
// `npm start -- --help` migrated (and so made) a database before the server
// printed its usage. The start script now reads its arguments first.
t.test("npm start -- --help prints the usage and writes nothing; an unknown option is one line", async (t) => {
  const dir = mkdtempSync(`${TMP_DIR}start-`);
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const env = childEnv({ ...process.env, DATABASE_URL: `file:${dir}/${randomUUID()}/records.db` });
  const help = spawnSync("npm", ["start", "--", "--help"], { cwd: ROOT, env, encoding: "utf8" });
  t.equal(help.status, 0, "--help exits 0");
  t.match(help.stdout, /npm start\n\nApplies pending migrations .* every setting is an environment variable/s, "and prints the usage");
  t.same(readdirSync(dir), [], "no database and no folder for it were made");
  for (const arg of ["--nope", "serve"]) {
    const bad = spawnSync("npm", ["start", "--", arg], { cwd: ROOT, env, encoding: "utf8" });
    t.equal(bad.status, 2, `${arg}: exits 2`);
    t.equal(bad.stderr.trim().split("\n").length, 1, `${arg}: one line`);
    t.match(bad.stderr, new RegExp(`^npm start: unknown (option|argument) ${arg}: it takes no arguments`), arg);
  }
  t.same(readdirSync(dir), [], "still nothing made");
});
