// Full-text search on PostgreSQL gives SQLite's answers. The q syntax is
// parsed once and written for each engine (src/domain/search.ts): an FTS5
// expression and a tsquery. On the seed loaded into both engines, with a few
// records given non-ASCII text (Cyrillic, Korean, Latin letters with and
// without diacritics, curly apostrophes, non-breaking hyphens), each search
// matches the same records of each collection on both, with the same count.
// The PostgreSQL documents follow inserts, updates and deletes of the records
// and of actors' aliases.
import t from "tap";
import pg from "pg";
import { openPgPool, PgReader } from "../../src/db/pg-reader.ts";
import { sql, type Reader } from "../../src/db/query.ts";
import { openSqlite } from "../../src/db/sqlite.ts";
import { SqliteReader } from "../../src/db/sqlite-reader.ts";
import { toFtsExpression, toSearchExpressions, type SearchExpressions } from "../../src/domain/search.ts";
import { listActors } from "../../src/repositories/actors.ts";
import { listClaims } from "../../src/repositories/claims.ts";
import { listEvents } from "../../src/repositories/events.ts";
import { ftsCount, ftsMatch } from "../../src/repositories/matching.ts";
import { listSources } from "../../src/repositories/sources.ts";
import { copyDatabase } from "../helpers/build.ts";
import { copyPostgres, POSTGRES_UNAVAILABLE } from "../helpers/postgres.ts";

const search = (q: string): SearchExpressions => {
  const r = toSearchExpressions(q);
  if ("error" in r) throw new Error(`${q}: ${r.error}`);
  return r;
};

t.test("one parse of q, written for FTS5 and as a tsquery", async (t) => {
  const cases: [string, string, string][] = [
    ["korea", '"korea"', "'korea'"],
    ["North Korea", '"North" AND "Korea"', "'North' & 'Korea'"],
    ['"North Korea" troops', '"North Korea" AND "troops"', "'North' <-> 'Korea' & 'troops'"],
    ["troop*", '"troop"*', "'troop':*"],
    ["nuclear-arm*", '"nuclear arm"*', "'nuclear' <-> 'arm':*"],
    ["Pyongyang's", '"Pyongyang s"', "'Pyongyang' <-> 's'"],
    ["Seoul OR Moscow troops", '("Seoul" OR "Moscow") AND "troops"', "('Seoul' | 'Moscow') & 'troops'"],
    ['a OR "b c" OR d*', '("a" OR "b c" OR "d"*)', "('a' | 'b' <-> 'c' | 'd':*)"],
    ["Зеленский 김정은 Łódź", '"Зеленский" AND "김정은" AND "Łódź"', "'Зеленский' & '김정은' & 'Łódź'"],
  ];
  for (const [q, expression, tsquery] of cases) t.same(toSearchExpressions(q), { expression, tsquery }, q);
  // tsquery's own syntax is never reached: only words, quoted, and the operators written here.
  for (const q of ["a'b", "a\\b", "a & !b", "a <2> b", "a:* b:A", "(a | b)", "'a' <-> 'b'", "a''"]) {
    const r = search(q);
    t.match(r.tsquery, /^('[\p{L}\p{N}]+'(:\*)?|[ &|<>()-])+$/u, `${q}: quoted words and operators only (${r.tsquery})`);
  }
  t.same(toSearchExpressions('"open'), { error: 'has an unclosed quote: close each "phrase" with a second "' });
  t.same(toSearchExpressions("OR a"), { error: "has an OR that does not stand between two terms" });
  t.same(toSearchExpressions("?!"), { error: "must contain at least one word (letters or digits)" });
  t.same(toFtsExpression("a OR b c*"), { expression: '("a" OR "b") AND "c"*' }, "toFtsExpression still gives FTS5's expression alone");
});

const COLLECTIONS = ["events", "claims", "sources", "actors"] as const;
type Collection = (typeof COLLECTIONS)[number];

// Words, phrases, prefixes, OR, case, diacritics, punctuation, hyphens, digits,
// aliases, non-ASCII scripts, and words that match nothing.
const QUERIES = [
  "korea", "North Korea", '"North Korea"', '"Korea North"', "KOREA", "Kórea", "séoul", "troop*", "deploy* troops",
  "nuclear-armed", "nuclear-arm*", "Pyongyang's", "pyongyang", "Seoul OR Moscow", "withdrawal OR ceasefire troops",
  "2024", "21 October", "Zinovyev", "Zinov*", '"the North"', '"spy agency"', "Seoul's spy",
  "Зеленский", "зеленский", "ПУТИН", "ёлка", "김정은", "북한", "Zelenskyy", "Zelensky", "Łódź", "lodz", "naive cafe", "NAÏVE",
  "nguyen duc thang", "Nguyễn", '"Kim Jong Un"', "kim jong un", "Північна", "Straße", "non-breaking", "xylophone", "quux* OR zzyzx",
];

