// npm run openapi: writes openapi.yaml from the routes' schemas.
import { writeFileSync } from "node:fs";
import { openapiDocument, toYaml } from "../src/openapi-document.ts";
import { cli } from "./cli.ts";

cli({ usage: "npm run openapi\n\nWrites openapi.yaml from the routes' schemas (a test fails when the committed file differs).", options: {} });

const file = new URL("../openapi.yaml", import.meta.url);
writeFileSync(file, toYaml(await openapiDocument()));
console.log("wrote openapi.yaml");
