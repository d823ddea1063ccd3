// npm run client:types: writes examples/api.ts, the TypeScript types of the
// API generated from openapi.yaml by openapi-typescript. A test fails when the
// committed file differs from what this writes.
import { readFileSync, writeFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";

export async function clientTypes(): Promise<string> {
  const yaml = readFileSync(new URL("../openapi.yaml", import.meta.url), "utf8");
  return astToString(await openapiTS(yaml));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { cli } = await import("./cli.ts");
  cli({ usage: "npm run client:types\n\nWrites examples/api.ts, the typed client's types, from openapi.yaml; run it after npm run openapi.", options: {} });
  writeFileSync(new URL("../examples/api.ts", import.meta.url), await clientTypes());
  console.log("wrote examples/api.ts");
}
