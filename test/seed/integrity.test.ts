// The seed against the report: references resolve, figures and dates are
// consistent, quotes are verbatim, no actor appears twice, and whatever the
// seed says beyond the report (a date bound, a status, an outside fact) is
// marked in `annotations` with its reason.
import t, { type Test } from "tap";
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { ARTICLE, TEMPLATE } from "../helpers/paths.ts";
import { isConsistent, resolveInterval, type DatePrecision } from "../../src/domain/dates.ts";
import { foldName } from "../../src/domain/text.ts";

const db = new Database(TEMPLATE, { readonly: true });
const all = <T>(q: string) => db.prepare(q).all() as T[];
const article = readFileSync(ARTICLE, "utf8");

t.test("every reference resolves", async (t) => {
  t.same(all("PRAGMA foreign_key_check"), []);
  t.same(all("PRAGMA integrity_check"), [{ integrity_check: "ok" }]);
});

t.test("every quote appears word for word in the report", async (t) => {
  const quotes = all<{ id: string; quote: string }>("SELECT id, quote FROM claims WHERE quote IS NOT NULL");
  t.ok(quotes.length >= 15, "the report's quotations are there");
  for (const q of quotes) t.ok(article.includes(q.quote), `${q.id}: ${q.quote}`);
});

t.test("figures keep low <= value <= high, and their hedging", async (t) => {
  const rows = all<{ id: string; value: number | null; low: number | null; high: number | null; comparator: string; text: string }>("SELECT * FROM quantities");
  for (const q of rows) {
    if (q.low !== null && q.value !== null) t.ok(q.low <= q.value, `${q.id}: low <= value`);
    if (q.value !== null && q.high !== null) t.ok(q.value <= q.high, `${q.id}: value <= high`);
    if (q.low !== null && q.high !== null) t.ok(q.low <= q.high, `${q.id}: low <= high`);
    t.ok(q.value !== null || q.low !== null || q.high !== null, `${q.id}: has a figure`);
  }
  const byText = (text: string) => rows.find((q) => q.text === text);
  t.match(byText("about 1,500"), { value: 1500, comparator: "approximately" });
  // One rule for vague plurals (seed/claims.yaml's header): at least two of what they count, no upper bound.
  t.match(byText("thousands"), { value: null, low: 2000, high: null, comparator: "at_least" });
  t.match(byText("multiple"), { value: null, low: 2, high: null, comparator: "at_least" });
  t.match(byText("billions of dollars"), { value: null, low: 2_000_000_000, high: null, comparator: "at_least" });
  t.match(byText("10,000"), { value: 10000, comparator: "exact" });
  t.match(byText("more than 13,000 containers"), { value: null, low: 13000, comparator: "more_than", unit: "containers" });
});

t.test("dates are consistent with their precision and resolved against 21 October 2024", async (t) => {
  const events = all<{ id: string; start_date: string; end_date: string; date_precision: DatePrecision }>("SELECT * FROM events");
  for (const e of events) t.ok(isConsistent(e.start_date, e.end_date, e.date_precision), `${e.id}: ${e.start_date}..${e.end_date} (${e.date_precision})`);
  const date = (id: string) => events.find((e) => e.id === id);
  t.match(date("evt_2024-10-21-summons-russian-ambassador"), { start_date: "2024-10-21", end_date: "2024-10-21", date_precision: "day" });
  t.match(date("evt_2024-10-08-north-korea-ships-special-forces-to-russia"), { start_date: "2024-10-08", end_date: "2024-10-13", date_precision: "day" });
  t.match(date("evt_2024-06-kim-putin-military-deal"), { start_date: "2024-06-01", end_date: "2024-06-30", date_precision: "month" });
  t.match(date("evt_2023-08-north-korea-arms-shipments-to-russia"), { start_date: "2023-08-01", date_precision: "month" });
  t.match(date("evt_2024-10-14-north-korea-trains-10000-soldiers"), { start_date: "2024-10-14", end_date: "2024-10-20", date_precision: "week" });
  t.match(date("evt_2024-10-22-duda-visit-seoul"), { start_date: "2024-10-22", date_precision: "day" });
  t.match(date("evt_2022-russia-invasion-of-ukraine"), { start_date: "2022-01-01", end_date: "2022-12-31", date_precision: "year" });
  const claims = all<{ id: string; claimed_at: string | null; claimed_precision: string | null }>("SELECT id, claimed_at, claimed_precision FROM claims");
  for (const c of claims) t.ok(c.claimed_at !== null && c.claimed_precision !== null, `${c.id}: dated, with a precision (on or before the report's day at the latest)`);
  t.equal(claims.find((c) => c.id === "clm_nis-about-1500-special-forces-in-russia")?.claimed_at, "2024-10-18", "the NIS spoke on Friday 18 October");
});

