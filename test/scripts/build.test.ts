// `npm start` runs the production bundle that `npm run build` writes
// (dist/server/index.mjs: plain JavaScript, no TypeScript loader in the server
// process). The bundle must behave like the source: it seeds an empty file
// from seed/, serves reads through the read path, and writes through Prisma.
import t from "tap";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { copyDatabase } from "../helpers/build.ts";
import { EMPTY_TEMPLATE } from "../helpers/paths.ts";
import { startServer } from "../helpers/server.ts";
import { keyInFile } from "../helpers/bundles.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ENTRY = "dist/server/index.mjs";

t.test("the built server seeds, reads and writes like the source", async (t) => {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "pipe" });
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
