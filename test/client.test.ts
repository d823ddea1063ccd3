// examples/client.ts is type-checked by `npm test`'s tsc step against
// examples/api.ts; this test proves that file is what openapi-typescript
// generates from the committed openapi.yaml, so the client cannot drift.
import t from "tap";
import { readFileSync } from "node:fs";
import { clientTypes } from "../scripts/client-types.ts";

t.test("examples/api.ts is what `npm run client:types` generates from openapi.yaml", async (t) => {
  const committed = readFileSync(new URL("../examples/api.ts", import.meta.url), "utf8");
  t.equal(committed, await clientTypes(), "examples/api.ts is stale: run `npm run client:types` and commit it");
  t.match(committed, /"\/v1\/stats\/claims"/, "the types cover the statistics routes the client calls");
});