t.test("no actor appears twice under different spellings", async (t) => {
  const names = all<{ actor_id: string; name: string }>("SELECT id AS actor_id, name FROM actors UNION ALL SELECT actor_id, name FROM actor_aliases");
  const owner = new Map<string, string>();
  for (const n of names) {
    const k = foldName(n.name);
    if (owner.has(k) && owner.get(k) !== n.actor_id) t.fail(`"${n.name}" names both ${owner.get(k)} and ${n.actor_id}`);
    owner.set(k, n.actor_id);
  }
  const zinoviev = names.filter((n) => n.actor_id === "act_georgiy-zinoviev").map((n) => n.name).join(" ");
  t.match(zinoviev, /Zinoviev/);
  t.match(zinoviev, /Zinovyev/);
  for (const [alias, actor] of [["Seoul", "act_south-korea"], ["Pyongyang", "act_north-korea"], ["Moscow", "act_russia"]])
    t.equal(owner.get(foldName(alias)), actor, `"${alias}" stands for ${actor}`);
});

t.test("denials, refusals and non-confirmations answer the claims they are about", async (t) => {
  const rows = all<{ id: string; stance: string; answers: number }>(
    `SELECT c.id, c.stance, (SELECT count(*) FROM claim_relations r WHERE r.claim_id = c.id AND r.kind = 'responds_to') AS answers
     FROM claims c WHERE c.stance IN ('denies', 'declines_to_comment', 'does_not_confirm')`,
  );
  const stances = new Set(rows.map((r) => r.stance));
  t.ok(stances.has("denies") && stances.has("declines_to_comment") && stances.has("does_not_confirm"));
  for (const r of rows) t.ok(r.answers > 0, `${r.id} (${r.stance}) responds to a claim`);
});

t.test("every source the report cites is there", async (t) => {
  const kinds = all<{ kind: string }>("SELECT DISTINCT kind FROM sources").map((r) => r.kind);
  for (const k of ["news_report", "government_statement", "intelligence_briefing", "satellite_imagery", "social_media_post", "press_briefing"])
    t.ok(kinds.includes(k), `a ${k}`);
  const report = all<{ n: number }>("SELECT count(*) AS n FROM sources WHERE parent_id IS NULL AND kind = 'news_report'");
  t.equal(report[0].n, 1, "the report itself, at the root of the attribution chains");
});

// ---- what the seed says beyond the report ---------------------------------

type Mark = { field: string; mark: string; reason: string };
const marksOf = (table: string) =>
  new Map(all<{ id: string; annotations: string }>(`SELECT id, annotations FROM ${table}`).map((r) => [r.id, JSON.parse(r.annotations) as Mark[]]));
const marks = { actors: marksOf("actors"), places: marksOf("places"), sources: marksOf("sources"), events: marksOf("events"), claims: marksOf("claims") };
const marked = (collection: keyof typeof marks, id: string, field: string, mark?: string) =>
  (marks[collection].get(id) ?? []).some((m) => m.field === field && (mark === undefined || m.mark === mark));

/** Asserts that each phrase is in the report: the words a "stated" date rests on. */
const stated = (t: Test, phrases: Record<string, string | readonly string[]>) => {
  for (const [id, p] of Object.entries(phrases)) for (const phrase of [p].flat()) t.ok(article.includes(phrase), `${id}: the report says "${phrase}"`);
};

