// The database: one better-sqlite3 connection for the read path, and a Prisma
// client (its own connection, same file) for writes. Both close with the app.
import fp from "fastify-plugin";
import type { FastifyInstance } from "fastify";
import type { Reader } from "../db/query.ts";
import { SqliteReader } from "../db/sqlite-reader.ts";
import { applyPrismaPragmas, dropValueSamples, openPrisma, openSqlite } from "../db/sqlite.ts";
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
    const dropSamples = () => {
      try {
        dropValueSamples(sqlite);
      } catch (err) {
        app.log.warn({ err }, "could not drop the planner's value samples (sqlite_stat4): statements that use them are planned again on every run");
      }
    };
    // A file analyzed elsewhere (an earlier version of this server, sqlite3's ANALYZE) may hold value samples.
    dropSamples();
    const prisma = openPrisma(opts.config.DATABASE_URL);
    await applyPrismaPragmas(prisma, opts.config.SQLITE_SYNCHRONOUS);
    const reader: Reader = new SqliteReader(sqlite);
    app.decorate("reader", reader);
    // A read's statements run in one read transaction (Reader.snapshot): one
    // snapshot for the whole answer, and one transaction's cost instead of one
    // per statement. It covers the handler until its promise settles, but never
    // across a turn of the event loop (see SqliteReader.snapshot).
    app.addHook("onRoute", (route) => {
      if (![route.method].flat().every((m) => m === "GET" || m === "HEAD")) return;
      const handler = route.handler;
      route.handler = function (this: FastifyInstance, req, reply) {
        return reader.snapshot(() => handler.call(this, req, reply));
      };
    });
    app.decorate("prisma", prisma);
    app.addHook("onClose", async () => {
      await prisma.$disconnect();
      // Keeps the query planner's statistics current, as SQLite recommends before closing.
      sqlite.pragma("optimize");
      dropSamples(); // what optimize's ANALYZE sampled (see dropValueSamples)
      await reader.close();
    });
  },
  { name: "db" },
);
