// npm run load -- FILE: puts a bundle (a dump, or any bundle in JSON) into
// DATABASE_URL's database, SQLite or PostgreSQL, in one transaction.
import { readFileSync } from "node:fs";
import { cli, database } from "./cli.ts";
import { openPrismaFor } from "../src/db/prisma.ts";
import { applyBundle, BundleInvalid, parseBundle } from "../src/services/bundle.ts";

const { positionals } = cli({
  usage: "npm run load -- FILE\n\nPuts the records of FILE, a bundle in JSON (what npm run dump writes), into DATABASE_URL's database (an SQLite file or a migrated PostgreSQL database), in one transaction: records are matched by id, new ones created, changed ones updated, the rest left alone. A bad file writes nothing. Each record written gets a revision by \"load\".",
  options: {},
  positionals: { min: 1, max: 1 },
});
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(positionals[0], "utf8"));
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  console.error(`npm run load: cannot read ${positionals[0]} (${e.code === "ENOENT" ? "no such file" : e.message.split("\n")[0]})`);
  process.exit(2);
}
const prisma = openPrismaFor((await database({ postgres: true })).config.DATABASE_URL);
try {
  const counts = await applyBundle(prisma, parseBundle(raw), { author: "load" });
  for (const [collection, c] of Object.entries(counts)) console.log(`${collection.padEnd(8)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`);
} catch (err) {
  if (!(err instanceof BundleInvalid)) throw err;
  console.error(`npm run load: ${positionals[0]} was not loaded; nothing was written:\n${err.message}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
