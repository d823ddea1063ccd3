// Page cursors: with no CURSOR_SECRET the server signs them with a random
// secret made on first start and kept in the database (every instance on the
// file shares it); a signature is compared strictly, character for character.
import t from "tap";
import { createHmac } from "node:crypto";
import { buildApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { build, copyDatabase, getJson } from "../helpers/build.ts";

const open = async (t: Parameters<typeof build>[0], file: string, env: Record<string, string> = {}) => {
  const app = await buildApp(loadConfig({ ...env }, { DATABASE_URL: `file:${file}`, LOG_LEVEL: "silent", RATE_LIMIT_ENABLED: false, MAX_EVENT_LOOP_DELAY_MS: 0 }));
  t.teardown(() => app.close());
  return app;
};

t.test("no CURSOR_SECRET: a random secret, made once and shared by every instance on the file", async (t) => {
  const file = copyDatabase(t);
  const first = await open(t, file);
  const second = await open(t, file);
  const stored = await first.prisma.setting.findUniqueOrThrow({ where: { key: "cursor_secret" } });
  t.ok(stored.value.length >= 40, "a long random value");
  t.not(stored.value, "conflict-records-cursor-secret-change-me", "not the old constant from the source");
  const cursor = (await getJson(first, "/v1/events?limit=2")).body.page.next_cursor as string;
  t.equal((await getJson(second, `/v1/events?limit=2&cursor=${encodeURIComponent(cursor)}`)).status, 200, "another instance on the same file takes the cursor");
  await first.close();
  const restarted = await open(t, file);
  t.equal((await getJson(restarted, `/v1/events?limit=2&cursor=${encodeURIComponent(cursor)}`)).status, 200, "and so does the server after a restart");

  const otherFile = await open(t, copyDatabase(t));
  t.equal((await getJson(otherFile, `/v1/events?limit=2&cursor=${encodeURIComponent(cursor)}`)).status, 400, "another database made its own secret");

  // A cursor signed with the constant the source used to fall back on is refused.
  const payload = cursor.split(".")[0];
  const forged = `${payload}.${createHmac("sha256", "conflict-records-cursor-secret-change-me").update(payload).digest().subarray(0, 16).toString("base64url")}`;
  t.equal((await getJson(second, `/v1/events?limit=2&cursor=${encodeURIComponent(forged)}`)).status, 400, "the old default secret signs nothing");
});

t.test("a signature is compared strictly: characters appended or changed are a 400", async (t) => {
  const app = await build(t, { config: { CURSOR_SECRET: "a-secret-of-enough-length" } });
  const cursor = (await getJson(app, "/v1/events?limit=2")).body.page.next_cursor as string;
  const [payload, tag] = cursor.split(".");
  // The last of 22 base64 characters carries 4 unused bits: other letters decode to the same 16 bytes.
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const last = alphabet.indexOf(tag.at(-1)!);
  const sameBytes = alphabet[(last & ~3) | ((last + 1) & 3)];
  for (const bad of [`${cursor}!`, `${cursor}=`, `${cursor}A`, `${cursor}%20`, `${payload}.${tag.slice(0, -1)}${sameBytes}`, `${payload}=.${tag}`, `${payload}!.${tag}`]) {
    const res = await getJson(app, `/v1/events?limit=2&cursor=${encodeURIComponent(bad)}`);
    t.equal(res.status, 400, `refused: ...${bad.slice(-6)}`);
    t.equal(res.body.errors?.[0]?.name, "cursor");
  }
  t.equal((await getJson(app, `/v1/events?limit=2&cursor=${encodeURIComponent(cursor)}`)).status, 200, "the cursor as given works");
});