t.test("every mark is inferred or added, with a reason", async (t) => {
  let n = 0;
  for (const [collection, byId] of Object.entries(marks))
    for (const [id, list] of byId)
      for (const m of list) {
        n++;
        t.ok(m.mark === "inferred" || m.mark === "added", `${collection}/${id} ${m.field}: ${m.mark}`);
        t.ok(m.reason.trim().length >= 20, `${collection}/${id} ${m.field}: a reason in words`);
      }
  t.ok(n > 50, `${n} marks`);
});

// Event dates the report states, by the words that state them; every other
// start_date and end_date is narrower than the report supports and must be marked inferred.
const EVENT_DATES_STATED: Record<string, { start_date?: string; end_date?: string }> = {
  "evt_2024-10-08-north-korea-ships-special-forces-to-russia": { start_date: "between October 8 and 13", end_date: "between October 8 and 13" },
  "evt_2023-08-north-korea-arms-shipments-to-russia": { start_date: "since last August" },
  "evt_2024-06-kim-putin-military-deal": { start_date: "signed a military deal in June", end_date: "signed a military deal in June" },
  "evt_2022-russia-invasion-of-ukraine": { start_date: "Russia's 2022 invasion", end_date: "Russia's 2022 invasion" },
  "evt_2024-10-18-nis-briefing-on-north-korean-troops": { start_date: "spy agency said Friday", end_date: "spy agency said Friday" },
  "evt_2024-10-21-summons-russian-ambassador": { start_date: "summoned the Russian ambassador on Monday", end_date: "summoned the Russian ambassador on Monday" },
  "evt_2024-10-21-yoon-rutte-call": { start_date: "Also Monday, South Korea's President Yoon Suk Yeol spoke to NATO chief", end_date: "Also Monday, South Korea's President Yoon Suk Yeol spoke to NATO chief" },
  "evt_2024-10-21-lammy-visit-seoul": { start_date: "who was in Seoul on Monday", end_date: "who was in Seoul on Monday" },
  "evt_2024-10-22-duda-visit-seoul": { start_date: "from Tuesday this week", end_date: "from Tuesday this week" },
};

t.test("every event date the report does not state is marked inferred", async (t) => {
  stated(t, Object.fromEntries(Object.entries(EVENT_DATES_STATED).map(([id, d]) => [id, Object.values(d)])));
  const events = all<{ id: string; start_date: string; end_date: string; date_precision: DatePrecision }>("SELECT id, start_date, end_date, date_precision FROM events");
  for (const e of events) {
    // An interval of one unit (a day, a month) is the start date's alone: its mark covers the end too.
    const unit = resolveInterval(e.start_date, undefined, e.date_precision);
    const oneUnit = !("error" in unit) && unit.end_date === e.end_date;
    for (const field of ["start_date", "end_date"] as const) {
      const byReport = EVENT_DATES_STATED[e.id]?.[field] !== undefined;
      const isMarked = marked("events", e.id, field, "inferred") || (field === "end_date" && oneUnit && marked("events", e.id, "start_date", "inferred"));
      t.equal(isMarked, !byReport, `${e.id} ${field}: ${byReport ? "stated, not marked" : "marked inferred"}`);
    }
  }
  t.ok(marked("events", "evt_2024-10-more-north-korean-troops-to-depart-for-russia", "end_date", "inferred"), "\"soon\" has no end: the bound is ours");
});

t.test("every event status is our reading, marked with what it rests on", async (t) => {
  const rows = all<{ id: string; status: string }>("SELECT id, status FROM events");
  for (const e of rows) t.ok(marked("events", e.id, "status", "inferred"), `${e.id}: ${e.status}`);
  const status = (id: string) => rows.find((e) => e.id === id)?.status;
  t.equal(status("evt_2024-10-more-north-korean-troops-to-depart-for-russia"), "expected", "\"set to depart soon\" has no date: expected, not scheduled");
  t.equal(status("evt_2024-10-north-korean-troops-to-ukraine-front-lines"), "expected", "a forecast");
  t.equal(status("evt_2024-10-22-duda-visit-seoul"), "scheduled", "announced with a date");
});

