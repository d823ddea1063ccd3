// npm run seed: loads (or reloads) the seed files into DATABASE_URL.
// Records are matched by id: new ones are created, changed ones updated, the
// rest left alone. A bad file stops the load before anything is written.
import { existsSync, statSync } from "node:fs";
import { openPrismaFor } from "../src/db/prisma.ts";
import { cli, database } from "../scripts/cli.ts";
import { BundleInvalid } from "../src/services/bundle.ts";
import { loadSeed } from "../src/services/seed.ts";

const { positionals } = cli({
  usage: "npm run seed [-- FOLDER]\n\nLoads (or reloads) the seed files (seed/, or FOLDER) into DATABASE_URL's database (an SQLite file, or a migrated PostgreSQL database). Records are matched by id: new ones are created, changed ones updated, the rest left alone; a bad file stops the load before anything is written.",
  options: {},
  positionals: { max: 1 },
});
const dir = positionals[0];
if (dir !== undefined && !(existsSync(dir) && statSync(dir).isDirectory())) {
  console.error(`npm run seed: ${dir} is not a folder of seed files (see npm run seed -- --help)`);
  process.exit(2);
}
const prisma = openPrismaFor((await database({ postgres: true })).config.DATABASE_URL);
try {
  const counts = await loadSeed(prisma, dir);
  for (const [collection, c] of Object.entries(counts))
    console.log(`${collection.padEnd(8)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`);
} catch (err) {
  if (!(err instanceof BundleInvalid)) throw err;
  console.error(`The seed was not loaded; nothing was written:\n${err.message}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