// The same statements on both engines: non-ASCII text given to a few seed records.
const CHANGES = [
  `UPDATE events SET summary = summary || ' Зеленский (Zelensky/Zelenskyy) and Kim Jong Un — 김정은 — met in Łódź: naïve café talk with Nguyễn Đức Thắng, ПУТИН and Ёлка.' WHERE id = (SELECT min(id) FROM events)`,
  `UPDATE sources SET title = title || ' – Pyongyang’s non‑breaking Straße' WHERE id = (SELECT min(id) FROM sources)`,
  `UPDATE claims SET quote = 'Ким Чен Ын: “Північна Корея”' WHERE id = (SELECT max(id) FROM claims)`,
  `INSERT INTO actor_aliases (actor_id, name, name_norm, kind) VALUES ('act_north-korea', '북한', '북한', 'transliteration'), ('act_north-korea', 'Північна Корея', 'північна корея', 'transliteration')`,
];

t.test("the seed on both engines: every search matches the same records", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const url = await copyPostgres(t);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  t.teardown(() => client.end());
  const lite = openSqlite(`file:${copyDatabase(t)}`);
  t.teardown(() => lite.close());
  for (const change of CHANGES) {
    lite.prepare(change).run();
    await client.query(change);
  }
  const reader = new SqliteReader(lite);
  const pgReader = new PgReader(openPgPool(url));
  t.teardown(() => pgReader.close());
  const matched = (table: Collection, s: SearchExpressions, dense: boolean) => sql.selectFrom(table).select("id").where(ftsMatch(table, s, dense)).orderBy("id");

  let nonEmpty = 0;
  for (const q of QUERIES) {
    const s = search(q);
    let any = false;
    for (const table of COLLECTIONS) {
      const ids = (await reader.all(matched(table, s, false))).map((r) => r.id);
      t.same((await reader.all(matched(table, s, true))).map((r) => r.id), ids, `${q} in ${table}: SQLite's dense and sparse shapes agree`);
      const pgIds = (await pgReader.all(matched(table, s, false))).map((r) => r.id);
      t.same(pgIds, ids, `${q} in ${table}: ${ids.length} on SQLite, the same on PostgreSQL`);
      t.same((await pgReader.all(matched(table, s, true))).map((r) => r.id), ids, `${q} in ${table}: dense, on PostgreSQL`);
      t.equal(await ftsCount(pgReader, table, s), ids.length, `${q} in ${table}: PostgreSQL's count`);
      t.equal(await ftsCount(reader, table, s), ids.length, `${q} in ${table}: SQLite's count`);
      any ||= ids.length > 0;
    }
    if (any) nonEmpty++;
  }
  t.ok(nonEmpty >= QUERIES.length - 6, `most searches match something (${nonEmpty} of ${QUERIES.length})`);
  // Spot checks that the comparison is not of two wrong answers.
  const ids = async (table: Collection, q: string) => (await pgReader.all(matched(table, search(q), false))).map((r) => r.id);
  t.same(await ids("actors", "북한"), ["act_north-korea"], "an alias in Korean finds its actor");
  t.same(await ids("actors", '"the nuclear-armed North"'), ["act_north-korea"], "a phrase within one alias");
  t.equal((await ids("events", "lodz")).length, 0, "ł is a letter of its own, as in FTS5");
  t.equal((await ids("events", "Zelenskyy")).length, 1);
  t.same(await ids("events", '"Korea North"'), [], "a phrase is in order");

  // A list's page and total, as its route reads them: the search alone (the total is the index's own count) or with another filter.
  const paging = (limit: number) => ({ limit, sort: { key: "start_date", desc: true, text: "-start_date" }, after: null, encode: (p: object) => JSON.stringify(p) });
  const lists: [string, (r: Reader) => Promise<{ data: { id: string }[]; page: unknown }>][] = [
    ["events korea", (r) => listEvents(r, { q: search("korea") }, paging(3))],
    ["events korea in KOR", (r) => listEvents(r, { q: search("korea"), country: ["KOR"] }, paging(50))],
    ["claims troop*", (r) => listClaims(r, { q: search("troop*") }, paging(5))],
    ["actors pyongyang OR zinov*", (r) => listActors(r, { q: search("pyongyang OR zinov*") }, paging(50))],
    ["sources seoul", (r) => listSources(r, { q: search("seoul") }, paging(1))],
    ["claims xylophone", (r) => listClaims(r, { q: search("xylophone") }, paging(50))],
  ];
  for (const [what, list] of lists) {
    const [a, b] = [await list(reader), await list(pgReader)];
    t.ok(a.data.length > 0 || what.includes("xylophone"), `${what}: ${a.data.length} on the page`);
    t.same(b.data.map((r) => r.id), a.data.map((r) => r.id), `${what}: the same page`);
    t.same(b.page, a.page, `${what}: the same total and cursor`);
  }
});

