// The seed against the report: references resolve, figures and dates are
// consistent, quotes are verbatim, and no actor appears twice.
import t from "tap";
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { ARTICLE, TEMPLATE } from "../helpers/paths.ts";
import { isConsistent, type DatePrecision } from "../../src/domain/dates.ts";
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
  t.match(byText("thousands"), { value: null, low: 1000, comparator: "at_least" });
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
  for (const c of claims) t.equal(c.claimed_at === null, c.claimed_precision === null, `${c.id}: a claimed date has a precision`);
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
