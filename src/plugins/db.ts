// The database: on SQLite, one better-sqlite3 connection for the read path, and
// a Prisma client (its own connection, same file) for writes; on PostgreSQL, a
// pg pool for reads and Prisma's own pool for writes. All close with the app.
// With READ_ONLY=true both are opened read-only, nothing at start or close
// writes to the file, and every write request gets a 503 before it runs.
import fp from "fastify-plugin";
import type { FastifyInstance } from "fastify";
import type { Reader } from "../db/query.ts";
import { SqliteReader } from "../db/sqlite-reader.ts";
import { applyPrismaPragmas, dropValueSamples, openPrisma, openSqlite } from "../db/sqlite.ts";
import { openPgPool, PgReader } from "../db/pg-reader.ts";
import { openPrismaPg } from "../db/postgres.ts";
import { databaseLocation } from "../db/location.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Config } from "../config.ts";
import { Problem } from "../domain/problems.ts";

declare module "fastify" {
  interface FastifyInstance {
    reader: Reader;
    prisma: PrismaClient;
    /** READ_ONLY=true: the database is open read-only and writes are refused. */
    readOnly: boolean;
  }
}

const isRead = (method: string) => method === "GET" || method === "HEAD" || method === "OPTIONS";

/** The read path and Prisma Client on SQLite, and what to do when the app closes. */
function openSqliteEngine(app: FastifyInstance, config: Config) {
  const readOnly = config.READ_ONLY;
  const sqlite = openSqlite(config.DATABASE_URL, { synchronous: config.SQLITE_SYNCHRONOUS, readonly: readOnly });
  const dropSamples = () => {
    try {
      dropValueSamples(sqlite);
    } catch (err) {
      app.log.warn({ err }, "could not drop the planner's value samples (sqlite_stat4): statements that use them are planned again on every run");
    }
  };
  // A file analyzed elsewhere (an earlier version of this server, sqlite3's ANALYZE) may hold value samples.
  if (!readOnly) dropSamples();
  // Prisma connects on its first query, which in read-only mode never comes.
  const prisma = openPrisma(config.DATABASE_URL, { readonly: readOnly });
  const reader: Reader = new SqliteReader(sqlite);
  return {
    reader,
    prisma,
    ready: async () => {
      if (!readOnly) await applyPrismaPragmas(prisma, config.SQLITE_SYNCHRONOUS);
    },
    beforeClose: () => {
      if (readOnly) return;
      try {
        // Keeps the query planner's statistics current, as SQLite recommends before closing.
        sqlite.pragma("optimize");
      } catch (err) {
        // A file that became damaged, full or read-only must not stop the shutdown.
        app.log.warn({ err }, "could not update the query planner's statistics before closing");
      }
      dropSamples(); // what optimize's ANALYZE sampled (see dropValueSamples)
    },
  };
}

/**
 * The read path and Prisma Client on PostgreSQL: a pool for reads, and
 * Prisma's own pool for writes. With READ_ONLY=true the reads' sessions are
 * read-only too.
 */
function openPostgresEngine(config: Config) {
  const reader: Reader = new PgReader(openPgPool(config.DATABASE_URL, { readOnly: config.READ_ONLY }));
  const prisma = openPrismaPg(config.DATABASE_URL) as unknown as PrismaClient;
  return { reader, prisma, ready: async () => {}, beforeClose: () => {} };
}

export default fp(
  async (app, opts: { config: Config }) => {
    const readOnly = opts.config.READ_ONLY;
    const engine = databaseLocation(opts.config.DATABASE_URL).engine === "postgresql" ? openPostgresEngine(opts.config) : openSqliteEngine(app, opts.config);
    const { reader, prisma } = engine;
    await engine.ready();
    app.decorate("readOnly", readOnly);
    if (readOnly) {
      // Before authentication and anything else that reads: a write is refused without touching the database.
      // Only on a route that exists, so that a wrong path or method still gets its 404 or 405.
      app.addHook("onRequest", async (req) => {
        if (isRead(req.method) || !req.routeOptions.url) return;
        throw new Problem(503, "read_only", "This server serves reads only (READ_ONLY=true): it writes nothing to its database. Send writes to a server that is not read-only.");
      });
    }
    app.decorate("reader", reader);
    // A read's statements run in one read transaction (Reader.snapshot): one
    // snapshot for the whole answer, and one transaction's cost instead of one
    // per statement. It covers the handler until its promise settles, but never
    // across a turn of the event loop (see SqliteReader.snapshot).
    app.addHook("onRoute", (route) => {
      if (![route.method].flat().every((m) => m === "GET" || m === "HEAD")) return;
      const handler = route.handler;
      // The wrapper always returns a promise. A handler that returned nothing (it sent, or will send, its reply
      // itself, as Swagger UI's file handlers do) is answered with `reply`, which tells Fastify the reply is the
      // handler's own: a promise of undefined would make Fastify send an empty answer over the file being streamed.
      route.handler = function (this: FastifyInstance, req, reply) {
        return reader.snapshot(() => handler.call(this, req, reply)).then((result) => (result === undefined ? reply : result));
      };
    });
    app.decorate("prisma", prisma);
    app.addHook("onClose", async () => {
      await prisma.$disconnect();
      engine.beforeClose();
      await reader.close();
    });
  },
  { name: "db" },
);
