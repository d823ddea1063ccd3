// Filters are checked against plain SQL over the same seeded file, so a test
// fails if a filter returns too much as well as too little.
import t from "tap";
import Database from "better-sqlite3";
import { build, getJson, sqlOf } from "../helpers/build.ts";
import { TEMPLATE } from "../helpers/paths.ts";

const seed = new Database(TEMPLATE, { readonly: true });
const ids = (query: string, ...params: unknown[]) => (seed.prepare(query).all(...params) as { id: string }[]).map((r) => r.id).sort();

type App = Awaited<ReturnType<typeof build>>;
/** Every id a filtered list returns, in its order, following the cursors across pages of `limit`. */
async function walk(app: App, url: string, limit = 500): Promise<string[]> {
  const out: string[] = [];
  const base = `${url}${url.includes("?") ? "&" : "?"}limit=${limit}&fields=id`;
  let next: string | null = base;
  while (next) {
    const { status, body } = await getJson(app, next);
    if (status !== 200) throw new Error(`${next}: ${status} ${JSON.stringify(body)}`);
    out.push(...body.data.map((r: { id: string }) => r.id));
    next = body.page.next_cursor ? `${base}&cursor=${encodeURIComponent(body.page.next_cursor)}` : null;
  }
  return out;
}

/** Every id a filtered list returns, across pages, sorted. */
const all = async (app: App, url: string) => (await walk(app, url)).sort();

t.test("either spelling of the ambassador's name finds him; claimant takes an alias, any case, any diacritics", async (t) => {
  const app = await build(t);
  for (const q of ["Zinoviev", "Zinovyev", "zinovyev", "ZINÓVIEV"]) {
    t.same(await all(app, `/v1/actors?q=${encodeURIComponent(q)}`), ["act_georgiy-zinoviev"], `q=${q}`);
  }
  const his = ids("SELECT id FROM claims WHERE claimant_id = 'act_georgiy-zinoviev'");
  t.ok(his.length > 0);
  for (const v of ["zinovyev", "Zinoviev", "Georgiy Zinoviev", "act_georgiy-zinoviev", "ZINÓVYEV"]) {
    t.same(await all(app, `/v1/claims?claimant=${encodeURIComponent(v)}`), his, `claimant=${v}`);
  }
  t.same(await all(app, "/v1/claims?claimant=nobody-at-all"), [], "an unknown actor matches nothing");
});

t.test("metonyms: Seoul and Pyongyang stand for the governments", async (t) => {
  const app = await build(t);
  t.same(await all(app, "/v1/actors?name=seoul"), ["act_south-korea"]);
  const northKorea = ids("SELECT DISTINCT event_id AS id FROM event_participants WHERE actor_id = 'act_north-korea'");
  t.same(await all(app, "/v1/events?actor=Pyongyang"), northKorea);
  const both = ids("SELECT DISTINCT event_id AS id FROM event_participants WHERE actor_id IN ('act_north-korea', 'act_south-korea')");
  t.same(await all(app, "/v1/events?actor=Pyongyang,Seoul"), both, "comma-separated values are OR-ed");
});

t.test("date filters are interval overlap that respects precision", async (t) => {
  const app = await build(t);
  const june = await all(app, "/v1/events?from=2024-06-19&to=2024-06-19");
  t.ok(june.includes("evt_2024-06-kim-putin-military-deal"), "an event known only to June 2024 matches 19 June");
  t.same(june, ids("SELECT id FROM events WHERE start_date <= '2024-06-19' AND end_date >= '2024-06-19'"));
  t.same(await all(app, "/v1/events?from=2024-10-08&to=2024-10-13"), ids("SELECT id FROM events WHERE start_date <= '2024-10-13' AND end_date >= '2024-10-08'"));
  t.same(await all(app, "/v1/events?from=2024-10"), ids("SELECT id FROM events WHERE end_date >= '2024-10-01'"), "a month starts on its first day");
  t.same(await all(app, "/v1/events?to=2024-06"), ids("SELECT id FROM events WHERE start_date <= '2024-06-30'"), "and ends on its last");
  t.same(await all(app, "/v1/events?to=2023"), ids("SELECT id FROM events WHERE start_date <= '2023-12-31'"));
  t.same(await all(app, "/v1/claims?from=2024-10-21&to=2024-10-21"), ids("SELECT id FROM claims WHERE claimed_at = '2024-10-21'"));
});

