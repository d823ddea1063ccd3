// The real server as a child process, for tests that must cross a process
// boundary: SIGKILL in the middle of a write, many concurrent HTTP clients.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { Test } from "tap";
import { childEnv, tsArgs } from "./child.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer().once("error", reject).listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export type RunningServer = { base: string; child: ChildProcess; output: () => string; stop(): Promise<void>; kill(): Promise<void> };

/** The server from source (through tsx), or with `entry` a built bundle (`npm run build`: dist/server/index.mjs). */
export async function startServer(t: Test, file: string, env: Record<string, string> = {}, entry?: string): Promise<RunningServer> {
  const port = await freePort();
  const vars = { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${file}`, LOG_LEVEL: "warn", SEED_ON_EMPTY: "false", RATE_LIMIT_ENABLED: "false", MAX_EVENT_LOOP_DELAY_MS: "0", ...env };
  const child = spawn(process.execPath, entry ? [entry] : tsArgs("src/server.ts"), {
    cwd: ROOT,
    env: childEnv(vars),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const server: RunningServer = {
    base,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
  t.teardown(() => server.kill());
  return server;
}
