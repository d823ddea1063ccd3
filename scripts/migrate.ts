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
import { checkDatabaseFile, DatabaseProblem, explainSqliteError } from "../src/db/location.ts";
import { cli } from "./cli.ts";

const MIGRATIONS = fileURLToPath(new URL("../prisma/migrations/", import.meta.url));

cli({
  usage: "npm run db:migrate\n\nApplies the migrations in prisma/migrations that DATABASE_URL's database (default file:./data/conflict.db) lacks, making the file and its folder when missing. Does nothing when it is up to date. `npm start` runs it first.",
  options: {},
});

/** The migrations in prisma/migrations that the database has not applied, or null when it has none applied at all. */
function pending(file: string): string[] {
  const all = readdirSync(MIGRATIONS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
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
  file = checkDatabaseFile(config.DATABASE_URL);
  const todo = pending(file);
  if (todo.length === 0) {
    console.log(`database ${file}: up to date`);
    process.exit(0);
  }
  const run = spawnSync("npx", ["prisma", "migrate", "deploy"], { encoding: "utf8", env: { ...process.env, DATABASE_URL: config.DATABASE_URL } });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;
  if (run.status !== 0) {
    const why = explainSqliteError({ message: output }, file);
    console.error(`db:migrate: ${why ?? `prisma migrate deploy failed on ${file}: ${output.trim().split("\n").filter(Boolean).slice(-1)[0] ?? `exit ${run.status}`}`}`);
    process.exit(1);
  }
  // Prisma's own report names the schema's placeholder URL ("dev.db"), not this file: say what was done instead.
  console.log(`database ${file}: applied ${todo.length} migration${todo.length > 1 ? "s" : ""} (${todo.join(", ")})`);
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
