// PostgreSQL for tests: TEST_DATABASE_URL names a database on a server the
// tests may create databases on. Each test gets a database of its own, dropped
// when it ends, as each SQLite test gets a copied file.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import pg from "pg";
import { openPrismaPg } from "../../src/db/postgres.ts";
import { loadSeed } from "../../src/services/seed.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { runTs } from "./child.ts";
import { TMP_DIR } from "./paths.ts";

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

/** Runs SQL on TEST_DATABASE_URL's database (CREATE and DROP DATABASE cannot run in a pool's transaction). */
async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL! });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The URL of another database on TEST_DATABASE_URL's server. */
function urlOf(name: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

const newName = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 16)}`;

/** Where the names of this run's PostgreSQL templates are kept, for the test processes. */
const TEMPLATES_FILE = `${TMP_DIR}postgres-templates.json`;
type Templates = { seeded: string; empty: string };

/**
 * Once per run (test/setup/template.ts): a migrated database and a migrated
 * and seeded one, as the SQLite templates, that tests copy. Nothing happens
 * without a server.
 */
export async function buildPostgresTemplates(): Promise<void> {
  if (POSTGRES_UNAVAILABLE) return;
  const templates: Templates = { seeded: newName("template_seeded"), empty: newName("template_empty") };
  for (const name of Object.values(templates)) {
    await admin(`CREATE DATABASE "${name}"`);
    const migrated = await runTs("scripts/migrate.ts", [], { DATABASE_URL: urlOf(name) });
    if (migrated.code !== 0) throw new Error(`could not migrate the PostgreSQL template ${name}: ${migrated.err}`);
  }
  const prisma = openPrismaPg(urlOf(templates.seeded));
  await loadSeed(prisma as unknown as PrismaClient);
  await prisma.$disconnect();
  writeFileSync(TEMPLATES_FILE, JSON.stringify(templates));
}

/** Drops the templates an earlier run of this checkout made; call it before its list is deleted. */
export async function dropPostgresTemplates(): Promise<void> {
  if (POSTGRES_UNAVAILABLE || !existsSync(TEMPLATES_FILE)) return;
  for (const name of Object.values(templates())) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** The templates buildPostgresTemplates made for this run. */
function templates(): Templates {
  if (!existsSync(TEMPLATES_FILE)) throw new Error("no PostgreSQL templates were built for this run (test/setup/template.ts builds them when TEST_DATABASE_URL reaches a server)");
  return JSON.parse(readFileSync(TEMPLATES_FILE, "utf8")) as Templates;
}

/**
 * A copy of this run's seeded (or, with `empty`, migrated and empty) PostgreSQL
 * template, dropped at the end of `t`; returns its URL.
 */
export async function copyPostgres(t: Teardown, opts: { empty?: boolean } = {}): Promise<string> {
  const template = opts.empty ? templates().empty : templates().seeded;
  const name = newName("test");
  await admin(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  t.teardown(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  return urlOf(name);
}

/** A new, empty database on TEST_DATABASE_URL's server, dropped at the end of `t`; returns its URL. */
export async function freshPostgres(t: Teardown): Promise<string> {
  const name = newName("test");
  await admin(`CREATE DATABASE "${name}"`);
  t.teardown(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  return urlOf(name);
}
