import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { importBundle } from "../../services/imports.ts";
import { writeProblems as P } from "../../schemas/writes.ts";

const counts = z.object({
  created: z.number().int().meta({ description: "Records created.", example: 1 }),
  updated: z.number().int().meta({ description: "Records changed (their version went up).", example: 0 }),
  unchanged: z.number().int().meta({ description: "Records already exactly as given.", example: 0 }),
});

const importResult = z
  .object({
    format: z.enum(["bundle"]).meta({ description: "The format read.", example: "bundle" }),
    actors: counts.meta({ description: "What happened to the bundle's actors." }),
    places: counts.meta({ description: "What happened to the bundle's places." }),
    sources: counts.meta({ description: "What happened to the bundle's sources." }),
    events: counts.meta({ description: "What happened to the bundle's events." }),
    claims: counts.meta({ description: "What happened to the bundle's claims." }),
  })
  .meta({ id: "ImportResult", description: "What a bulk import did, by collection." });

const bundleBody = z.record(z.string(), z.unknown()).meta({
  description: "A bundle, in the format of the seed files (`src/schemas/bundle.ts`): `{ actors, places, sources, events, claims }`, each a list of records as `POST /v1/{collection}` takes them, but with `id` required. Records refer to each other, and to records already stored, by id. Records matched by id are updated; unchanged ones are left alone.",
  example: {
    places: [{ id: "plc_khabarovsk", name: "Khabarovsk", kind: "city", country: "RUS", geo_precision: "locality" }],
    events: [{
      id: "evt_2024-10-22-north-korean-troops-in-khabarovsk", type: "troop_deployment", title: "North Korean troops reported in Khabarovsk",
      summary: "North Korean troops were reported at a base near Khabarovsk.", start_date: "2024-10-22", date_precision: "day", place_id: "plc_khabarovsk", status: "reported",
      participants: [{ actor_id: "act_north-korea", role: "supplier" }],
    }],
  },
});

const routes: FastifyPluginAsyncZod = async (app) => {
  app.post("/imports", {
    config: { scope: "write" },
    bodyLimit: 50 * 1024 * 1024,
    schema: {
      tags: ["imports"],
      summary: "Import a bundle",
      description: "Applies a bundle in one transaction: all of it or none of it. Every record gets a revision, so the change feed shows the import. On failure nothing is written and `errors` lists each bad record by JSON pointer (`/claims/3/stance`), with its id. `format` leaves room for other formats; `bundle` is the only one so far.",
      security: [{ bearer: ["write"] }],
      querystring: z.strictObject({
        format: z.enum(["bundle"]).default("bundle").meta({ description: "The body's format. Only `bundle` (the seed files' format) so far.", example: "bundle" }),
      }),
      body: bundleBody,
      response: { 200: importResult, 400: P[400], 401: P[401], 403: P[403], 409: P[409], 422: P[422] },
    },
  }, async (req) => ({ format: req.query.format, ...(await importBundle(app.prisma, req.body, req.apiKey?.name ?? "import")) }));
};

export default routes;
