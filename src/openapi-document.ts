// The OpenAPI document as the running code builds it, for `npm run openapi` and its drift test.
import { Document, visit } from "yaml";
import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";

export async function openapiDocument() {
  const app = await buildApp(loadConfig({}, { DATABASE_URL: ":memory:", LOG_LEVEL: "silent" }));
  await app.ready();
  const doc = app.swagger();
  await app.close();
  return doc;
}

/** Short collections (a `$ref`, a header's schema, an enum) are written on one line; the rest in block style. */
export function toYaml(value: unknown): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Collection(_, node) {
      if (JSON.stringify(node.toJSON()).length <= FLOW_WIDTH) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}
const FLOW_WIDTH = 100;
