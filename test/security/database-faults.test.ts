// A database that goes wrong after the server started: damaged, unwritable,
// locked by another process. Each is the operator's to fix, so requests get
// a 503 problem+json that names the condition and what to do, never a 500,
// and the server keeps serving what it still can.
import t from "tap";
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { randomUUID } from "node:crypto";
import { execFileSync, spawn } from "node:child_process";
import Database from "better-sqlite3";
import { buildApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { copyDatabase } from "../helpers/build.ts";
import { TMP_DIR } from "../helpers/paths.ts";
import { bearer, tokenIn } from "../helpers/keys.ts";
import { freePort } from "../helpers/server.ts";
import { childEnv } from "../helpers/child.ts";
import { assertProblem } from "../helpers/problem.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function appOn(t: Parameters<typeof copyDatabase>[0], file: string) {
  const app = await buildApp(loadConfig({}, { DATABASE_URL: `file:${file}`, LOG_LEVEL: "silent", MAX_EVENT_LOOP_DELAY_MS: 0, RATE_LIMIT_ENABLED: false }));
  let closed = false;
  t.teardown(() => (closed ? undefined : app.close()));
  return { app, close: async () => ((closed = true), app.close()) };
}

const place = (name: string) => ({ name, kind: "city", country: "NOR", geo_precision: "locality" });

/** Overwrites every page of the file from `fromPage` (0 = the header too) with the same garbage bytes. */
function overwritePages(file: string, fromPage: number) {
  const fd = openSync(file, "r+");
  try {
    const header = Buffer.alloc(2);
    readSync(fd, header, 0, 2, 16);
    const pageSize = header.readUInt16BE(0) === 1 ? 65536 : header.readUInt16BE(0);
    const junk = Buffer.alloc(pageSize, 0xab);
    for (let at = fromPage * pageSize; at < fstatSync(fd).size; at += pageSize) writeSync(fd, junk, 0, pageSize, at);
  } finally {
    closeSync(fd);
  }
}

for (const [what, fromPage] of [["pages after the header", 1], ["the whole file, header included", 0]] as const) {
  t.test(`a database damaged after start (${what}): reads and writes get a 503 database_damaged, and the server closes cleanly`, async (t) => {
    const file = copyDatabase(t);
    const { app, close } = await appOn(t, file);
    const auth = { ...(await bearer(app)), "content-type": "application/json" };
    const before = await app.inject({ method: "POST", url: "/v1/places", headers: auth, payload: place("Tromsø") });
    t.equal(before.statusCode, 201, "a write before the damage");

    // The pages the next requests need are read from the file, not from SQLite's cache: the app has not read them yet.
    overwritePages(file, fromPage);

    const read = await app.inject({ method: "GET", url: "/v1/claims?limit=5&include=quantities" });
    const body = assertProblem(t, read, 503, "database_damaged");
    t.match(body.detail, /damaged.*restore the last backup \(npm run restore -- BACKUP\)/, "names the condition and what to do");
    t.notOk(read.headers["retry-after"], "no Retry-After: retrying cannot help until a backup is restored");

    const write = await app.inject({ method: "POST", url: "/v1/places", headers: auth, payload: place("Bodø") });
    assertProblem(t, write, 503, "database_damaged");

    const health = await app.inject({ method: "GET", url: "/healthz" });
    t.equal(health.statusCode, 200, "the server itself still answers");
    await t.resolves(close(), "and closes without an error, skipping the statistics it cannot write");
  });
}

t.test("every kind of read on a damaged file (a list, a record, statistics, the change feed) is a 503 database_damaged", async (t) => {
  const file = copyDatabase(t);
  const { app } = await appOn(t, file);
  overwritePages(file, 1);
  for (const url of ["/v1/events?limit=2", "/v1/events/evt_2024-10-21-summons-russian-ambassador", "/v1/stats/claims?group_by=stance", "/v1/changes?limit=5"]) {
    assertProblem(t, await app.inject({ method: "GET", url }), 503, "database_damaged");
  }
});

const root = process.getuid?.() === 0;
const chattr = (flag: "+i" | "-i", ...files: string[]) => execFileSync("chattr", [flag, ...files], { stdio: "pipe" });
const immutableWorks = (() => {
  if (!root) return false;
  const probe = `${TMP_DIR}${randomUUID()}.probe`;
  writeFileSync(probe, "");
  try {
    chattr("+i", probe);
    chattr("-i", probe);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { force: true });
  }
})();

// chmod after start changes nothing here: SQLite keeps the database and its
// write-ahead log open, and permissions are checked when a file is opened, not
// on each write. What the kernel does refuse on an open file is the immutable
// attribute (chattr +i), which only root can set: the server's writes then
// fail as they do on a file system that turned read-only after start.
t.test("a database the kernel stops writing after start: writes get a 503 with Retry-After, reads still work", {
  skip: !root ? "needs root, for chattr +i: as another user a chmod does not stop writes to files already open" : !immutableWorks ? "chattr +i is not possible on this file system" : false,
}, async (t) => {
  const file = copyDatabase(t);
  const { app } = await appOn(t, file);
  const auth = { ...(await bearer(app)), "content-type": "application/json" };
  t.equal((await app.inject({ method: "POST", url: "/v1/places", headers: auth, payload: place("Tromsø") })).statusCode, 201);
  const files = [file, `${file}-wal`, `${file}-shm`];
  chattr("+i", ...files);
  t.teardown(() => chattr("-i", ...files));

  const write = await app.inject({ method: "POST", url: "/v1/places", headers: auth, payload: place("Bodø") });
  const body = assertProblem(t, write, 503, "database_unavailable");
  t.match(body.detail, /could not be reached, read or written.*check the disk and the file/);
  t.ok(Number(write.headers["retry-after"]) > 0, "with Retry-After");
  chattr("-i", ...files);

  const list = await app.inject({ method: "GET", url: "/v1/places?limit=500&fields=name" });
  t.equal(list.statusCode, 200, "reads still work");
  const names = (JSON.parse(list.body).data as { name: string }[]).map((p) => p.name);
  t.ok(names.includes("Tromsø"), "the write before is there");
  t.notOk(names.includes("Bodø"), "the refused write left nothing");
  const again = await app.inject({ method: "POST", url: "/v1/places", headers: auth, payload: place("Bodø") });
  t.equal(again.statusCode, 201, "once the file is writable again, the same write goes in");
});

