// Search above the "dense" threshold (here, with about 6,000 events, more than
// about 1,900 matches: see isDense in src/repositories/matching.ts) takes another
// query plan (a per-row probe of the index along the page's order) than a rare
// word (driven from its list of matches). Both must give the same pages and
// totals; and a remembered total must follow writes made on another connection.
import t from "tap";
import Database from "better-sqlite3";
import { build, readerDb, sqliteOnly } from "../helpers/build.ts";

const walk = async (app: Awaited<ReturnType<typeof build>>, query: string) => {
  const ids: string[] = [];
  let url = `/v1/events?${query}&limit=500&fields=id`;
  let total = -1;
  for (;;) {
    const res = await app.inject({ url });
    if (res.statusCode !== 200) throw new Error(res.body);
    const body = res.json();
    total = body.page.total;
    ids.push(...body.data.map((r: { id: string }) => r.id));
    if (!body.page.next_cursor) break;
    url = `/v1/events?${query}&limit=500&fields=id&cursor=${encodeURIComponent(body.page.next_cursor)}`;
  }
  return { ids, total };
};

t.test("a common word and a rare one page alike, with exact totals", sqliteOnly("it generates its rows with SQLite's own SQL (PRAGMA table_info, printf)"), async (t) => {
  const app = await build(t);
  const db = new Database(readerDb(app).name);
  t.teardown(() => db.close());
  const columns = (db.prepare("PRAGMA table_info(events)").all() as { name: string }[]).map((c) => c.name);
  const source = (db.prepare("SELECT id FROM events ORDER BY id LIMIT 1").get() as { id: string }).id;
  const pick = columns.map((c) => (c === "id" ? "printf('evt_zz%05d', n)" : c === "title" ? "CASE WHEN n % 1000 = 0 THEN 'Kestrelwatch ' ELSE 'Zebrafinch ' END || title" : c)).join(", ");
  const insert = db.prepare(`WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 6000)
    INSERT INTO events (${columns.join(", ")}) SELECT ${pick} FROM seq, events WHERE events.id = ?`);

  // Before: nothing matches, and the (remembered) total says so.
  t.same(await walk(app, "q=zebrafinch"), { ids: [], total: 0 });
  insert.run(source);

  const expected = (word: string) =>
    (db.prepare("SELECT id FROM events WHERE title LIKE ? ORDER BY id").all(`${word} %`) as { id: string }[]).map((r) => r.id);
  const dense = await walk(app, "q=zebrafinch");
  t.equal(dense.total, 5994, "the remembered total followed the insert made on another connection");
  t.same(dense.ids, expected("Zebrafinch"), "every match of a common word, once, in id order");
  const rare = await walk(app, "q=kestrelwatch");
  t.equal(rare.total, 6);
  t.same(rare.ids, expected("Kestrelwatch"));
  // A common word with another filter: the probe plan under a second condition.
  const combined = await walk(app, `q=zebrafinch&updated_since=2000-01-01`);
  t.same(combined.ids, dense.ids);
  t.equal(combined.total, dense.total);
  const sorted = await walk(app, "q=zebrafinch&sort=-id");
  t.same(sorted.ids, [...dense.ids].reverse(), "and in the other direction");
});
