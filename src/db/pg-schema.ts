// The PostgreSQL copy of the data model, derived from prisma/schema.prisma:
// the same models, another datasource and client. Kept beside the code that
// uses it so the derivation is written once (the script writes it, a test checks it).

export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:pg-schema\`: do not edit.
// The same data model with PostgreSQL as its provider (a Prisma schema has one
// provider). Its migrations are in prisma/postgres/migrations.
`;

const GENERATOR = `generator client {
  provider            = "prisma-client"
  output              = "../../src/generated/prisma-pg"
  previewFeatures     = ["driverAdapters", "queryCompiler"]
  engineType          = "client"
  moduleFormat        = "esm"
  importFileExtension = "ts"
}`;

const DATASOURCE = `datasource db {
  provider = "postgresql"
  url      = "postgresql://localhost/unused" // unused at run time; without a url \`prisma generate\` tries to download an engine
}`;

/** Replaces one top-level block (`generator client { … }`) of a Prisma schema, or removes it. */
function replaceBlock(schema: string, head: RegExp, by: string): string {
  const match = head.exec(schema);
  if (!match) throw new Error(`prisma/schema.prisma has no block ${head}`);
  const end = schema.indexOf("\n}", match.index);
  return schema.slice(0, match.index) + by + schema.slice(end + 2);
}

/** The PostgreSQL schema for the SQLite one: the generators and datasource swapped, the models as they are. */
export function postgresSchema(sqlite: string): string {
  let s = replaceBlock(sqlite, /^generator client \{/m, GENERATOR);
  // The Kysely types describe the models, not the engine: generated once, from the main schema.
  s = replaceBlock(s, /^generator kysely \{/m, "").replace(/\n{3,}/g, "\n\n");
  s = replaceBlock(s, /^datasource db \{/m, DATASOURCE);
  return HEADER + s;
}

/**
 * Gives every text column of PostgreSQL DDL the "C" collation: text then
 * compares by code point, as SQLite compares it (BINARY), so sorts and keyset
 * cursors over text (ids, dates, names) page alike on both engines, whatever
 * locale the database was created with. Prisma's schema cannot say this.
 */
export function postgresTextInCodePointOrder(ddl: string): string {
  return ddl.replace(/("[^"]+" TEXT)(?=[ ,;\n])/g, '$1 COLLATE "C"');
}
