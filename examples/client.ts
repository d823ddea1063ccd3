// A typed client for other services: openapi-fetch over the types generated
// from openapi.yaml (examples/api.ts, `npm run client:types`). It answers three
// of the README's questions against a running server:
//   npx tsx examples/client.ts http://localhost:3000
import createClient from "openapi-fetch";
import type { paths } from "./api.ts";

// The JSON representation (the lists also answer CSV, GeoJSON and NDJSON).
const client = createClient<paths, "application/json" | "application/problem+json">({ baseUrl: process.argv[2] ?? "http://localhost:3000" });

// Who says how many North Korean troops there are?
const figures = await client.GET("/v1/claims", {
  params: { query: { unit: "soldiers", include: "claimant,quantities", fields: "statement" } },
});
if (figures.error) throw new Error(figures.error.detail);
for (const claim of figures.data.data) {
  for (const q of claim.quantities ?? []) console.log(`${claim.claimant?.name}: ${q.text} ${q.unit} (${q.comparator})`);
}

// What did Russia say in reply?
const reply = await client.GET("/v1/claims", { params: { query: { claimant: "Zinoviev,Peskov", fields: "claimant_id,stance,statement" } } });
if (reply.error) throw new Error(reply.error.detail);
for (const claim of reply.data.data) console.log(`${claim.claimant_id} ${claim.stance}: ${claim.statement}`);

// How do the claims break down by stance?
const stats = await client.GET("/v1/stats/claims", { params: { query: { group_by: "stance" } } });
if (stats.error) throw new Error(stats.error.detail);
console.log(stats.data.data.map((g) => `${g.key} ${g.count}`).join(", "), `(${stats.data.total} claims)`);
