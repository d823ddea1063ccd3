import t from "tap";
import { readFileSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import { build, getJson } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";
import { importJobWithId } from "../helpers/import-job.ts";
import { openapiDocument, toYaml } from "../../src/openapi-document.ts";

t.test("GET /healthz answers ok, and says the server takes writes", async (t) => {
  const app = await build(t);
  const { status, body } = await getJson(app, "/healthz");
  t.equal(status, 200);
  t.same(body, { status: "ok", read_only: false });
});

t.test("GET /docs serves Swagger UI", async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: "GET", url: "/docs/" });
  t.equal(res.statusCode, 200);
  t.match(res.headers["content-type"], /text\/html/);
  t.match(res.body, /swagger-ui/i);
});

t.test("responses carry a request id, and a sane one given by the client is kept", async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: "GET", url: "/healthz", headers: { "x-request-id": "abc-123" } });
  t.equal(res.headers["x-request-id"], "abc-123");
  const other = await app.inject({ method: "GET", url: "/healthz", headers: { "x-request-id": "bad id with spaces" } });
  t.not(other.headers["x-request-id"], "bad id with spaces");
});

t.test("/openapi.json is a valid OpenAPI 3.1 document", async (t) => {
  const app = await build(t);
  const { status, body } = await getJson(app, "/openapi.json");
  t.equal(status, 200);
  t.equal(body.openapi, "3.1.0");
  await t.resolves(SwaggerParser.validate(structuredClone(body)));
});

t.test("openapi.yaml is what `npm run openapi` writes from the code", async (t) => {
  const committed = readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8");
  t.equal(committed, toYaml(await openapiDocument()), "openapi.yaml is stale: run `npm run openapi` and commit it");
});

t.test("every operation, parameter and field is described for a person, with examples", async (t) => {
  const doc = (await openapiDocument()) as any;
  const missing: string[] = [];
  for (const [path, ops] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(ops)) {
      const where = `${method.toUpperCase()} ${path}`;
      if (!op.summary) missing.push(`${where}: summary`);
      if (!op.description) missing.push(`${where}: description`);
      for (const given of op.parameters ?? []) {
        const p = given.$ref ? doc.components.parameters[given.$ref.split("/").pop()] : given;
        if (!p.description) missing.push(`${where} parameter ${p.name}: description`);
        if (p.schema?.example === undefined && p.schema?.examples === undefined && p.example === undefined && p.name !== "cursor") missing.push(`${where} parameter ${p.name}: example`);
      }
    }
  }
  const walk = (schema: any, where: string) => {
    if (!schema || typeof schema !== "object") return;
    for (const [name, prop] of Object.entries<any>(schema.properties ?? {})) {
      // Described here, or where it refers to (a field of a PATCH body: the POST body's, or null).
      const described = (p: any) => p.description || p.$ref;
      if (!described(prop) && !prop.anyOf?.some(described)) missing.push(`${where}.${name}: description`);
      const leaf = !prop.$ref && prop.type !== "object" && prop.type !== "array" && !prop.anyOf;
      if (leaf && prop.example === undefined) missing.push(`${where}.${name}: example`);
      walk(prop, `${where}.${name}`);
      walk(prop.items, `${where}.${name}[]`);
    }
  };
  for (const [name, schema] of Object.entries<any>(doc.components.schemas)) walk(schema, name);
  t.same(missing, [], "nothing is left undescribed");
});

t.test("every path example in the document names a record of the seed, or an import job once one has run", async (t) => {
  const app = await build(t);
  const doc = (await openapiDocument()) as any;
  // Sent where an operation declares a scope (import jobs are read with the write scope).
  const keys: Record<string, Record<string, string>> = { write: await bearer(app, "importer", ["write"]) };
  for (const [path, ops] of Object.entries<any>(doc.paths)) {
    if (!path.includes("{id}") || !ops.get) continue;
    const params = ops.get.parameters.map((p: any) => (p.$ref ? doc.components.parameters[p.$ref.split("/").pop()] : p));
    const id = params.find((p: any) => p.name === "id").schema.example;
    const scope = ops.get.security?.flatMap((r: Record<string, string[]>) => Object.values(r).flat())[0];
    const headers = scope ? keys[scope] : {};
    if (path.startsWith("/v1/imports/")) await importJobWithId(app, keys.write!, id);
    const res = await app.inject({ method: "GET", url: path.replace("{id}", id), headers });
    t.equal(res.statusCode, 200, `${path} with its example id ${id}`);
  }
});