t.test("event filters combine with AND, values with OR", async (t) => {
  const app = await build(t);
  t.same(await all(app, "/v1/events?type=troop_deployment,military_aid"), ids("SELECT id FROM events WHERE type IN ('troop_deployment', 'military_aid')"));
  t.same(
    await all(app, "/v1/events?type=troop_deployment,troop_training&country=rus"),
    ids("SELECT e.id FROM events e JOIN places p ON p.id = e.place_id WHERE e.type IN ('troop_deployment', 'troop_training') AND p.country = 'RUS'"),
  );
  t.same(await all(app, "/v1/events?place=plc_vladivostok,plc_seoul"), ids("SELECT id FROM events WHERE place_id IN ('plc_vladivostok', 'plc_seoul')"));
  t.same(await all(app, "/v1/events?status=reported"), ids("SELECT id FROM events WHERE status = 'reported'"));
  const farEast = await all(app, "/v1/events?bbox=120,40,180,75");
  t.same(farEast, ids("SELECT e.id FROM events e JOIN places p ON p.id = e.place_id WHERE p.longitude BETWEEN 120 AND 180 AND p.latitude BETWEEN 40 AND 75"));
  t.ok(farEast.includes("evt_2024-10-storm-corps-arrive-in-vladivostok"));
  t.notOk(farEast.some((id) => id.includes("seoul")), "Seoul lies south of the box");
  t.same(await all(app, "/v1/events?bbox=179,40,-179,75"), [], "a box across the antimeridian is read as one");
  t.same(await all(app, "/v1/places?bbox=120,40,180,75"), ids("SELECT id FROM places WHERE longitude BETWEEN 120 AND 180 AND latitude BETWEEN 40 AND 75"));
});

t.test("requests of one shape with different values each get their own answer, page by page, in any sort", async (t) => {
  // The events list compiles its SQL once for each shape of request (which filters, how many values,
  // the sort, a cursor or not) and binds each request's values: a value bound to the wrong place, or
  // an answer kept from another request of the same shape, shows here.
  const app = await build(t);
  const windows = [["2024-06-01", "2024-10-20"], ["2024-10-08", "2024-10-21"], ["2022-01-01", "2024-06-30"], ["2024-10-21", "2024-12-31"]];
  for (const sort of ["id", "-id", "start_date", "-updated_at"]) {
    const column = sort.replace(/^-/, "");
    const order = `ORDER BY ${column} ${sort.startsWith("-") ? "DESC" : "ASC"}, id ${sort.startsWith("-") ? "DESC" : "ASC"}`;
    for (const [from, to] of windows) {
      for (const types of [["troop_deployment", "military_aid"], ["troop_training", "statement"]]) {
        const got = await walk(app, `/v1/events?from=${from}&to=${to}&type=${types.join(",")}&sort=${sort}`, 2);
        const want = (seed.prepare(`SELECT id FROM events WHERE end_date >= ? AND start_date <= ? AND type IN (?, ?) ${order}`).all(from, to, ...types) as { id: string }[]).map((r) => r.id);
        t.same(got, want, `${from}..${to}, ${types.join(" or ")}, sort=${sort}`);
      }
    }
  }
  const { body } = await getJson(app, "/v1/events?from=2024-10-08&to=2024-10-21&type=troop_deployment,military_aid&limit=1");
  t.equal(body.page.total, ids("SELECT id FROM events WHERE end_date >= '2024-10-08' AND start_date <= '2024-10-21' AND type IN ('troop_deployment', 'military_aid')").length, "the total counts this request's matches");
});

t.test("claims lists of one shape with different values each get their own answer, page by page", async (t) => {
  // As for events: the claims list compiles its SQL once per shape and binds each request's values.
  const app = await build(t);
  const claimants = seed.prepare("SELECT claimant_id, count(*) n FROM claims GROUP BY claimant_id HAVING n >= 3 ORDER BY n DESC LIMIT 3").all() as { claimant_id: string }[];
  t.ok(claimants.length >= 2, "the seed has claimants with several claims");
  for (const sort of ["id", "-claimed_at"]) {
    const order = sort === "id" ? "ORDER BY id" : "ORDER BY ifnull(claimed_at, '') DESC, id DESC";
    for (const { claimant_id } of claimants) {
      for (const stances of [["asserts", "denies"], ["asserts"], ["denies", "condemns", "does_not_confirm"]]) {
        const got = await walk(app, `/v1/claims?claimant=${claimant_id}&stance=${stances.join(",")}&sort=${sort}`, 2);
        const want = (seed.prepare(`SELECT id FROM claims WHERE claimant_id = ? AND stance IN (${stances.map(() => "?").join(", ")}) ${order}`).all(claimant_id, ...stances) as { id: string }[]).map((r) => r.id);
        t.same(got, want, `${claimant_id}, ${stances.join(" or ")}, sort=${sort}`);
      }
    }
  }
});

