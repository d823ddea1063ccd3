// Builds the application. It never listens: src/server.ts does, and tests use
// app.inject() on an app built here.
import Fastify, { type FastifyServerOptions } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { randomUUID } from "node:crypto";
import type { Config } from "./config.ts";
import { zodFastSerializerCompiler } from "./plugins/serializer.ts";
import problems from "./plugins/problems.ts";
import caching from "./plugins/caching.ts";
import db from "./plugins/db.ts";
import openapi from "./plugins/openapi.ts";
import health from "./routes/health.ts";
import actors from "./routes/v1/actors.ts";
import claims from "./routes/v1/claims.ts";
import events from "./routes/v1/events.ts";
import places from "./routes/v1/places.ts";
import sources from "./routes/v1/sources.ts";
import similar from "./routes/v1/similar.ts";

export async function buildApp(config: Config, opts: Partial<FastifyServerOptions> = {}) {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    ...opts,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(zodFastSerializerCompiler);
  app.addHook("onSend", async (req, reply) => {
    reply.header("x-request-id", req.id);
  });

  await app.register(problems);
  await app.register(caching);
  await app.register(db, { config });
  await app.register(openapi, { serverUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}` });
  await app.register(health);
  await app.register(
    async (v1) => {
      await v1.register(events);
      await v1.register(actors);
      await v1.register(claims);
      await v1.register(sources);
      await v1.register(places);
      await v1.register(similar);
    },
    { prefix: "/v1" },
  );
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