// Claims whose sentence gives the day they were made; the report's own assertions (AFP) are made on its day.
const CLAIM_DATES_STATED: Record<string, string> = {
  "clm_peskov-russia-will-keep-developing-cooperation": "also said Monday",
  "clm_nis-about-1500-special-forces-in-russia": "Seoul's spy agency said Friday",
  "clm_nis-additional-troops-to-depart-soon": "said Friday, with additional troops set to depart soon",
  "clm_nis-first-north-korean-deployment-of-its-kind-abroad": "Seoul's spy agency said Friday",
  "clm_nis-more-than-13000-containers-of-weapons": "The NIS also said Friday",
  "clm_yoon-urges-nato-concrete-countermeasures": "Also Monday, South Korea's President Yoon Suk Yeol",
  "clm_zelensky-north-korea-training-10000-soldiers": "Last week, Ukrainian President Volodymyr Zelensky",
  "clm_zelensky-moscow-relies-on-north-for-losses": "Last week, Ukrainian President Volodymyr Zelensky",
};

t.test("every claim date the report does not state is marked inferred", async (t) => {
  stated(t, CLAIM_DATES_STATED);
  const rows = all<{ id: string; claimant_id: string; claimed_at: string }>("SELECT id, claimant_id, claimed_at FROM claims");
  for (const c of rows) {
    const byReport = c.id in CLAIM_DATES_STATED || (c.claimant_id === "act_afp" && c.claimed_at === "2024-10-21");
    t.equal(marked("claims", c.id, "claimed_at", "inferred"), !byReport, `${c.id} claimed_at ${c.claimed_at}: ${byReport ? "stated" : "marked inferred"}`);
    t.ok(c.claimed_at <= "2024-10-21", `${c.id}: made on or before the report's day`);
  }
});

t.test("every source date the report does not state is marked inferred", async (t) => {
  const STATED: Record<string, string> = {
    "src_nis-briefing-2024-10-18": "spy agency said Friday",
    "src_kremlin-remarks-2024-10-21": "also said Monday",
    "src_zelensky-remarks-2024-10-14": "Last week",
  };
  stated(t, STATED);
  for (const s of all<{ id: string; parent_id: string | null; published_at: string | null }>("SELECT id, parent_id, published_at FROM sources WHERE published_at IS NOT NULL")) {
    const byReport = s.id in STATED || s.parent_id === null; // the report itself: its own date
    t.equal(marked("sources", s.id, "published_at", "inferred"), !byReport, `${s.id}: ${byReport ? "stated" : "marked inferred"}`);
  }
});

t.test("every verification beyond unverified says which claim backs or contests it", async (t) => {
  const rows = all<{ id: string; verification: string }>("SELECT id, verification FROM claims");
  for (const c of rows) if (c.verification !== "unverified") t.ok(marked("claims", c.id, "verification", "inferred"), `${c.id}: ${c.verification}`);
  t.same(rows.filter((c) => c.verification === "corroborated").map((c) => c.id), [], "NATO had not confirmed the deployment: nothing about it is corroborated");
  const v = (id: string) => rows.find((c) => c.id === id)?.verification;
  t.equal(v("clm_mofa-protests-troop-dispatch-demands-withdrawal"), v("clm_kim-hong-kyun-grave-concerns-urges-withdrawal"), "the ministry and its vice minister, same content, same verification");
});

