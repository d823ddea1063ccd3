// npm run db:migrate: brings DATABASE_URL's database up to date.
// The URL and the file are checked first (src/db/location.ts). When every
// migration is already applied, nothing else runs, so a second process on a
// file a server holds starts at once; otherwise `prisma migrate deploy` runs,
// and its output is summed up in a line or two.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { ConfigError, loadConfig } from "../src/config.ts";
import { checkDatabaseFile, databaseLocation, DatabaseProblem, explainSqliteError, withoutPassword } from "../src/db/location.ts";
import { cli } from "./cli.ts";

const MIGRATIONS = fileURLToPath(new URL("../prisma/migrations/", import.meta.url));
const PG_MIGRATIONS = fileURLToPath(new URL("../prisma/postgres/migrations/", import.meta.url));

cli({
  usage: "npm run db:migrate\n\nApplies the migrations that DATABASE_URL's database (default file:./data/conflict.db) lacks: prisma/migrations for an SQLite file, whose file and folder are made when missing, or prisma/postgres/migrations for a postgresql:// database, which must exist. Does nothing when it is up to date; processes that start at once apply them once. `npm start` runs it first. With READ_ONLY=true it writes nothing: it only checks that the SQLite file exists and lacks no migration.",
  options: {},
});

const migrationsIn = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

/** `prisma migrate deploy` on DATABASE_URL; its output summed up in one line when it fails. */
function deploy(url: string, where: string, explain: (output: string) => string | null) {
  const run = spawnSync("npx", ["prisma", "migrate", "deploy"], { encoding: "utf8", env: { ...process.env, DATABASE_URL: url } });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;
  if (run.status !== 0) {
    const why = explain(output);
    console.error(`db:migrate: ${why ?? `prisma migrate deploy failed on ${where}: ${output.trim().split("\n").filter(Boolean).slice(-1)[0] ?? `exit ${run.status}`}`}`);
    process.exit(1);
  }
}

const report = (where: string, todo: string[]) =>
  console.log(`database ${where}: applied ${todo.length} migration${todo.length > 1 ? "s" : ""} (${todo.join(", ")})`);

/**
 * PostgreSQL: the migrations run while this process holds an advisory lock
 * that every instance of the API takes, so instances that start at once apply
 * them once: the others wait, then find nothing to do.
 */
async function migratePostgres(url: string) {
  const pg = (await import("pg")).default;
  const { MIGRATION_LOCK, explainPostgresError } = await import("../src/db/postgres.ts");
  const where = withoutPassword(url);
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    const table = await client.query("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present");
    const done = new Set<string>();
    if (table.rows[0].present) {
      const rows = await client.query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL");
      for (const r of rows.rows) done.add(r.migration_name);
    }
    const todo = migrationsIn(PG_MIGRATIONS).filter((m) => !done.has(m));
    if (todo.length === 0) console.log(`database ${where}: up to date`);
    else {
      deploy(url, where, (output) => explainPostgresError({ message: output }, url));
      report(where, todo);
    }
  } catch (err) {
    const why = explainPostgresError(err, url);
    if (!why) throw err;
    console.error(`db:migrate: ${why}`);
    process.exit(1);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The migrations in prisma/migrations that the database has not applied, or null when it has none applied at all. */
function pending(file: string): string[] {
  const all = migrationsIn(MIGRATIONS);
  if (!existsSync(file)) return all;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = '_prisma_migrations'").get()) return all;
    const done = new Set((db.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as { migration_name: string }[]).map((r) => r.migration_name));
    return all.filter((m) => !done.has(m));
  } finally {
    db.close();
  }
}

let file = "";
try {
  const config = loadConfig();
  if (databaseLocation(config.DATABASE_URL).engine === "postgresql") {
    if (config.READ_ONLY) {
      console.error("db:migrate: READ_ONLY=true writes nothing, and a PostgreSQL database is not checked read-only yet: run npm run db:migrate without READ_ONLY");
      process.exit(1);
    }
    await migratePostgres(config.DATABASE_URL);
    process.exit(0);
  }
  file = checkDatabaseFile(config.DATABASE_URL, { readOnly: config.READ_ONLY });
  const todo = pending(file);
  if (todo.length === 0) {
    console.log(`database ${file}: up to date`);
    process.exit(0);
  }
  if (config.READ_ONLY) {
    console.error(`db:migrate: the database ${file} lacks ${todo.length} migration${todo.length > 1 ? "s" : ""} (${todo.join(", ")}), and READ_ONLY=true writes nothing: run npm run db:migrate without READ_ONLY first`);
    process.exit(1);
  }
  deploy(config.DATABASE_URL, file, (output) => explainSqliteError({ message: output }, file));
  // Prisma's own report names the schema's placeholder URL ("dev.db"), not this file: say what was done instead.
  report(file, todo);
} catch (err) {
  if (err instanceof ConfigError || err instanceof DatabaseProblem) {
    console.error(`db:migrate: ${err.message}`);
    process.exit(1);
  }
  const why = explainSqliteError(err, file);
  if (!why) throw err;
  console.error(`db:migrate: ${why}`);
  process.exit(1);
}
