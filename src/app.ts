// Builds the application. It never listens: src/server.ts does, and tests use
// app.inject() on an app built here.
import Fastify, { type FastifyServerOptions } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { randomUUID } from "node:crypto";
import type { Config } from "./config.ts";
import { zodFastSerializerCompiler } from "./plugins/serializer.ts";
import problems from "./plugins/problems.ts";
import caching from "./plugins/caching.ts";
import security from "./plugins/security.ts";
import limits, { serverOptions } from "./plugins/limits.ts";
import db from "./plugins/db.ts";
import importJobs from "./plugins/imports.ts";
import openapi from "./plugins/openapi.ts";
import auth from "./plugins/auth.ts";
import tombstones from "./plugins/tombstones.ts";
import history from "./plugins/history.ts";
import cursors from "./plugins/cursors.ts";
import links from "./plugins/links.ts";
import health from "./routes/health.ts";
import home from "./routes/home.ts";
import resources, { revisions } from "./routes/v1/resources.ts";
import recordWrites from "./routes/v1/writes/records.ts";
import changes from "./routes/v1/changes.ts";
import imports from "./routes/v1/imports.ts";
import stats from "./routes/v1/stats.ts";
import similar from "./routes/v1/similar.ts";
import type { Readable } from "node:stream";
import type { Socket } from "node:net";
import type { IncomingMessage, ServerResponse } from "node:http";

export async function buildApp(config: Config, opts: Partial<FastifyServerOptions> = {}) {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL, redact: ["req.headers.authorization"] },
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    ...serverOptions(config),
    ...opts,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(zodFastSerializerCompiler);
  app.addHook("onSend", async (req, reply) => {
    reply.header("x-request-id", req.id);
  });
  // Shutdown ends this app's exports still streaming (see activeExports in
  // routes/v1/formats.ts), then waits for the other requests in flight.
  app.decorate("activeExports", new Set<Readable>());
  // At shutdown the connections with no request in progress are ended too, and
  // each of the others once its last response is sent. Node closes keep-alive
  // connections that are idle when close() is called, but not one that has
  // never sent a request (fetch's pool and browsers open spare ones) nor one
  // whose response ends later: they held close() until the safety timer.
  const requestsOn = new Map<Socket, number>();
  let closing = false;
  const endIfIdle = (socket: Socket) => {
    // end() lets what is already written reach the client, then the socket goes.
    if (closing && requestsOn.get(socket) === 0) socket.end(() => socket.destroy());
  };
  app.server.on("connection", (socket: Socket) => {
    requestsOn.set(socket, 0);
    socket.once("close", () => requestsOn.delete(socket));
  });
  app.server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    requestsOn.set(socket, (requestsOn.get(socket) ?? 0) + 1);
    res.once("close", () => {
      const n = requestsOn.get(socket);
      if (n === undefined) return;
      requestsOn.set(socket, n - 1);
      endIfIdle(socket);
    });
  });
  app.addHook("preClose", async () => {
    for (const stream of app.activeExports) stream.destroy();
    closing = true;
    // After this hook Fastify stops the server listening.
    setImmediate(() => {
      for (const socket of requestsOn.keys()) endIfIdle(socket);
    });
  });

  await app.register(problems);
  await app.register(caching);
  // Security headers and CORS first, so that even refusals (429, 503, 414) carry them.
  await app.register(security, { config });
  await app.register(limits, { config });
  await app.register(db, { config });
  await app.register(auth, { readRequiresKey: config.READ_REQUIRES_KEY });
  await app.register(importJobs, { config });
  await app.register(tombstones, { publicUrl: config.PUBLIC_URL });
  await app.register(history);
  await app.register(cursors, { secret: config.CURSOR_SECRET });
  await app.register(openapi, { publicUrl: config.PUBLIC_URL, readRequiresKey: config.READ_REQUIRES_KEY });
  await app.register(links);
  await app.register(health);
  await app.register(home);
  await app.register(
    async (v1) => {
      await v1.register(resources);
      await v1.register(recordWrites);
      await v1.register(changes);
      await v1.register(revisions);
      await v1.register(imports, { bodyLimit: config.IMPORT_BODY_LIMIT_BYTES, asyncAbove: config.IMPORT_ASYNC_ABOVE_BYTES, jobLimit: config.IMPORT_JOB_LIMIT_BYTES });
      await v1.register(stats);
      await v1.register(similar);
    },
    { prefix: "/v1" },
  );
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
