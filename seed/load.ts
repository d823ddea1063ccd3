// npm run seed: loads (or reloads) the seed files into DATABASE_URL.
// Records are matched by id: new ones are created, changed ones updated, the
// rest left alone. A bad file stops the load before anything is written.
import { loadConfig } from "../src/config.ts";
import { openPrisma } from "../src/db/sqlite.ts";
import { BundleInvalid } from "../src/services/bundle.ts";
import { loadSeed } from "../src/services/seed.ts";

const dir = process.argv[2];
const prisma = openPrisma(loadConfig().DATABASE_URL);
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
