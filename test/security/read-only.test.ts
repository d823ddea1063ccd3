// READ_ONLY=true: the server opens its database read-only, serves every read,
// and answers every write with a 503 `read_only` before anything touches the
// database; nothing at start (migrations, the seed, the cursor secret) or at
// close writes to the file. A file that is itself read-only at start is
// refused without READ_ONLY, with a line that suggests it.
import t, { type Test } from "tap";
import { createHash, randomUUID } from "node:crypto";
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { copyDatabase } from "../helpers/build.ts";
import { EMPTY_TEMPLATE, TMP_DIR } from "../helpers/paths.ts";
import { tokenIn } from "../helpers/keys.ts";
import { startServer } from "../helpers/server.ts";
import { assertProblem } from "../helpers/problem.ts";
import { childEnv, tsArgs } from "../helpers/child.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

type Parameter = { in: string; name: string; required?: boolean; schema?: { example?: unknown }; example?: unknown; $ref?: string };
type Document = { paths: Record<string, Record<string, { parameters?: Parameter[] }>>; components?: { parameters?: Record<string, Parameter> } };

/** Every operation of the live document, with its path's parameters filled in from their examples. */
function operations(doc: Document): { method: string; url: string }[] {
  const out: { method: string; url: string }[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters ?? []).map((p) => (p.$ref ? doc.components?.parameters?.[p.$ref.split("/").pop()!] : p));
      const example = (p: Parameter | undefined) => encodeURIComponent(String(p?.schema?.example ?? p?.example));
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => example(params.find((p) => p?.in === "path" && p.name === name)));
      const query = params.filter((p) => p?.in === "query" && p.required).map((p) => `${p!.name}=${example(p)}`);
      out.push({ method: method.toUpperCase(), url: query.length ? `${url}?${query.join("&")}` : url });
    }
  }
  return out;
}

const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

t.test("READ_ONLY=true: every write of the document gets a 503 read_only, every read is served, and the file is not changed", async (t) => {
  const file = copyDatabase(t);
  // A key, and the cursor secret a server stores on its first start, as on a database that has served before.
  const token = await tokenIn(file, "curator");
  const before = digest(file);
  const walBefore = existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0;

  const app = await buildApp(loadConfig({}, { DATABASE_URL: `file:${file}`, LOG_LEVEL: "silent", MAX_EVENT_LOOP_DELAY_MS: 0, RATE_LIMIT_ENABLED: false, READ_ONLY: true }));
  await app.ready();
  const all = operations(app.swagger() as unknown as Document);
  const writes = all.filter((o) => !["GET", "HEAD", "OPTIONS"].includes(o.method));
  t.ok(writes.length >= 15, `the document lists the write routes (${writes.length})`);
  for (const { method, url } of writes) {
    for (const headers of [{ authorization: `Bearer ${token}`, "content-type": "application/json" }, { "content-type": "application/json" }]) {
      const res = await app.inject({ method: method as "POST", url, headers, payload: "{}" });
      const body = assertProblem(t, res, 503, "read_only");
      t.match(body.detail, /reads only \(READ_ONLY=true\)/, `${method} ${url}${headers.authorization ? "" : " without a key"}`);
    }
  }

  const reads = all.filter((o) => o.method === "GET");
  t.ok(reads.length >= 20, `the document lists the read routes (${reads.length})`);
  for (const { url } of reads) {
    const res = await app.inject({ method: "GET", url, headers: { authorization: `Bearer ${token}` } });
    // A few examples name nothing on purpose (a revision's instant, an import job): those are 404s, never a refusal.
    t.ok(res.statusCode === 200 || res.statusCode === 404, `GET ${url}: ${res.statusCode}`);
  }
  const first = JSON.parse((await app.inject({ method: "GET", url: "/v1/claims?limit=2" })).body);
  const next = await app.inject({ method: "GET", url: `/v1/claims?limit=2&cursor=${encodeURIComponent(first.page.next_cursor)}` });
  t.equal(next.statusCode, 200, "paging works, with the cursor secret read from the database");
  t.ok(JSON.parse((await app.inject({ method: "GET", url: "/v1/claims?q=withdrawal" })).body).data.length > 0, "full-text search works");
  const health = JSON.parse((await app.inject({ method: "GET", url: "/healthz" })).body);
  t.same(health, { status: "ok", read_only: true }, "/healthz says the server is read-only");
  t.equal((await app.inject({ method: "POST", url: "/v1/no-such-thing" })).statusCode, 404, "a write to no route is still a 404");
  t.equal((await app.inject({ method: "DELETE", url: "/healthz" })).statusCode, 405, "and a wrong method a 405");
  await app.close();

  t.equal(digest(file), before, "the database file's bytes are unchanged");
  const walAfter = existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0;
  t.equal(walAfter, walBefore, "and nothing went to its write-ahead log");
});

t.test("READ_ONLY=true on a database that never served: cursors are signed with a secret of the process, and nothing is stored", async (t) => {
  const file = copyDatabase(t);
  const before = digest(file);
  const app = await buildApp(loadConfig({}, { DATABASE_URL: `file:${file}`, LOG_LEVEL: "silent", MAX_EVENT_LOOP_DELAY_MS: 0, RATE_LIMIT_ENABLED: false, READ_ONLY: true }));
  const first = JSON.parse((await app.inject({ method: "GET", url: "/v1/events?limit=2" })).body);
  t.equal((await app.inject({ method: "GET", url: `/v1/events?limit=2&cursor=${encodeURIComponent(first.page.next_cursor)}` })).statusCode, 200);
  await app.close();
  t.equal(digest(file), before, "nothing was stored");
});