// SQLite fails such a write at once rather than after the busy timeout: the
// write transaction began as a read, and a reader waiting for the lock could deadlock.
t.test("a write lock another process holds: a 503 database_busy with Retry-After, and nothing written", async (t) => {
  const file = copyDatabase(t);
  const { app } = await appOn(t, file);
  const auth = { ...(await bearer(app)), "content-type": "application/json" };
  // Another process's writer (a script, a second server) holding SQLite's one write lock.
  const other = new Database(file);
  t.teardown(() => other.close());
  other.exec("BEGIN IMMEDIATE");
  const write = await app.inject({ method: "POST", url: "/v1/places", headers: auth, payload: place("Tromsø") });
  other.exec("ROLLBACK");
  const body = assertProblem(t, write, 503, "database_busy");
  t.match(body.detail, /locked by another process/);
  t.ok(Number(write.headers["retry-after"]) > 0, "with Retry-After");
  const read = await app.inject({ method: "GET", url: "/v1/places?q=Troms" });
  t.equal(JSON.parse(read.body).page.total, 0, "nothing was written");
  t.equal((await app.inject({ method: "POST", url: "/v1/places", headers: auth, payload: place("Tromsø") })).statusCode, 201, "the retry goes in");
});

/** Why the server cannot be run here on a small file system of its own, or null when it can (root, and mounts allowed). */
const cannotMount = (() => {
  if (!root) return "needs root, to mount a small tmpfs for the database (in a mount namespace of the server's own, gone when it exits)";
  const dir = mkdtempSync(`${TMP_DIR}mount-probe-`);
  try {
    execFileSync("unshare", ["--mount", "--propagation", "private", "sh", "-c", 'mount -t tmpfs -o size=64k tmpfs "$0"', dir], { stdio: "pipe" });
    return null;
  } catch (err) {
    return `mounting a tmpfs in a mount namespace is not allowed here (${(err as Error).message.split("\n")[0]})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

// A real full disk: the server runs in a mount namespace of its own, on a
// tmpfs a little larger than its database, and writes until it is full.
t.test("a disk that fills up: the write that does not fit gets a 503 database_full with Retry-After; the others are stored whole", { skip: cannotMount ?? false }, async (t) => {
  const source = copyDatabase(t);
  const token = await tokenIn(source, "filler");
  const dir = mkdtempSync(`${TMP_DIR}full-`);
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const sizeKb = Math.ceil(statSync(source).size / 1024) + 512;
  const child = spawn("unshare", ["--mount", "--propagation", "private", "sh", "-c", 'mount -t tmpfs -o size="$SIZE" tmpfs "$DIR" && cp "$SOURCE" "$DIR/records.db" && exec "$NODE" --import tsx src/server.ts'], {
    cwd: ROOT,
    env: childEnv({ ...process.env, DIR: dir, SOURCE: source, SIZE: `${sizeKb}k`, NODE: process.execPath, DATABASE_URL: `file:${dir}/records.db`, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", SEED_ON_EMPTY: "false", RATE_LIMIT_ENABLED: "false", MAX_EVENT_LOOP_DELAY_MS: "0" }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  t.teardown(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });
  while (!(await fetch(`${base}/healthz`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }

  const statuses: number[] = [];
  let refusal: Response | undefined;
  // Each actor is about 25 kB with its aliases, twice that with its revision: the disk is full within a few dozen.
  for (let i = 0; i < 200 && !refusal; i++) {
    const res = await fetch(`${base}/v1/actors`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ kind: "person", name: `Filler ${i}`, description: `filler ${i} `.repeat(150), aliases: Array.from({ length: 50 }, (_, j) => ({ name: `filler ${i} ${j} ${"x".repeat(150)}`, kind: "spelling" })) }),
    });
    statuses.push(res.status);
    if (res.status !== 201) refusal = res;
    else await res.arrayBuffer();
  }
  t.ok(refusal, `the disk filled up after ${statuses.length - 1} writes`);
  t.equal(refusal!.status, 503);
  t.match(refusal!.headers.get("content-type"), /^application\/problem\+json/);
  const body = await refusal!.json();
  t.equal(body.code, "database_full");
  t.match(body.detail, /disk that holds the database is full.*free disk space/);
  t.ok(Number(refusal!.headers.get("retry-after")) > 0, "with Retry-After");

  const stored = await (await fetch(`${base}/v1/actors?q=Filler&limit=500&fields=name`)).json();
  t.equal(stored.page.total, statuses.filter((s) => s === 201).length, "reads still work, and every acknowledged write is stored, the refused one not at all");
  child.kill("SIGTERM");
  t.equal(await exited, 0, "the server stops cleanly on a full disk");
});
