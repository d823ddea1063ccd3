// Swagger UI really renders under /docs's Content-Security-Policy: a headless
// Chromium loads the page from a listening server, and the operation list that
// only Swagger UI's scripts can draw must appear. Skipped where Debian's
// `chromium` is not installed.
import t from "tap";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { build } from "../helpers/build.ts";

const CHROMIUM = "/usr/bin/chromium";

t.test("Swagger UI renders at /docs with its CSP in force", { skip: existsSync(CHROMIUM) ? false : "chromium is not installed" }, async (t) => {
  const app = await build(t);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as { port: number };
  const page = await app.inject({ method: "GET", url: "/docs/" });
  t.match(page.headers["content-security-policy"], /script-src 'self'/, "the CSP is sent");
  t.notMatch(page.body, /opblock-summary/, "the raw page has no operation list: only a script can draw it");

  const { stdout } = await promisify(execFile)(CHROMIUM, [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--virtual-time-budget=10000", "--dump-dom", `http://127.0.0.1:${port}/docs/`,
  ], { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  t.match(stdout, /Conflict records API/, "the document was fetched and its title drawn");
  t.match(stdout, /class="opblock-summary-path" data-path="\/v1\/events"/, "the operations are listed");
});
