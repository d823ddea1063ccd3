// The database: one better-sqlite3 connection for the read path, and a Prisma
// client (its own connection, same file) for writes. Both close with the app.
import fp from "fastify-plugin";
import { Reader } from "../db/query.ts";
import { applyPrismaPragmas, openPrisma, openSqlite } from "../db/sqlite.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Config } from "../config.ts";

declare module "fastify" {
  interface FastifyInstance {
    reader: Reader;
    prisma: PrismaClient;
  }
}

export default fp(
  async (app, opts: { config: Config }) => {
    const sqlite = openSqlite(opts.config.DATABASE_URL, { synchronous: opts.config.SQLITE_SYNCHRONOUS });
    const prisma = openPrisma(opts.config.DATABASE_URL);
    await applyPrismaPragmas(prisma, opts.config.SQLITE_SYNCHRONOUS);
    app.decorate("reader", new Reader(sqlite));
    app.decorate("prisma", prisma);
    app.addHook("onClose", async () => {
      await prisma.$disconnect();
      // Keeps the query planner's statistics current, as SQLite recommends before closing.
      sqlite.pragma("optimize");
      sqlite.close();
    });
  },
  { name: "db" },
);
