// The OpenAPI document as the running code builds it, for `npm run openapi` and its drift test.
import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import { toYaml } from "./plugins/openapi.ts";

export async function openapiDocument() {
  const app = await buildApp(loadConfig({}, { DATABASE_URL: ":memory:", LOG_LEVEL: "silent", CURSOR_SECRET: "only-for-the-document-never-served" }));
  await app.ready();
  const doc = app.swagger();
  await app.close();
  return doc;
}

export { toYaml };
