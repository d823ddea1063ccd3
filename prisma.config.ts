import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { checkDatabaseFile, DatabaseProblem } from "./src/db/location.ts";

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
    // The server's own check, so `npx prisma migrate deploy` run by hand makes
    // the folder (SQLite makes only the file) the same safe way, and a wrong
    // DATABASE_URL is one line, not a hang or a stack trace.
    try {
      checkDatabaseFile(url);
    } catch (err) {
      if (!(err instanceof DatabaseProblem)) throw err;
      console.error(`prisma: ${err.message}`);
      process.exit(1);
    }
    return new PrismaBetterSQLite3({ url });
  },
});