t.test("the PostgreSQL documents follow every write", { skip: POSTGRES_UNAVAILABLE }, async (t) => {
  const url = await copyPostgres(t);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  t.teardown(() => client.end());
  const find = async (table: Collection, q: string) =>
    (await client.query(`SELECT id FROM ${table}_fts WHERE doc @@ fts_query($1) ORDER BY id`, [search(q).tsquery])).rows.map((r) => r.id as string);
  const now = "2026-01-01T00:00:00.000Z";

  // The backfill and the seed's inserts indexed every record.
  for (const table of COLLECTIONS) {
    const { rows: [r] } = await client.query(`SELECT (SELECT count(*) FROM ${table})::int AS records, (SELECT count(*) FROM ${table}_fts)::int AS documents`);
    t.equal(r.documents, r.records, `${table}: a document per record`);
  }

  const [event] = (await client.query("SELECT id FROM events ORDER BY id LIMIT 1")).rows.map((r) => r.id as string);
  await client.query("UPDATE events SET title = 'Квазар over Ulaanbaatar' WHERE id = $1", [event]);
  t.same(await find("events", "квазар"), [event], "an event's new title is found");
  await client.query("UPDATE events SET start_date = start_date WHERE id = $1", [event]);
  t.same(await find("events", "ulaanbaatar"), [event], "an update of other columns keeps the document");
  await client.query("UPDATE events SET title = 'Something else' WHERE id = $1", [event]);
  t.same(await find("events", "квазар"), [], "its old title is not");

  await client.query("INSERT INTO actors (id, kind, name, name_norm, created_at, updated_at) VALUES ('act_t1', 'person', 'Oleksandra Kvitka', 'oleksandra kvitka', $1, $1)", [now]);
  t.same(await find("actors", "kvitka"), ["act_t1"], "a new actor");
  await client.query("INSERT INTO actor_aliases (actor_id, name, name_norm, kind) VALUES ('act_t1', 'Олександра Квітка', 'олександра квітка', 'transliteration'), ('act_t1', 'Kwitka', 'kwitka', 'spelling')");
  t.same(await find("actors", "Квітка"), ["act_t1"], "its aliases, added in one statement");
  t.same(await find("actors", "kwitka"), ["act_t1"]);
  await client.query("UPDATE actor_aliases SET name = 'Kvitková', name_norm = 'kvitkova' WHERE actor_id = 'act_t1' AND name = 'Kwitka'");
  t.same(await find("actors", "kwitka"), [], "a renamed alias: the old name is gone");
  t.same(await find("actors", "KVITKOVA"), ["act_t1"], "and the new one found");
  await client.query("UPDATE actor_aliases SET actor_id = 'act_north-korea' WHERE actor_id = 'act_t1' AND name = 'Kvitková'");
  t.same(await find("actors", "kvitkova"), ["act_north-korea"], "an alias moved to another actor moves in both documents");
  await client.query("DELETE FROM actor_aliases WHERE name = 'Kvitková'");
  t.same(await find("actors", "kvitkova"), [], "a deleted alias");
  t.same(await find("actors", "pyongyang"), ["act_north-korea"], "the other aliases stay");
  await client.query("UPDATE actors SET name = 'O. Kvitka' WHERE id = 'act_t1'");
  t.same(await find("actors", "oleksandra"), [], "an actor's new name");
  t.same(await find("actors", "Олександра"), ["act_t1"], "keeps its aliases");
  await client.query("DELETE FROM actors WHERE id = 'act_t1'");
  t.same(await find("actors", "kvitka"), [], "a deleted actor (its aliases deleted with it)");
  t.equal((await client.query("SELECT count(*)::int AS n FROM actors_fts WHERE id = 'act_t1'")).rows[0].n, 0);

  // Many rows in one statement: each indexed, in one pass of the trigger.
  await client.query(`INSERT INTO sources (id, kind, title, created_at, updated_at) SELECT 'src_t' || i, 'report', 'Bulletin number ' || i || ' from Kyïv', $1, $1 FROM generate_series(1, 500) i`, [now]);
  t.equal((await find("sources", "kyiv bulletin")).length, 500, "a statement of 500 inserts");
  t.same(await find("sources", '"number 250"'), ["src_t250"]);
  await client.query(`DELETE FROM sources WHERE id LIKE 'src_t%'`);
  t.same(await find("sources", "bulletin"), [], "and of 500 deletes");
  const { rows: [c] } = await client.query(`SELECT (SELECT count(*) FROM sources)::int AS records, (SELECT count(*) FROM sources_fts)::int AS documents`);
  t.equal(c.documents, c.records);
});
