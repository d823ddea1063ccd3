// Both connections to the file, the read path's and Prisma's (every write),
// run with the settings the configuration asks for.
import t from "tap";
import { build, readerDb, TEST_ENGINE } from "../helpers/build.ts";

if (TEST_ENGINE === "postgres") t.plan(0, "SQLite only: it reads the pragmas of SQLite's connections");

const LEVEL = { OFF: 0, NORMAL: 1, FULL: 2, EXTRA: 3 } as const;

for (const synchronous of ["NORMAL", "FULL"] as const) {
  t.test(`SQLITE_SYNCHRONOUS=${synchronous} reaches the writer's connection too`, async (t) => {
    const app = await build(t, { config: { SQLITE_SYNCHRONOUS: synchronous } });
    const [writer] = (await app.prisma.$queryRawUnsafe("PRAGMA synchronous")) as { synchronous: bigint }[];
    t.equal(Number(writer.synchronous), LEVEL[synchronous], "Prisma's connection");
    t.equal(readerDb(app).pragma("synchronous", { simple: true }), LEVEL[synchronous], "the read path's connection");
    const [mode] = (await app.prisma.$queryRawUnsafe("PRAGMA journal_mode")) as { journal_mode: string }[];
    t.equal(mode.journal_mode, "wal");
    const [fk] = (await app.prisma.$queryRawUnsafe("PRAGMA foreign_keys")) as { foreign_keys: bigint }[];
    t.equal(Number(fk.foreign_keys), 1);
    const [busy] = (await app.prisma.$queryRawUnsafe("PRAGMA busy_timeout")) as { timeout: bigint }[];
    t.equal(Number(busy.timeout), 5000, "a writer waits for a lock instead of failing at once");
  });
}