t.test("outside knowledge is marked added", async (t) => {
  for (const [table, owner, collection] of [["actor_external_ids", "actor_id", "actors"], ["place_external_ids", "place_id", "places"], ["source_external_ids", "source_id", "sources"], ["event_external_ids", "event_id", "events"]] as const)
    for (const x of all<{ owner: string; scheme: string }>(`SELECT ${owner} AS owner, scheme FROM ${table}`))
      t.ok(marked(collection, x.owner, `external_ids.${x.scheme}`, "added"), `${x.owner}: ${x.scheme} id`);
  for (const p of all<{ id: string; latitude: number | null; admin1: string | null }>("SELECT id, latitude, admin1 FROM places")) {
    if (p.latitude !== null) t.ok(marked("places", p.id, "latitude", "added") && marked("places", p.id, "longitude", "added"), `${p.id}: coordinates`);
    if (p.admin1 !== null) t.ok(marked("places", p.id, "admin1", "added"), `${p.id}: ${p.admin1}`);
  }
  // Source kinds the report's own words name; any other kind is our reading or an addition.
  const NAMED_KINDS: Record<string, string> = {
    news_report: "the report itself", government_statement: "said in a statement", satellite_imagery: "satellite images",
    social_media_post: "said on X", press_briefing: "told journalists", intelligence_report: "intelligence reports",
  };
  stated(t, Object.fromEntries(Object.entries(NAMED_KINDS).filter(([k]) => k !== "news_report")));
  for (const s of all<{ id: string; kind: string; language: string | null; parent_id: string | null }>("SELECT id, kind, language, parent_id FROM sources")) {
    if (!(s.kind in NAMED_KINDS) && s.kind !== "other") t.ok(marked("sources", s.id, "kind"), `${s.id}: ${s.kind}`);
    if (s.language !== null && s.parent_id !== null) t.ok(marked("sources", s.id, "language", "added"), `${s.id}: language ${s.language}`);
  }
  for (const [id, field] of [
    ["act_national-intelligence-service", "name"], ["act_nato", "name"], ["act_mark-rutte", "affiliations"], ["act_kremlin", "name"],
    ["act_south-korea-foreign-ministry", "name"], ["act_cheong-seong-chang", "country"], ["act_sejong-institute", "country"],
  ]) t.ok(marked("actors", id, field, "added"), `${id}: ${field}`);
  const summary = all<{ summary: string }>("SELECT summary FROM events WHERE id = 'evt_2022-russia-invasion-of-ukraine'")[0].summary;
  t.notMatch(summary, /full-scale/, "the report says \"Russia's 2022 invasion\", no more");
});

t.test("the attributions and links the report implies", async (t) => {
  const claim = (id: string) => all<{ claimant_id: string; source_id: string }>(`SELECT claimant_id, source_id FROM claims WHERE id = '${id}'`)[0];
  t.match(claim("clm_nis-first-north-korean-deployment-of-its-kind-abroad"), { claimant_id: "act_national-intelligence-service", source_id: "src_nis-briefing-2024-10-18" },
    "\"first such deployment overseas\" stands in a sentence attributed to Seoul's spy agency");
  t.ok(marked("claims", "clm_nis-first-north-korean-deployment-of-its-kind-abroad", "claimant_id", "inferred"), "the attribution's ambiguity is recorded");
  const links = all<{ claim_id: string; related_claim_id: string; kind: string }>("SELECT claim_id, related_claim_id, kind FROM claim_relations");
  const linked = (a: string, b: string, kind: string) => links.some((l) => l.kind === kind && ((l.claim_id === a && l.related_claim_id === b) || (l.claim_id === b && l.related_claim_id === a)));
  t.ok(linked("clm_rutte-deployment-would-mark-significant-escalation", "clm_nato-has-not-confirmed-north-korean-deployments", "qualified_by"), "\"would mark\" while NATO has not confirmed");
  t.ok(linked("clm_rutte-deployment-would-mark-significant-escalation", "clm_yoon-urges-nato-concrete-countermeasures", "responds_to"), "Rutte answers Yoon's call");
  const peskov = ["clm_peskov-russia-will-keep-developing-cooperation", "clm_peskov-north-korea-close-neighbour-sovereign-right", "clm_peskov-declines-comment-on-north-korean-troops"];
  for (const [i, a] of peskov.entries()) for (const b of peskov.slice(i + 1)) t.ok(linked(a, b, "same_occasion"), `${a} and ${b}: one press briefing`);
  const poland = all<{ id: string }>("SELECT c.id FROM claims c JOIN claim_about_actors a ON a.claim_id = c.id AND a.actor_id = 'act_poland' JOIN claim_about_actors u ON u.claim_id = c.id AND u.actor_id = 'act_ukraine' WHERE c.statement LIKE '%ally%' OR c.statement LIKE '%allies%'");
  t.ok(poland.some((c) => c.id === "clm_afp-poland-key-ally-of-kyiv"), "\"Kyiv's key ally Poland\" is a claim");
});
