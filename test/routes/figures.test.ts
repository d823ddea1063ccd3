// Figures you can filter and add up: unit, value_min and value_max on claims
// and events, and sums of a unit by group in /v1/stats/events.
import t from "tap";
import { build, getJson } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";
import { fixture } from "../helpers/store.ts";
import { assertProblem } from "../helpers/problem.ts";
import { parseDelimited } from "../../src/formats/csv.ts";

const ZELENSKY = "clm_zelensky-north-korea-training-10000-soldiers";
const NIS = "clm_nis-about-1500-special-forces-in-russia";

const ids = async (app: Awaited<ReturnType<typeof build>>, url: string) => {
  const { status, body } = await getJson(app, url);
  t.equal(status, 200, url);
  return (body.data as { id: string }[]).map((r) => r.id);
};

t.test("claims by the range of a figure in a unit", async (t) => {
  const app = await build(t);
  const high = await ids(app, "/v1/claims?unit=soldiers&value_min=5000&limit=500");
  t.ok(high.includes(ZELENSKY), "Zelensky's 10,000 reaches 5,000");
  t.notOk(high.includes(NIS), "the NIS's 1,500 does not");
  t.ok(high.includes("clm_mofa-protests-troop-dispatch-demands-withdrawal"), '"thousands" (at least 1,000) has no upper end');
  const low = await ids(app, "/v1/claims?unit=soldiers&value_max=2000&limit=500");
  t.ok(low.includes(NIS), "the NIS's 1,500 is at most 2,000");
  t.notOk(low.includes(ZELENSKY), "Zelensky's 10,000 is not");
  const both = await ids(app, "/v1/claims?unit=soldiers&value_min=1200&value_max=2000&limit=500");
  t.ok(both.includes(NIS));
  t.notOk(both.includes(ZELENSKY));
  t.same(await ids(app, "/v1/claims?unit=containers&value_min=5000&value_max=6000"), [], "a figure in another unit does not count");
  const anyUnit = await ids(app, "/v1/claims?value_min=9000&limit=500");
  t.ok(anyUnit.includes(ZELENSKY), "without unit, a figure in any unit");
  // The templated path and the SQL built for a search agree.
  const searched = await ids(app, "/v1/claims?unit=soldiers&value_min=5000&q=soldiers&limit=500");
  const soldiers = await ids(app, "/v1/claims?q=soldiers&limit=500");
  t.same(searched, soldiers.filter((id) => high.includes(id)));
});

t.test("events about which a claim gives such a figure", async (t) => {
  const app = await build(t);
  const claimsOf = async (query: string) => {
    const { body } = await getJson(app, `/v1/claims?${query}&limit=500&fields=event_id`);
    return [...new Set((body.data as { event_id: string | null }[]).map((c) => c.event_id).filter((e) => e !== null))].sort();
  };
  for (const query of ["unit=soldiers&value_min=5000", "unit=soldiers&value_max=2000", "unit=soldiers"]) {
    const events = (await ids(app, `/v1/events?${query}&limit=500`)).sort();
    t.same(events, await claimsOf(query), `events?${query} are the events of claims?${query}`);
    t.ok(events.length > 0);
  }
  const high = await ids(app, "/v1/events?unit=soldiers&value_min=5000");
  t.ok(high.includes("evt_2024-10-14-north-korea-trains-10000-soldiers"));
});

t.test("a figure bound must be a number", async (t) => {
  const app = await build(t);
  for (const url of ["/v1/claims?value_min=lots", "/v1/events?value_max=1e999", "/v1/claims?value_min="]) {
    const res = await app.inject({ method: "GET", url });
    assertProblem(t, res, 400);
    t.match(JSON.parse(res.body).detail, /must be a number/);
  }
});

t.test("per_event and figure need a measure", async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: "GET", url: "/v1/stats/events?group_by=month&per_event=min" });
  assertProblem(t, res, 400);
  t.match(JSON.parse(res.body), { errors: [{ in: "query", name: "per_event" }] });
  assertProblem(t, await app.inject({ method: "GET", url: "/v1/stats/events?group_by=month&measure=deaths&figure=best" }), 400);
});

/**
 * The month an event starts in, from a dataset's date (2024-03-02, 14 March
 * 2024 or 2026-05-01 00:00:00.000) and precision: a date known to the week
 * starts on that week's Monday, to the year in January.
 */
function monthOf(date: string, precision: "day" | "week" | "month" | "year") {
  const day = new Date(Date.parse(/^\d{4}-\d{2}-\d{2}/.test(date) ? `${date.slice(0, 10)}T12:00:00Z` : `${date} 12:00 UTC`));
  if (precision === "week") day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  const month = day.toISOString().slice(0, 7);
  return precision === "year" ? `${month.slice(0, 4)}-01` : month;
}
const UCDP_PRECISION = { 1: "day", 2: "week", 3: "week", 4: "month", 5: "year" } as const;
const ACLED_PRECISION = { 1: "day", 2: "week", 3: "month" } as const;

