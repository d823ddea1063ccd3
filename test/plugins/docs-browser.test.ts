// Swagger UI in a real browser, as a newcomer uses it: Debian's Chromium,
// driven by playwright-core, opens /docs at 127.0.0.1 (the address the server
// logs) under the page's Content-Security-Policy, runs Try it out -> Execute on
// GET /v1/claims and GET /v1/events/{id} with the values Swagger UI fills in,
// then Authorize with an API key and POST /v1/claims with the example body,
// and reads 200, 200 and 201 in the response panels. Screenshots of the three
// panels go to test/.artifacts/. Skipped, saying why, where Chromium is absent
// (.ci/run installs it with apt-get).
import t from "tap";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = fileURLToPath(new URL("../.artifacts/", import.meta.url));
const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install chromium; .ci/run does it)`;

t.test("Swagger UI: Try it out works at 127.0.0.1, for reads and, with a key, for a write", { skip, timeout: 240_000 }, async (t) => {
  const { chromium } = await import("playwright-core");
  const app = await build(t);
  const { authorization } = await bearer(app, "swagger-ui", ["read", "write"]);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as { port: number };
  const raw = await app.inject({ method: "GET", url: "/docs/" });
  t.match(raw.headers["content-security-policy"], /connect-src 'self'/, "the CSP allows calls to this origin only");

  const profile = mkdtempSync(join(tmpdir(), "docs-browser-"));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 2000 } });
  t.teardown(async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const blocked: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Failed to fetch/i.test(m.text())) blocked.push(m.text());
  });
  await page.goto(`http://127.0.0.1:${port}/docs/`);
  await page.waitForSelector(".opblock", { timeout: 60_000 });
  t.match(await page.title(), /Swagger UI/);
  mkdirSync(ARTIFACTS, { recursive: true });

  /** Expands an operation, runs Try it out -> Execute, and returns the status shown in its response panel. */
  async function execute(tag: string, operationId: string, shot: string): Promise<string> {
    const block = page.locator(`#operations-${tag}-${operationId}`);
    await block.locator(".opblock-summary").first().click();
    await block.locator("button.try-out__btn").click();
    await block.locator("button.execute").click();
    const status = block.locator(".live-responses-table .response .response-col_status").first();
    await status.waitFor({ timeout: 60_000 });
    await block.screenshot({ path: `${ARTIFACTS}${shot}.png` });
    return (await status.innerText()).trim();
  }

  t.match(await execute("claims", "listClaims", "get-claims"), /^200/, "GET /v1/claims: 200 in the response panel");
  const claims = page.locator("#operations-claims-listClaims .live-responses-table .response-col_description .highlight-code").first();
  t.match(await claims.innerText(), /clm_/, "and the page of claims in it");
  t.match(await execute("events", "getEvent", "get-event"), /^200/, "GET /v1/events/{id}: 200 with the pre-filled id");

  await page.locator(".auth-wrapper button.authorize").click();
  await page.locator(".auth-container input").first().fill(authorization.replace(/^Bearer /, ""));
  await page.locator(".auth-btn-wrapper button.authorize").click();
  await page.locator(".auth-btn-wrapper button.btn-done").click();
  t.match(await execute("claims", "createClaim", "post-claim"), /^201/, "POST /v1/claims after Authorize: 201 with the example body");

  t.same(blocked, [], "the browser blocked no call");
});
