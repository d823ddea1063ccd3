// Runs once before the test files (tap's `before`): builds one migrated and
// seeded SQLite file that every test copies, so no test migrates on its own.
// Migrations are applied with `prisma migrate deploy`, as in production.
// With a PostgreSQL server (TEST_DATABASE_URL), it also builds the same two
// templates there as databases, which tests on PostgreSQL copy with
// CREATE DATABASE … TEMPLATE (test/helpers/postgres.ts).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { openPrisma } from "../../src/db/sqlite.ts";
import { loadSeed } from "../../src/services/seed.ts";
import { TEMPLATE, TMP_DIR, EMPTY_TEMPLATE } from "../helpers/paths.ts";
import { childEnv } from "../helpers/child.ts";
import { buildPostgresTemplates, dropPostgresTemplates } from "../helpers/postgres.ts";

await dropPostgresTemplates();
rmSync(TMP_DIR, { recursive: true, force: true });
mkdirSync(TMP_DIR, { recursive: true });

for (const file of [EMPTY_TEMPLATE, TEMPLATE]) {
  // Without coverage, like every child (test/helpers/child.ts): prisma.config.ts loads src/db/location.ts through Prisma's own loader.
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: childEnv({ ...process.env, DATABASE_URL: `file:${file}` }), stdio: "pipe" });
}
const prisma = openPrisma(`file:${TEMPLATE}`);
await loadSeed(prisma);
await prisma.$disconnect();

// Fold the write-ahead log into the main file, so that a plain copy is complete.
for (const file of [EMPTY_TEMPLATE, TEMPLATE]) {
  const db = new Database(file);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}

await buildPostgresTemplates();
