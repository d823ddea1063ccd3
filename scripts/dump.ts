// npm run dump -- FILE: every record of DATABASE_URL's database (SQLite or
// PostgreSQL) as one bundle (JSON), which `npm run load` puts into either.
import { createWriteStream, existsSync, renameSync, rmSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { cli, database } from "./cli.ts";
import { openPrismaFor } from "../src/db/prisma.ts";
import { dumpBundle } from "../src/services/dump.ts";

const { positionals } = cli({
  usage: "npm run dump -- FILE\n\nWrites every record of DATABASE_URL's database (an SQLite file or a PostgreSQL database) to FILE as one bundle in JSON, the format POST /v1/imports and the seed take. `npm run load -- FILE` puts it into a database of either engine: this is how data moves between them. Records only: revisions, tombstones and keys stay behind. Never overwrites FILE.",
  options: {},
  positionals: { min: 1, max: 1 },
});
const target = positionals[0];
if (existsSync(target)) {
  console.error(`npm run dump: ${target} exists; choose another name (a dump never overwrites)`);
  process.exit(2);
}
const prisma = openPrismaFor((await database({ postgres: true })).config.DATABASE_URL);
const partial = `${target}.partial`;
try {
  await pipeline(Readable.from(dumpBundle(prisma)), createWriteStream(partial, { flags: "wx" }));
  renameSync(partial, target);
  const counts = await Promise.all([prisma.actor.count(), prisma.place.count(), prisma.source.count(), prisma.event.count(), prisma.claim.count()]);
  console.log(`wrote ${target}: ${counts[0]} actors, ${counts[1]} places, ${counts[2]} sources, ${counts[3]} events, ${counts[4]} claims`);
} catch (err) {
  rmSync(partial, { force: true });
  console.error(`npm run dump: ${(err as Error).message.split("\n")[0]}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
