// Every GET handler is wrapped in a read snapshot (src/plugins/db.ts). A
// handler that sends its own reply and returns nothing (Swagger UI's pages,
// the OpenAPI document) must still be answered once: the wrapper's promise
// must not make Fastify send again, which failed with "Cannot write headers
// after they are sent" and logged the request as a 500.
import t from "tap";
import { build } from "../helpers/build.ts";

t.test("pages that send their own reply are answered once, with their own status", async (t) => {
  const app = await build(t);
  const logged = new Map<string, number>();
  app.addHook("onResponse", async (req, reply) => {
    logged.set(req.url, reply.statusCode);
  });
  // Over a real socket: files are streamed there, and the second send met headers already written.
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  for (const url of ["/docs", "/docs/", "/docs/static/index.html", "/docs/json", "/openapi.json", "/openapi.yaml", "/", "/healthz", "/v1/events?limit=1"]) {
    const res = await fetch(`${base}${url}`, { redirect: "manual" });
    await res.arrayBuffer();
    t.ok(res.status < 400, `${url}: ${res.status}`);
    await new Promise((r) => setTimeout(r, 20));
    t.equal(logged.get(url), res.status, `${url}: the status logged is the one sent`);
  }
});