/** Runs the server from source with these settings until it exits or serves; its exit code (null: it served) and output. */
function runServer(env: Record<string, string>): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, tsArgs("src/server.ts"), { cwd: ROOT, env: childEnv({ ...process.env, LOG_LEVEL: "warn", PORT: "0", ...env }), stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, err });
    });
  });
}

const root = process.getuid?.() === 0;

/** Why this process cannot make a file read-only for itself, or null when it can (chmod for a user; the immutable attribute for root, who writes through any mode). */
const cannotMakeReadOnly = (() => {
  if (!root) return null;
  const probe = `${TMP_DIR}${randomUUID()}.probe`;
  writeFileSync(probe, "");
  try {
    execFileSync("chattr", ["+i", probe], { stdio: "pipe" });
    execFileSync("chattr", ["-i", probe], { stdio: "pipe" });
    return null;
  } catch (err) {
    return `runs as root, where only the immutable attribute makes a file read-only, and chattr +i failed here (${(err as Error).message.split("\n")[0]})`;
  } finally {
    rmSync(probe, { force: true });
  }
})();

/** Makes a file read-only for this process until the test ends. */
function makeReadOnly(t: Test, file: string) {
  if (root) {
    execFileSync("chattr", ["+i", file], { stdio: "pipe" });
    t.teardown(() => execFileSync("chattr", ["-i", file], { stdio: "pipe" }));
  } else {
    const mode = statSync(file).mode & 0o777;
    execFileSync("chmod", ["a-w", file]);
    t.teardown(() => execFileSync("chmod", [mode.toString(8), file]));
  }
}

t.test("a read-only database file at start: refused with one line that suggests READ_ONLY=true; with it, the server serves and says so", { skip: cannotMakeReadOnly ?? false }, async (t) => {
  const file = copyDatabase(t);
  const token = await tokenIn(file, "curator");
  makeReadOnly(t, file);
  const before = digest(file);

  const refused = await runServer({ DATABASE_URL: `file:${file}` });
  t.equal(refused.code, 1);
  t.equal(refused.err.trim().split("\n").length, 1, "one line");
  t.match(refused.err, /cannot start: the database .* is read-only: make it writable .*or set READ_ONLY=true to serve it read-only/);

  const server = await startServer(t, file, { READ_ONLY: "true", LOG_LEVEL: "info" });
  t.match(server.output(), /read-only mode \(READ_ONLY=true\): the database .* is open read-only; reads are served, every write gets a 503/, "one log line says so");
  t.equal((await fetch(`${server.base}/v1/events?limit=1`)).status, 200, "reads are served");
  const write = await fetch(`${server.base}/v1/places`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: "{}" });
  t.equal(write.status, 503);
  t.equal((await write.json()).code, "read_only");
  t.same(await (await fetch(`${server.base}/healthz`)).json(), { status: "ok", read_only: true });
  await server.stop();
  t.equal(server.child.exitCode, 0, "it stops cleanly");
  t.equal(digest(file), before, "the file's bytes are unchanged");
});

t.test("READ_ONLY=true on a database in WAL mode in a folder it cannot write: one line that says SQLite needs to make the -shm file", { skip: cannotMakeReadOnly ?? false }, async (t) => {
  const dir = mkdtempSync(`${TMP_DIR}ro-folder-`);
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = `${dir}/records.db`;
  copyFileSync(copyDatabase(t), file);
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file);
  db.pragma("journal_mode = WAL"); // kept in the file; closing removes the -wal and -shm files
  db.close();
  makeReadOnly(t, dir);
  const res = await runServer({ DATABASE_URL: `file:${file}`, READ_ONLY: "true" });
  t.equal(res.code, 1);
  t.equal(res.err.trim().split("\n").length, 1, "one line");
  t.match(res.err, /cannot start: the database .*records\.db cannot be opened: .*SQLite makes .*records\.db-shm beside it/);
});

t.test("READ_ONLY=true migrates nothing: db:migrate checks, and refuses a database that lacks migrations", async (t) => {
  const run = (file: string) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, tsArgs("scripts/migrate.ts"), { cwd: ROOT, env: childEnv({ ...process.env, DATABASE_URL: `file:${file}`, READ_ONLY: "true" }), stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      let err = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (err += d));
      child.on("exit", (code) => resolve({ code, out, err }));
    });
  const migrated = copyDatabase(t, EMPTY_TEMPLATE);
  const ok = await run(migrated);
  t.equal(ok.code, 0, ok.err);
  t.match(ok.out, /up to date/);

  const file = copyDatabase(t, EMPTY_TEMPLATE);
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file);
  db.exec("DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)");
  db.close();
  const before = digest(file);
  const lacking = await run(file);
  t.equal(lacking.code, 1);
  t.equal(lacking.err.trim().split("\n").length, 1, "one line");
  t.match(lacking.err, /lacks 1 migration .*READ_ONLY=true writes nothing: run npm run db:migrate without READ_ONLY first/);
  t.equal(digest(file), before, "nothing was applied");

  const missing = await run(`${file}.none`);
  t.equal(missing.code, 1);
  t.match(missing.err, /does not exist, and READ_ONLY=true makes nothing/);
  t.notOk(existsSync(`${file}.none`), "and no file was made");
});
