// The change feed without gaps on PostgreSQL, where writers commit
// concurrently: two clients (two instances' Prisma clients) write revisions,
// the first holding its transaction open after writing, while a follower
// polls `seq > since` as GET /v1/changes does. Revisions appended through the
// feed's turn (services/records.ts, appendRevisions) reach the follower in
// commit order: it misses none and sees none twice. The same race through a
// bare insert shows what the turn prevents: the follower skips a revision.
import t from "tap";
import pg from "pg";
import { openPrismaPg } from "../../src/db/postgres.ts";
import { appendRevisions, revisionRow, type Tx } from "../../src/services/records.ts";
import { runTs } from "../helpers/child.ts";
import { freshPostgres, POSTGRES_UNAVAILABLE } from "../helpers/postgres.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const row = (id: string) => revisionRow({ collection: "places", id, version: 1, action: "create", author: "test", at: new Date().toISOString(), before: null, after: { id } });

t.test("a follower polling while two writers commit out of order", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const url = await freshPostgres(t);
  const migrated = await runTs("scripts/migrate.ts", [], { DATABASE_URL: url });
  if (migrated.code !== 0) throw new Error(migrated.err);
  const [a, b] = [openPrismaPg(url), openPrismaPg(url)];
  t.teardown(async () => { await a.$disconnect(); await b.$disconnect(); });
  const follower = new pg.Client({ connectionString: url });
  await follower.connect();
  t.teardown(() => follower.end());

  /** Runs the race: A appends and holds its transaction open; B appends and commits meanwhile; the follower polls throughout. */
  async function race(append: (tx: Tx, rows: ReturnType<typeof row>[]) => Promise<unknown>, tag: string) {
    const { rows: [start] } = await follower.query("SELECT coalesce(max(seq), 0)::int AS since FROM revisions");
    let since = start.since as number;
    const seen: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const { rows } = await follower.query("SELECT seq FROM revisions WHERE seq > $1 ORDER BY seq", [since]);
        for (const r of rows) seen.push(r.seq);
        if (rows.length) since = rows[rows.length - 1].seq;
        await sleep(10);
      }
    })();
    const first = a.$transaction(async (tx) => {
      await append(tx as unknown as Tx, [row(`plc_${tag}_a1`), row(`plc_${tag}_a2`)]);
      await sleep(800); // still uncommitted while B writes and commits
    }, { timeout: 10_000 });
    await sleep(200);
    const second = b.$transaction(async (tx) => append(tx as unknown as Tx, [row(`plc_${tag}_b1`)]), { timeout: 10_000 });
    await Promise.all([first, second]);
    await sleep(100);
    polling = false;
    await poller;
    const { rows } = await follower.query("SELECT seq FROM revisions WHERE entity_id LIKE $1 ORDER BY seq", [`plc_${tag}_%`]);
    return { seen, committed: rows.map((r) => r.seq as number) };
  }

  const turned = await race((tx, rows) => appendRevisions(tx, rows), "turn");
  t.same(turned.seen, turned.committed, "through the feed's turn: every revision seen, once, in seq order");
  t.equal(turned.committed.length, 3);

  const bare = await race((tx, rows) => (tx as unknown as { revision: { createMany: (a: object) => Promise<unknown> } }).revision.createMany({ data: rows }), "bare");
  t.ok(bare.committed.some((s) => !bare.seen.includes(s)), `a bare insert loses one to the follower (committed ${bare.committed}, seen ${bare.seen})`);
});
