import { z } from "zod";
import { canRead } from "../repositories/health.ts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

const health = z
  .object({
    status: z.literal("ok").meta({ description: "Always `ok` when the server answers and its database can be read.", example: "ok" }),
  })
  .meta({ id: "Health" });

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/healthz", {
    schema: {
      tags: ["meta"],
      summary: "Liveness",
      description: "Answers 200 while the server runs and can read its database.",
      response: { 200: health },
    },
  }, async () => {
    await canRead(app.reader);
    return { status: "ok" as const };
  });
};

export default routes;
