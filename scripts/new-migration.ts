// npm run db:migration -- NAME [--from REF]
// Writes prisma/migrations/<timestamp>_<NAME>/migration.sql with the SQL that
// takes the schema at REF (default HEAD) to the working tree's schema.
// (`prisma migrate dev` cannot run offline here: see the README.)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { cli } from "./cli.ts";

const USAGE = "usage: npm run db:migration -- NAME [--from REF]   (NAME: lower-case letters, digits, _)";
const { values, positionals } = cli({
  usage: `${USAGE}\n\nWrites prisma/migrations/<timestamp>_NAME/migration.sql: the SQL from the schema at REF (default HEAD) to the working tree's.`,
  options: { from: { type: "string", default: "HEAD" } },
  positionals: { min: 1, max: 1 },
});
const ref = values.from;
const name = positionals[0];
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error(USAGE);
  process.exit(2);
}

const previous = join(mkdtempSync(join(tmpdir(), "schema-")), "schema.prisma");
writeFileSync(previous, execFileSync("git", ["show", `${ref}:prisma/schema.prisma`]));
const sql = execFileSync("npx", ["prisma", "migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], { encoding: "utf8" });
if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sql)) {
  console.log(`The schema has not changed since ${ref}: no migration written.`);
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = `prisma/migrations/${stamp}_${name}`;
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/migration.sql`, sql);
console.log(`wrote ${dir}/migration.sql; add any SQL Prisma cannot express (FTS5 tables, triggers) by hand.`);
