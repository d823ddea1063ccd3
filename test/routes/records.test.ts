import t from "tap";
import Database from "better-sqlite3";
import { build, getJson } from "../helpers/build.ts";
import { TEMPLATE } from "../helpers/paths.ts";

const seed = new Database(TEMPLATE, { readonly: true });
const idsOf = (table: string) => (seed.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: string }[]).map((r) => r.id);
const collections = ["events", "actors", "claims", "sources", "places"] as const;

t.test("each list pages through exactly its records, in id order", async (t) => {
  const app = await build(t);
  for (const c of collections) {
    const expected = idsOf(c);
    const seen: string[] = [];
    let url = `/v1/${c}?limit=7`;
    for (let guard = 0; guard < 100; guard++) {
      const { status, body } = await getJson(app, url);
      t.equal(status, 200);
      t.equal(body.page.total, expected.length, `${c}: total counts every record`);
      t.ok(body.data.length <= 7);
      seen.push(...body.data.map((r: { id: string }) => r.id));
      if (!body.page.next_cursor) break;
      url = `/v1/${c}?limit=7&cursor=${encodeURIComponent(body.page.next_cursor)}`;
    }
    t.same(seen, expected, `${c}: every record once, in order`);
  }
});

t.test("the default page holds 50 records at most", async (t) => {
  const app = await build(t);
  const { body } = await getJson(app, "/v1/claims");
  t.equal(body.page.limit, 50);
  t.equal(body.data.length, Math.min(50, idsOf("claims").length));
});

t.test("every seeded record can be fetched by id, with its relations embedded", async (t) => {
  const app = await build(t);
  for (const c of collections) {
    for (const id of idsOf(c)) {
      const { status, body } = await getJson(app, `/v1/${c}/${id}`);
      t.equal(status, 200, `${c}/${id}`);
      t.equal(body.id, id);
    }
  }
});

t.test("the ambassador shows both spellings of his name", async (t) => {
  const app = await build(t);
  const { body } = await getJson(app, "/v1/actors/act_georgiy-zinoviev");
  const names = [body.name, ...body.aliases.map((a: { name: string }) => a.name)];
  t.ok(names.some((n) => /Zinoviev/.test(n)));
  t.ok(names.some((n) => /Zinovyev/.test(n)));
  t.equal(body.affiliations[0].organisation.id, "act_russia");
  const russia = (await getJson(app, "/v1/actors/act_russia")).body;
  const member = russia.members.find((m: { member: { id: string } }) => m.member.id === "act_georgiy-zinoviev");
  t.ok(member, "and the organisation lists him among its members");
  t.equal(member?.role, body.affiliations[0].role, "in the same role");
  t.equal(russia.affiliations.length, 0, "a state belongs to no organisation here");
  t.equal(russia.event_count, 10, "it takes part in ten of the report's events");
  t.equal(russia.claim_count, 0, "and makes none of its claims");
  t.equal((await getJson(app, "/v1/actors/act_national-intelligence-service")).body.claim_count, 7, "the NIS makes seven (the first-deployment phrase stands in a sentence attributed to it)");
});

t.test("an event embeds its place, participants, claims and sources", async (t) => {
  const app = await build(t);
  const { body } = await getJson(app, "/v1/events/evt_2024-10-21-summons-russian-ambassador");
  t.equal(body.place.id, "plc_seoul");
  t.equal(body.date_precision, "day");
  t.equal(body.start_date, "2024-10-21");
  t.ok(body.participants.some((p: any) => p.actor.id === "act_georgiy-zinoviev"));
  t.ok(body.claims.length >= 3);
  t.ok(body.sources.some((s: any) => s.id === "src_russian-embassy-statement-2024-10-21"));
  const claims = await getJson(app, "/v1/events/evt_2024-10-21-summons-russian-ambassador/claims");
  t.same(claims.body.data.map((c: any) => c.id).sort(), body.claims.map((c: any) => c.id).sort());
});

t.test("a claim embeds its claimant, source, figures and links both ways", async (t) => {
  const app = await build(t);
  const denial = (await getJson(app, "/v1/claims/clm_zinoviev-cooperation-not-against-south-korea")).body;
  t.equal(denial.stance, "denies");
  t.equal(denial.claimant.id, "act_georgiy-zinoviev");
  t.equal(denial.source.kind, "government_statement");
  const answered = denial.relations.find((r: any) => r.kind === "responds_to" && r.direction === "outgoing");
  t.ok(answered, "the denial answers another claim");
  const other = (await getJson(app, `/v1/claims/${answered.claim.id}`)).body;
  t.ok(other.relations.some((r: any) => r.direction === "incoming" && r.claim.id === denial.id), "and that claim shows the answer");
  const mofa = (await getJson(app, "/v1/claims/clm_mofa-protests-troop-dispatch-demands-withdrawal")).body;
  t.match(mofa.quantities, [{ text: "thousands", low: 2000, value: null, comparator: "at_least" }]);
});

t.test("a source embeds its publisher and attribution chain", async (t) => {
  const app = await build(t);
  const embassy = (await getJson(app, "/v1/sources/src_russian-embassy-statement-2024-10-21")).body;
  t.equal(embassy.parent.kind, "news_report");
  const report = (await getJson(app, `/v1/sources/${embassy.parent.id}`)).body;
  t.ok(report.children.some((s: any) => s.id === embassy.id));
  const claims = (await getJson(app, `/v1/sources/${embassy.id}/claims`)).body;
  t.same(claims.data.map((c: any) => c.id).sort(), embassy.claims.map((c: any) => c.id).sort());
});

t.test("an actor's events and claims are nested under it", async (t) => {
  const app = await build(t);
  const actor = (await getJson(app, "/v1/actors/act_dmitry-peskov")).body;
  const claims = (await getJson(app, "/v1/actors/act_dmitry-peskov/claims")).body;
  t.equal(claims.page.total, actor.claim_count);
  t.ok(claims.data.every((c: any) => c.claimant_id === "act_dmitry-peskov"));
  t.ok(claims.data.some((c: any) => c.stance === "declines_to_comment"));
  const events = (await getJson(app, "/v1/actors/act_georgiy-zinoviev/events")).body;
  t.ok(events.data.some((e: any) => e.id === "evt_2024-10-21-summons-russian-ambassador"));
});

t.test("a place lists its events", async (t) => {
  const app = await build(t);
  const { body } = await getJson(app, "/v1/places/plc_vladivostok");
  t.ok(body.events.length >= 1);
  t.equal(body.country, "RUS");
});

t.test("include= on one event embeds only the relations named, and runs only their queries", async (t) => {
  const app = await build(t);
  const url = "/v1/events/evt_2024-10-21-summons-russian-ambassador";
  const before = app.reader.queryCount;
  const all = (await getJson(app, url)).body;
  const fullQueries = app.reader.queryCount - before;
  const mid = app.reader.queryCount;
  const some = (await getJson(app, `${url}?include=participants,claims`)).body;
  const narrowQueries = app.reader.queryCount - mid;
  t.same(some.participants, all.participants);
  t.same(some.claims, all.claims);
  t.notOk("place" in some, "place is left out");
  t.notOk("sources" in some, "sources are left out");
  t.equal(narrowQueries, fullQueries - 2, "two queries fewer");
  const bad = await getJson(app, `${url}?include=weather`);
  t.equal(bad.status, 400);
  t.match(bad.body.errors, [{ name: "include" }]);
});
