import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Prisma 6.19 with the JavaScript engine and the better-sqlite3 adapter: no
// native engine is downloaded, so every CLI command works offline.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    const url = process.env.DATABASE_URL ?? "file:./data/conflict.db";
    // SQLite creates the file but not its folder: `npm start` on a fresh clone needs data/.
    const file = url.replace(/^file:/, "");
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
