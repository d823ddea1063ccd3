import { z } from "zod";
import { canRead } from "../repositories/health.ts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

const health = z
  .object({
    status: z.literal("ok").meta({ description: "Always `ok` when the server answers and its database can be read.", example: "ok" }),
    read_only: z.boolean().meta({ description: "`true` when the server runs read-only (`READ_ONLY=true`): it serves reads, and every write gets a 503 with the code `read_only`.", example: false }),
  })
  .meta({ id: "Health" });

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get("/healthz", {
    schema: {
      tags: ["meta"],
      summary: "Liveness",
      description: "Answers 200 while the server runs and can read its database, and says whether it takes writes.",
      response: { 200: health },
    },
  }, async () => {
    await canRead(app.reader);
    return { status: "ok" as const, read_only: app.readOnly };
  });
};

export default routes;
