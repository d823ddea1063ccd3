import t from "tap";
import Database from "better-sqlite3";
import { build, getJson, readerDb, sqliteOnly } from "../helpers/build.ts";
import { TEMPLATE } from "../helpers/paths.ts";
import { watchStatements } from "../helpers/statements.ts";

const seed = new Database(TEMPLATE, { readonly: true });
const groups = (query: string) =>
  (seed.prepare(query).all() as { key: string | null; count: number }[]).sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
const asGroups = (body: any) => body.data.map(({ key, count }: any) => ({ key, count }));

t.test("event statistics count what the list would return, by group", async (t) => {
  const app = await build(t);
  const cases: [string, string][] = [
    ["group_by=type", "SELECT type AS key, count(*) AS count FROM events GROUP BY type"],
    ["group_by=year", "SELECT substr(start_date, 1, 4) AS key, count(*) AS count FROM events GROUP BY key"],
    ["group_by=month&from=2024-10", "SELECT substr(start_date, 1, 7) AS key, count(*) AS count FROM events WHERE end_date >= '2024-10-01' GROUP BY key"],
    ["group_by=country", "SELECT p.country AS key, count(*) AS count FROM events e LEFT JOIN places p ON p.id = e.place_id GROUP BY p.country"],
    ["group_by=country&from=2024-10", "SELECT p.country AS key, count(*) AS count FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE e.end_date >= '2024-10-01' GROUP BY p.country"],
    ["group_by=year&type=troop_deployment", "SELECT substr(start_date, 1, 4) AS key, count(*) AS count FROM events WHERE type = 'troop_deployment' GROUP BY key"],
    ["group_by=month", "SELECT substr(start_date, 1, 7) AS key, count(*) AS count FROM events GROUP BY key"],
    ["group_by=actor", `SELECT a.id AS key, count(DISTINCT e.id) AS count FROM events e JOIN event_participants ep ON ep.event_id = e.id
      JOIN actors a ON a.id = ep.actor_id GROUP BY a.id`],
    ["group_by=actor&type=troop_deployment", `SELECT a.id AS key, count(DISTINCT e.id) AS count FROM events e JOIN event_participants ep ON ep.event_id = e.id
      JOIN actors a ON a.id = ep.actor_id WHERE e.type = 'troop_deployment' GROUP BY a.id`],
  ];
  for (const [query, sql] of cases) {
    const { status, body } = await getJson(app, `/v1/stats/events?${query}`);
    t.equal(status, 200, query);
    t.same(asGroups(body), groups(sql), query);
    t.equal(body.group_by, query.split("&")[0].slice("group_by=".length));
  }
  const actors = (await getJson(app, "/v1/stats/events?group_by=actor")).body;
  t.ok(actors.data.some((g: any) => g.key === "act_north-korea" && g.label === "North Korea"), "actors are labelled with their names");
  t.equal(actors.total, (seed.prepare("SELECT count(*) AS n FROM events").get() as any).n);
});

t.test("claim statistics take the claim filters", async (t) => {
  const app = await build(t);
  const cases: [string, string][] = [
    ["group_by=stance", "SELECT stance AS key, count(*) AS count FROM claims GROUP BY stance"],
    ["group_by=verification&claimant=NIS", "SELECT verification AS key, count(*) AS count FROM claims WHERE claimant_id = 'act_national-intelligence-service' GROUP BY verification"],
    ["group_by=claimant&stance=denies,declines_to_comment", "SELECT claimant_id AS key, count(*) AS count FROM claims WHERE stance IN ('denies', 'declines_to_comment') GROUP BY claimant_id"],
    ["group_by=month", "SELECT substr(claimed_at, 1, 7) AS key, count(*) AS count FROM claims GROUP BY key"],
    ["group_by=certainty&q=troops", "SELECT certainty AS key, count(*) AS count FROM claims WHERE rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'troops') GROUP BY certainty"],
  ];
  for (const [query, sql] of cases) {
    const { status, body } = await getJson(app, `/v1/stats/claims?${query}`);
    t.equal(status, 200, query);
    t.same(asGroups(body), groups(sql), query);
    t.equal(body.total, body.data.reduce((n: number, g: any) => n + g.count, 0), `${query}: the groups add up to the total`);
  }
});

t.test("an unfiltered statistic reads one index in its own order: no sort, no table scan, no join to the events", sqliteOnly("it reads SQLite's query plans"), async (t) => {
  const app = await build(t);
  const ran: string[] = [];
  watchStatements(t, readerDb(app), (stmt) => ran.push(stmt.source));
  const cases: [string, RegExp | null][] = [
    ["/v1/stats/events?group_by=year", /USING INDEX events_start_month_idx/],
    ["/v1/stats/events?group_by=month", null], // the counts years were added up from, remembered
    ["/v1/stats/events?group_by=country", /USING COVERING INDEX events_country_/],
    ["/v1/stats/events?group_by=actor", /SCAN event_participants USING COVERING INDEX event_participants_actor_id_event_id_idx/],
    ["/v1/stats/claims?group_by=month", /USING INDEX claims_claimed_month_idx/],
    ["/v1/stats/claims?group_by=certainty", /USING COVERING INDEX claims_certainty_idx/],
  ];
  for (const [url, index] of cases) {
    ran.length = 0;
    t.equal((await app.inject(url)).statusCode, 200, url);
    const grouping = ran.filter((sql) => /group by/i.test(sql));
    if (index === null) {
      t.same(grouping, [], `${url}: answered from the remembered month counts`);
      continue;
    }
    t.equal(grouping.length, 1, `${url}: one grouping statement`);
    const plan = (readerDb(app).prepare(`EXPLAIN QUERY PLAN ${grouping[0]}`).all() as { detail: string }[]).map((r) => r.detail).join(" | ");
    t.match(plan, index, `${url}: ${plan}`);
    t.notMatch(plan, /TEMP B-TREE|SCAN (events|claims)(?! USING)|SEARCH events/, `${url}: no sort, no table scan, no lookup of each event`);
  }
});

t.test("limit keeps the largest groups only, and groups says how many there are", async (t) => {
  const app = await build(t);
  const all = (await getJson(app, "/v1/stats/events?group_by=actor")).body;
  t.ok(all.data.length > 3, `${all.data.length} actor groups in the seed`);
  t.equal(all.groups, all.data.length, "without limit, every group");
  const top = (await getJson(app, "/v1/stats/events?group_by=actor&limit=3")).body;
  t.same(top.data, all.data.slice(0, 3), "the first three of the same order: the largest");
  t.equal(top.groups, all.data.length);
  t.equal(top.total, all.total, "the total does not depend on the limit");
  const claims = (await getJson(app, "/v1/stats/claims?group_by=stance&limit=1&claimant=NIS")).body;
  t.equal(claims.data.length, 1);
  t.ok(claims.groups >= 1 && claims.data[0].count === Math.max(...(await getJson(app, "/v1/stats/claims?group_by=stance&claimant=NIS")).body.data.map((g: any) => g.count)));
  for (const bad of ["0", "10001", "1.5", "abc", "-1"]) {
    const res = await app.inject(`/v1/stats/events?group_by=type&limit=${bad}`);
    t.equal(res.statusCode, 400, `limit=${bad}`);
    t.match(res.headers["content-type"], /^application\/problem\+json/);
    t.match(res.json().detail, /limit: must be an integer from 1 to 10000/, `limit=${bad}: says what to fix`);
  }
});