t.test("claim filters: stance, verification, certainty, event, source, about_actor, contested", async (t) => {
  const app = await build(t);
  t.same(await all(app, "/v1/claims?stance=denies,declines_to_comment"), ids("SELECT id FROM claims WHERE stance IN ('denies', 'declines_to_comment')"));
  t.same(await all(app, "/v1/claims?verification=unverified&certainty=certain"), ids("SELECT id FROM claims WHERE verification = 'unverified' AND certainty = 'certain'"));
  t.same(await all(app, "/v1/claims?source=src_nis-briefing-2024-10-18"), ids("SELECT id FROM claims WHERE source_id = 'src_nis-briefing-2024-10-18'"));
  t.same(
    await all(app, "/v1/claims?event=evt_2024-10-08-north-korea-ships-special-forces-to-russia"),
    ids("SELECT id FROM claims WHERE event_id = 'evt_2024-10-08-north-korea-ships-special-forces-to-russia'"),
  );
  t.same(await all(app, "/v1/claims?about_actor=Pyongyang"), ids("SELECT claim_id AS id FROM claim_about_actors WHERE actor_id = 'act_north-korea'"));
  const contested = ids(`SELECT DISTINCT r.related_claim_id AS id FROM claim_relations r JOIN claims c ON c.id = r.claim_id
    WHERE r.kind = 'contradicts' OR (r.kind = 'responds_to' AND c.stance = 'denies')`);
  t.ok(contested.length > 0, "the seed has contested claims");
  t.same(await all(app, "/v1/claims?contested=true"), contested);
  const uncontested = await all(app, "/v1/claims?contested=false");
  t.same([...uncontested, ...contested].sort(), ids("SELECT id FROM claims"), "contested=false is the rest");
});

t.test("actor, source and place filters", async (t) => {
  const app = await build(t);
  t.same(await all(app, "/v1/actors?kind=person&country=RUS,PRK"), ids("SELECT id FROM actors WHERE kind = 'person' AND country IN ('RUS', 'PRK')"));
  t.same(await all(app, "/v1/sources?publisher=NIS"), ids("SELECT id FROM sources WHERE publisher_id = 'act_national-intelligence-service'"));
  t.same(await all(app, "/v1/sources?kind=intelligence_briefing,satellite_imagery"), ids("SELECT id FROM sources WHERE kind IN ('intelligence_briefing', 'satellite_imagery')"));
  t.same(await all(app, "/v1/places?country=RUS&kind=city"), ids("SELECT id FROM places WHERE country = 'RUS' AND kind = 'city'"));
  t.same(await all(app, "/v1/places?q=vladi"), ["plc_vladivostok"]);
});

t.test("full-text search: words, phrases, prefixes, OR, diacritics", async (t) => {
  const app = await build(t);
  const like = (table: string, cols: string[], word: string) =>
    ids(`SELECT id FROM ${table} WHERE ${cols.map((c) => `lower(coalesce(${c}, '')) LIKE '%${word}%'`).join(" OR ")}`);
  const forces = await all(app, `/v1/events?q=${encodeURIComponent('"special forces"')}`);
  t.ok(forces.length > 0);
  t.same(forces, like("events", ["title", "summary"], "special forces"), "a phrase");
  t.same(await all(app, "/v1/claims?q=withdrawal"), like("claims", ["statement", "quote"], "withdrawal"));
  t.same(await all(app, "/v1/claims?q=WITHDRAWAL"), await all(app, "/v1/claims?q=withdrawal"), "any case");
  t.same(await all(app, "/v1/actors?q=zinov*"), ["act_georgiy-zinoviev"], "a prefix");
  const either = await all(app, "/v1/actors?q=Zelensky%20OR%20Peskov");
  t.ok(either.includes("act_dmitry-peskov") && either.length >= 2, "OR");
  t.same(await all(app, "/v1/sources?q=briefing"), like("sources", ["title"], "briefing"));
  t.same(await all(app, "/v1/events?q=Pyongyang%20Vladivostok"), like("events", ["title", "summary"], "vladivostok").filter((id) => like("events", ["title", "summary"], "pyongyang").includes(id)), "words are AND-ed");
  t.same(await all(app, "/v1/events?q=NEAR(title%3Aforces)"), await all(app, "/v1/events?q=near%20title%20forces"), "FTS5 syntax is not passed through");
});

