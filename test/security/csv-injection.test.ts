// Spreadsheet formulas in exports (OWASP "CSV injection"): every CSV the API
// writes neutralises a text cell that a spreadsheet would run, and the ACLED
// import reads back what the ACLED export wrote.
import t from "tap";
import { parse } from "csv-parse/sync";
import { build } from "../helpers/build.ts";
import { bearer, current } from "../helpers/keys.ts";
import { allUnchanged, fixture } from "../helpers/store.ts";
import { importFile } from "../../src/services/dataset-import.ts";
import { neutralise, unneutralise } from "../../src/formats/csv.ts";

const FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTab", "\rReturn", "'=already quoted"];

t.test("neutralise and unneutralise: one leading quote on a formula, numbers untouched, and back", async (t) => {
  for (const text of FORMULAS) {
    t.equal(neutralise(text)[0], "'", `${JSON.stringify(text)} is neutralised`);
    t.equal(unneutralise(neutralise(text)), text, `${JSON.stringify(text)} reads back`);
  }
  for (const plain of ["Seoul", "-33.5", "+7", "1e5", "", "'quoted", "a=b"]) {
    t.equal(neutralise(plain), plain, `${JSON.stringify(plain)} is left alone`);
    t.equal(unneutralise(plain), plain);
  }
  t.equal(neutralise(-33.5), "-33.5", "a number is never a formula");
});

t.test("format=csv and format=acled neutralise formulas in names and summaries; the ACLED export imports back unchanged", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const post = async (collection: string, body: object) => {
    const res = await app.inject({ method: "POST", url: `/v1/${collection}`, headers: auth, payload: body });
    t.equal(res.statusCode, 201, res.body);
    return res.json();
  };
  const actor = await post("actors", { kind: "armed_group", name: FORMULAS[0], description: FORMULAS[3] });
  const event = await post("events", {
    type: "battle", title: "@Clash near Testivka", summary: FORMULAS[1], start_date: "2024-03-02", date_precision: "day", place_id: "plc_seoul", status: "reported",
    participants: [{ actor_id: actor.id, role: "initiator" }, { actor_id: "act_ukraine", role: "target" }],
  });

  const actors = parse((await app.inject({ url: `/v1/actors?format=csv&q=HYPERLINK` })).body, { columns: true }) as Record<string, string>[];
  const row = actors.find((r) => r.id === actor.id);
  t.equal(row?.name, `'${FORMULAS[0]}`, "an actor's name that starts with = gets a leading quote");
  t.equal(row?.description, `'${FORMULAS[3]}`, "so does a description that starts with @");

  const csv = await app.inject({ url: `/v1/events?format=csv&limit=500` });
  const events = parse(csv.body, { columns: true }) as Record<string, string>[];
  const ev = events.find((r) => r.id === event.id)!;
  t.equal(ev.summary, `'${FORMULAS[1]}`);
  t.equal(ev.title, "'@Clash near Testivka");
  for (const r of events) for (const [column, cell] of Object.entries(r)) if (/^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && Number.isNaN(Number(cell)))) t.fail(`${r.id} ${column}: ${cell} is a live formula`);
  t.ok(events.some((r) => r.longitude && Number(r.longitude) !== 0), "numbers are still numbers");

  const acled = await app.inject({ url: `/v1/events?format=acled&actor=${actor.id}` });
  const rows = parse(acled.body, { columns: true }) as Record<string, string>[];
  t.equal(rows.length, 1);
  t.equal(rows[0].actor1, `'${FORMULAS[0]}`, "ACLED's actor1 is neutralised");
  t.equal(rows[0].notes, `'${FORMULAS[1]}`, "and its notes");

  // The round trip: an imported ACLED event whose notes a curator turned into a formula.
  t.equal((await importFile(app.prisma, "acled", fixture("acled/acled-format.sample.csv"))).imported, 5);
  const { etag } = await current(app, "/v1/events/evt_acled-tst0001");
  const patched = await app.inject({ method: "PATCH", url: "/v1/events/evt_acled-tst0001", headers: { ...auth, "if-match": etag }, payload: { summary: FORMULAS[2] } });
  t.equal(patched.statusCode, 200, patched.body);
  const exported = await app.inject({ url: "/v1/events?format=acled&country=UKR&from=2024-01-01&to=2024-06-30" });
  t.equal((parse(exported.body, { columns: true }) as Record<string, string>[]).find((r) => r.event_id_cnty === "TST0001")?.notes, `'${FORMULAS[2]}`);
  const report = await importFile(app.prisma, "acled", exported.body);
  t.same(report.rejected, []);
  t.ok(allUnchanged(report.counts), "importing the export changes nothing: the added quote is read back off");
  t.equal((await app.prisma.event.findUniqueOrThrow({ where: { id: "evt_acled-tst0001" } })).summary, FORMULAS[2]);
});
