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
  writeFileSync(new URL("../examples/api.ts", import.meta.url), await clientTypes());
  console.log("wrote examples/api.ts");
}
