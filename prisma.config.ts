import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Prisma 6.19 with the JavaScript engine and a driver adapter: no native
// engine is downloaded, so every CLI command works offline. DATABASE_URL picks
// the engine: postgresql:// uses the PostgreSQL copy of the data model
// (prisma/postgres/schema.prisma, with its own migrations); anything else is
// an SQLite file.
const url = process.env.DATABASE_URL ?? "file:./data/conflict.db";
const postgres = /^postgres(ql)?:\/\//i.test(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  async adapter() {
    if (postgres) return (await import("./src/db/postgres.ts")).schemaEngineAdapter(url);
    // SQLite creates the file but not its folder: `npm start` on a fresh clone needs data/.
    const file = url.replace(/^file:/, "");
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
