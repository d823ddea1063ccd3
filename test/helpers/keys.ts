// API keys for tests: created straight in the app's database.
import type { build } from "./build.ts";
import { buildApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { createKey, type Scope } from "../../src/services/keys.ts";

type App = Awaited<ReturnType<typeof build>>;

/** Creates a key and returns the Authorization header that carries it. */
export async function bearer(app: App, name = "curator", scopes: Scope[] = ["read", "write"]) {
  const key = await createKey(app.prisma, name, scopes);
  return { authorization: `Bearer ${key.token}` };
}

/**
 * Creates a read-write key in a database (a file, or a PostgreSQL URL), for a
 * server then started on it as a child process; returns its token.
 */
export async function tokenIn(database: string, name: string) {
  const app = await buildApp(loadConfig({}, { DATABASE_URL: database.startsWith("postgres") ? database : `file:${database}`, LOG_LEVEL: "silent" }));
  const { token } = await createKey(app.prisma, name, ["read", "write"]);
  await app.close();
  return token;
}

/** GET a record and return its body and ETag. */
export async function current(app: App, url: string) {
  const res = await app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, etag: res.headers.etag as string, res };
}