/** Rows of a CSV file as objects by header name, with their line. */
function rowsOf(csv: string) {
  const [header, ...rows] = parseDelimited(csv);
  return rows.map((r) => ({ line: r.line, ...Object.fromEntries(header.fields.map((name, i) => [name, r.fields[i]])) }) as Record<string, string> & { line: number });
}

t.test("deaths by month add up UCDP's and ACLED's figures, as the files give them", async (t) => {
  const app = await build(t, { empty: true });
  const auth = await bearer(app, "importer");
  const ucdpFile = fixture("ucdp-ged/GEDEvent_v26_0_5.russia-ukraine.csv");
  const acledFile = fixture("acled/acled-format.sample.csv");
  const post = async (format: string, payload: string) => {
    const res = await app.inject({ method: "POST", url: `/v1/imports?format=${format}`, headers: { ...auth, "content-type": "text/csv" }, payload });
    t.equal(res.statusCode, 200, res.body);
    return new Set((JSON.parse(res.body).rejected as { line: number }[]).map((r) => r.line));
  };
  const ucdpRejected = await post("ucdp-ged", ucdpFile);
  const acledRejected = await post("acled", acledFile);

  // The sums, from the files: UCDP's best and ACLED's fatalities, by the month the event starts in.
  const expected = new Map<string, { value: number; high: number; events: number }>();
  const add = (month: string, value: number, high: number) => {
    const m = expected.get(month) ?? { value: 0, high: 0, events: 0 };
    expected.set(month, { value: m.value + value, high: m.high + high, events: m.events + 1 });
  };
  const ucdp = rowsOf(ucdpFile).filter((r) => !ucdpRejected.has(r.line));
  for (const r of ucdp) add(monthOf(r.date_start, UCDP_PRECISION[Number(r.date_prec) as 1]), Number(r.best), Number(r.high));
  const acled = rowsOf(acledFile).filter((r) => !acledRejected.has(r.line));
  for (const r of acled) add(monthOf(r.event_date, ACLED_PRECISION[Number(r.time_precision) as 1]), Number(r.fatalities), Number(r.fatalities));
  t.ok(ucdp.length > 100 && acled.length === 5, "both files were read");

  const { status, body } = await getJson(app, "/v1/stats/events?group_by=month&measure=deaths");
  t.equal(status, 200);
  t.match(body.measure, { unit: "deaths", per_event: "max", figure: "value", added: /largest deaths figure/ });
  const got = new Map((body.data as { key: string; sum: number | null; measured: number; count: number }[]).map((g) => [g.key, g]));
  t.same([...got.keys()].sort(), [...expected.keys()].sort(), "the same months");
  for (const [month, e] of expected) {
    t.equal(got.get(month)?.sum, e.value, `${month}: deaths`);
    t.equal(got.get(month)?.measured, e.events, `${month}: events with a figure`);
  }
  const sums = (body.data as { sum: number }[]).map((g) => g.sum);
  t.same(sums, [...sums].sort((a, b) => b - a), "largest sum first");

  const highs = (await getJson(app, "/v1/stats/events?group_by=month&measure=deaths&figure=high")).body;
  for (const g of highs.data as { key: string; sum: number }[]) t.equal(g.sum, expected.get(g.key)!.high, `${g.key}: high estimates`);
  t.match(highs.measure, { figure: "high" });

  const year = (await getJson(app, "/v1/stats/events?group_by=year&measure=deaths")).body;
  const total = [...expected.values()].reduce((n, e) => n + e.value, 0);
  t.equal((year.data as { sum: number }[]).reduce((n, g) => n + g.sum, 0), total, "years add up to the same total");

  // One query spans both datasets: the unit filter sees UCDP's deaths and ACLED's fatalities alike.
  const withDeaths = (await getJson(app, "/v1/events?unit=deaths&value_min=1&limit=1")).body.page.total;
  const fromFiles = ucdp.filter((r) => Number(r.high) >= 1).length + acled.filter((r) => Number(r.fatalities) >= 1).length;
  t.equal(withDeaths, fromFiles, "events with at least one death, from either dataset");
});

t.test("the minimum of competing figures, and groups without any", async (t) => {
  const app = await build(t);
  const max = (await getJson(app, "/v1/stats/events?group_by=type&measure=soldiers")).body;
  const min = (await getJson(app, "/v1/stats/events?group_by=type&measure=soldiers&per_event=min")).body;
  const plain = (await getJson(app, "/v1/stats/events?group_by=type")).body;
  t.equal(max.total, plain.total);
  const sum = (s: { data: { sum: number | null }[] }) => s.data.reduce((n, g) => n + (g.sum ?? 0), 0);
  t.ok(sum(min) <= sum(max), "min never adds more than max");
  t.ok(max.data.some((g: { sum: number | null }) => g.sum === null), "a group with no soldiers figure has a null sum");
  t.same(new Set(max.data.map((g: { key: string }) => g.key)), new Set(plain.data.map((g: { key: string }) => g.key)), "the same groups as the counts");
  const actors = (await getJson(app, "/v1/stats/events?group_by=actor&measure=soldiers")).body;
  t.ok(actors.data.some((g: { sum: number | null }) => (g.sum ?? 0) >= 10000));
});
