// npm run db:migration -- NAME [--from REF]
// Writes the migration that takes the schema at REF (default HEAD) to the
// working tree's, for both engines: prisma/migrations/<timestamp>_<NAME>/ for
// SQLite and prisma/postgres/migrations/<timestamp>_<NAME>/ for PostgreSQL (its
// schema derived from the same data model, see src/db/pg-schema.ts). When
// PostgreSQL has no migration yet, its first one creates the whole schema.
// (`prisma migrate dev` cannot run offline here: see the README.)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { cli } from "./cli.ts";
import { POSTGRES_SCHEMA, postgresSchema, postgresTextInCodePointOrder } from "../src/db/pg-schema.ts";

const USAGE = "usage: npm run db:migration -- NAME [--from REF]   (NAME: lower-case letters, digits, _)";
const { values, positionals } = cli({
  usage: `${USAGE}\n\nWrites prisma/migrations/<timestamp>_NAME/migration.sql and prisma/postgres/migrations/<timestamp>_NAME/migration.sql: the SQL from the schema at REF (default HEAD) to the working tree's, on each engine.`,
  options: { from: { type: "string", default: "HEAD" } },
  positionals: { min: 1, max: 1 },
});
const ref = values.from;
const name = positionals[0];
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error(USAGE);
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), "schema-"));
const previousSqlite = join(scratch, "schema.prisma");
writeFileSync(previousSqlite, execFileSync("git", ["show", `${ref}:prisma/schema.prisma`]));
const previousPostgres = join(scratch, "postgres.prisma");
writeFileSync(previousPostgres, postgresSchema(readFileSync(previousSqlite, "utf8")));
// The PostgreSQL schema must be current before its migration is made from it.
writeFileSync(POSTGRES_SCHEMA, postgresSchema(readFileSync("prisma/schema.prisma", "utf8")));

const diff = (from: string[], to: string, env: Record<string, string>) =>
  execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", to, "--script"], { encoding: "utf8", env: { ...process.env, ...env } });
const changes = (sql: string) => /\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sql);
const hasMigrations = (dir: string) => existsSync(dir) && readdirSync(dir, { withFileTypes: true }).some((d) => d.isDirectory());

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const written: string[] = [];
const write = (root: string, sql: string) => {
  const dir = `${root}/${stamp}_${name}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/migration.sql`, sql);
  written.push(`${dir}/migration.sql`);
};

const sqlite = diff(["--from-schema-datamodel", previousSqlite], "prisma/schema.prisma", { DATABASE_URL: "file::memory:" });
if (changes(sqlite)) write("prisma/migrations", sqlite);

const pgRoot = "prisma/postgres/migrations";
const pgFrom = hasMigrations(pgRoot) ? ["--from-schema-datamodel", previousPostgres] : ["--from-empty"];
// migrate diff reads the provider from the schemas it is given; with the SQLite configuration it
// connects to nothing (the PostgreSQL adapter would open a connection first).
const postgres = postgresTextInCodePointOrder(diff(pgFrom, POSTGRES_SCHEMA, { DATABASE_URL: "file::memory:" }));
if (changes(postgres)) write(pgRoot, postgres);

if (written.length === 0) console.log(`The schema has not changed since ${ref}: no migration written.`);
else console.log(`wrote ${written.join(" and ")}; add any SQL Prisma cannot express (full-text tables, triggers) by hand, on each engine.`);