t.test("the search index follows writes, aliases included", async (t) => {
  const app = await build(t);
  const db = sqlOf(t, app);
  await db.run("INSERT INTO actor_aliases (actor_id, name, name_norm, kind) VALUES ('act_georgiy-zinoviev', 'Зиновьев', 'зиновьев', 'transliteration')");
  t.same(await all(app, "/v1/actors?q=%D0%97%D0%B8%D0%BD%D0%BE%D0%B2%D1%8C%D0%B5%D0%B2"), ["act_georgiy-zinoviev"], "a new alias is searchable");
  await db.run("DELETE FROM actor_aliases WHERE name = 'Зиновьев'");
  t.same(await all(app, "/v1/actors?q=%D0%97%D0%B8%D0%BD%D0%BE%D0%B2%D1%8C%D0%B5%D0%B2"), [], "a deleted one is not");
  await db.run("UPDATE events SET title = 'Kremlin welcomes zeppelin delegation' WHERE id = 'evt_2024-10-21-lammy-visit-seoul'");
  t.same(await all(app, "/v1/events?q=zeppelin"), ["evt_2024-10-21-lammy-visit-seoul"], "a changed title");
  await db.run("DELETE FROM claims WHERE id = 'clm_zinoviev-cooperation-not-against-south-korea'");
  t.same(await all(app, "/v1/claims?q=zinoviev%20cooperation"), await all(app, "/v1/claims?q=zinoviev%20cooperation&claimant=act_georgiy-zinoviev"));
  t.notOk((await all(app, "/v1/claims?q=directed")).includes("clm_zinoviev-cooperation-not-against-south-korea"), "a deleted claim");
});

t.test("updated_since filters on the last change", async (t) => {
  const app = await build(t);
  const db = sqlOf(t, app);
  await db.run("UPDATE claims SET updated_at = '2030-01-02T03:04:05.000Z' WHERE id = 'clm_zinoviev-cooperation-not-against-south-korea'");
  t.same(await all(app, "/v1/claims?updated_since=2030-01-01"), ["clm_zinoviev-cooperation-not-against-south-korea"]);
  t.same(await all(app, "/v1/claims?updated_since=2030-01-02T03:04:05Z"), ["clm_zinoviev-cooperation-not-against-south-korea"], "an instant, inclusive");
  t.same(await all(app, "/v1/claims?updated_since=2030-01-02T04:04:05%2B02:00"), ["clm_zinoviev-cooperation-not-against-south-korea"], "an offset is converted to UTC");
  t.same(await all(app, "/v1/claims?updated_since=2030-01-02T03:04:06Z"), []);
});

t.test("nested lists take their collection's filters", async (t) => {
  const app = await build(t);
  t.same(
    await all(app, "/v1/actors/act_north-korea/events?type=troop_deployment"),
    ids("SELECT DISTINCT e.id FROM events e JOIN event_participants p ON p.event_id = e.id WHERE p.actor_id = 'act_north-korea' AND e.type = 'troop_deployment'"),
  );
  t.same(
    await all(app, "/v1/events/evt_2024-10-21-summons-russian-ambassador/claims?stance=denies"),
    ids("SELECT id FROM claims WHERE event_id = 'evt_2024-10-21-summons-russian-ambassador' AND stance = 'denies'"),
  );
  t.same(
    await all(app, "/v1/actors/act_south-korea-foreign-ministry/claims?verification=corroborated"),
    ids("SELECT id FROM claims WHERE claimant_id = 'act_south-korea-foreign-ministry' AND verification = 'corroborated'"),
  );
  t.same(
    await all(app, "/v1/sources/src_nis-briefing-2024-10-18/claims?q=special"),
    ids("SELECT id FROM claims WHERE source_id = 'src_nis-briefing-2024-10-18' AND (statement LIKE '%special%' OR quote LIKE '%special%')"),
  );
});

t.test("fields= trims records, and id always comes", async (t) => {
  const app = await build(t);
  const { body } = await getJson(app, "/v1/events?limit=3&fields=title,start_date");
  for (const e of body.data) t.same(Object.keys(e).sort(), ["id", "start_date", "title"]);
  const withInclude = await getJson(app, "/v1/claims?limit=2&fields=stance&include=claimant");
  for (const c of withInclude.body.data) t.same(Object.keys(c).sort(), ["claimant", "id", "stance"]);
});
