// The OpenAPI document as the running code builds it, for `npm run openapi` and its drift test.
import { stringify } from "yaml";
import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";

export async function openapiDocument() {
  const app = await buildApp(loadConfig({}, { DATABASE_URL: ":memory:", LOG_LEVEL: "silent", PUBLIC_URL: "http://localhost:3000", CURSOR_SECRET: "only-for-the-document-never-served" }));
  await app.ready();
  const doc = app.swagger();
  await app.close();
  return doc;
}

export const toYaml = (doc: unknown) => stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
