// npm run openapi: writes openapi.yaml from the routes' schemas.
import { writeFileSync } from "node:fs";
import { openapiDocument, toYaml } from "../src/openapi-document.ts";

const file = new URL("../openapi.yaml", import.meta.url);
writeFileSync(file, toYaml(await openapiDocument()));
console.log("wrote openapi.yaml");
