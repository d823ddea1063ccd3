// PostgreSQL for tests: TEST_DATABASE_URL names a database on a server the
// tests may create databases on. Each test gets a database of its own, dropped
// when it ends, as each SQLite test gets a copied file.
import { randomUUID } from "node:crypto";
import pg from "pg";

/** Why PostgreSQL tests cannot run here, or false when they can. */
export const POSTGRES_UNAVAILABLE: string | false = await (async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return "TEST_DATABASE_URL is not set: the PostgreSQL tests need a server (.ci/run sets it)";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return false;
  } catch (err) {
    return `TEST_DATABASE_URL names a server that cannot be reached (${(err as Error).message})`;
  } finally {
    await client.end().catch(() => {});
  }
})();

type Teardown = { teardown: (fn: () => unknown) => void };

/** A new, empty database on TEST_DATABASE_URL's server, dropped at the end of `t`; returns its URL. */
export async function freshPostgres(t: Teardown): Promise<string> {
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  t.teardown(async () => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await c.end();
    }
  });
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
