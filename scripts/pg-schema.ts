// npm run db:pg-schema [-- --check]
// Writes prisma/postgres/schema.prisma: the one data model (prisma/schema.prisma)
// with PostgreSQL as its provider. A Prisma schema has one provider, so the
// second engine gets a second schema file, derived from the first, never edited
// by hand; --check exits 1 when the written file differs from what this makes
// (test/db/pg-schema.test.ts runs it).
import { readFileSync, writeFileSync } from "node:fs";
import { cli } from "./cli.ts";
import { postgresSchema, POSTGRES_SCHEMA } from "../src/db/pg-schema.ts";

const { values } = cli({
  usage: "usage: npm run db:pg-schema [-- --check]\n\nWrites prisma/postgres/schema.prisma from prisma/schema.prisma (the PostgreSQL copy of the data model).\n--check: change nothing; exit 1 if the file is out of date.",
  options: { check: { type: "boolean", default: false } },
});
const made = postgresSchema(readFileSync("prisma/schema.prisma", "utf8"));
let written = "";
try {
  written = readFileSync(POSTGRES_SCHEMA, "utf8");
} catch {
  // not written yet
}
if (values.check) {
  if (written !== made) {
    console.error(`${POSTGRES_SCHEMA} is out of date with prisma/schema.prisma: run npm run db:pg-schema`);
    process.exit(1);
  }
  console.log(`${POSTGRES_SCHEMA} is up to date.`);
} else if (written === made) console.log(`${POSTGRES_SCHEMA} is up to date.`);
else {
  writeFileSync(POSTGRES_SCHEMA, made);
  console.log(`wrote ${POSTGRES_SCHEMA}`);
}
