import t from "tap";
import { parse } from "csv-parse/sync";
import { importFile } from "../../src/services/dataset-import.ts";
import { acledCsv, ACLED_COLUMNS } from "../../src/formats/acled.ts";
import { eventsForExport } from "../helpers/export-store.ts";
import { allUnchanged, collect, fixture, openStore } from "../helpers/store.ts";

const CSV = fixture("acled/acled-format.sample.csv");

t.test("ACLED CSV: import, spot checks, re-import, export and import again", async (t) => {
  const { prisma } = openStore(t);
  const report = await importFile(prisma, "acled", CSV);
  t.same([report.rows, report.imported], [6, 5]);
  t.same(report.rejected, [{ line: 8, external_id: "TST0006", reason: 'event_type: "Skirmishes" is not an ACLED event type' }], "the malformed row is named, with its line after a quoted line break");

  const include = { place: true, participants: { include: { actor: true }, orderBy: { id: "asc" as const } }, claims: { include: { quantities: true, claimant: true, relations: true, source: true }, orderBy: { id: "asc" as const } } };
  const battle = await prisma.event.findUniqueOrThrow({ where: { id: "evt_acled-tst0001" }, include });
  t.match(battle, { type: "battle", acled_event_type: "Battles", acled_sub_event_type: "Armed clash", start_date: "2024-03-02", date_precision: "day" });
  t.match(battle.place, { name: "Testivka", kind: "city", geo_precision: "locality", country: "UKR", admin1: "Donetsk", latitude: 48.1, longitude: 37.2 });
  t.same(battle.participants.map((p) => [p.actor.name, p.actor.kind, p.role]), [
    ["Military Forces of Russia (2000-)", "military_unit", "initiator"],
    ["Military Forces of Ukraine (2019-)", "military_unit", "target"],
  ]);
  t.same(battle.claims.map((c) => [c.claimant.name, c.claimant.kind, c.source.parent_id]), [
    ["Example Daily", "media_organisation", "src_acled"],
    ["Ministry of Defence of Ukraine", "government_body", "src_acled"],
  ]);
  t.match(battle.claims[0].quantities, [{ subject: "fatalities", value: 3, comparator: "exact" }], "fatalities are a figure in the first source's claim");
  t.same(battle.claims[1].relations.map((r) => r.kind), ["supports"]);
  t.match(battle.summary, /^On 2 March 2024, Russian and Ukrainian forces clashed near Testivka, Donetsk\./);

  const shelling = await prisma.event.findUniqueOrThrow({ where: { id: "evt_acled-tst0002" }, include });
  t.match(shelling, { type: "remote_violence", start_date: "2024-03-11", end_date: "2024-03-17", date_precision: "week" }, "a DD Month YYYY date, week precision");
  t.match(shelling.place, { geo_precision: "approximate" });
  t.match(shelling.summary, /windows broke\. No one was hurt/, "the quoted line break is read");

  const protest = await prisma.event.findUniqueOrThrow({ where: { id: "evt_acled-tst0003" }, include });
  t.match(protest, { type: "protest", start_date: "2024-04-01", end_date: "2024-04-30", date_precision: "month", place: { kind: "region", geo_precision: "region", country: "KOR" } });
  t.same(protest.participants.map((p) => [p.actor.name, p.role]), [["Protesters (South Korea)", "initiator"], ["Labour Group (South Korea)", "initiator"]]);
  t.equal((await prisma.event.findUniqueOrThrow({ where: { id: "evt_acled-tst0005" } })).type, "agreement");
  t.equal(await prisma.actor.count({ where: { name: "Military Forces of Russia (2000-)" } }), 1, "an actor shared by rows is one actor");

  t.ok(allUnchanged((await importFile(prisma, "acled", CSV)).counts), "a second import changes nothing");
  t.ok(allUnchanged((await importFile(prisma, "acled", `\uFEFF${CSV.replace(/\n/g, "\r\n")}`, { dryRun: true })).counts), "BOM and CRLF read the same");

  const exported = await collect(acledCsv(eventsForExport(prisma, { scheme: "acled" })));
  const rows = parse(exported, { columns: true }) as Record<string, string>[];
  t.same(Object.keys(rows[0]), [...ACLED_COLUMNS], "ACLED's columns, in ACLED's order");
  const original = parse(CSV, { columns: true }) as Record<string, string>[];
  for (const col of ["event_id_cnty", "time_precision", "event_type", "actor1", "assoc_actor_1", "actor2", "iso", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "fatalities"]) {
    t.same(rows.map((r) => r[col]), original.slice(0, 5).map((r) => (col === "latitude" || col === "longitude" ? String(Number(r[col])) : r[col])), `column ${col} round-trips`);
  }
  t.same(rows.map((r) => r.event_date), ["2024-03-02", "2024-03-11", "2024-04-01", "2024-05-05", "2024-05-06"], "dates: the first day of the interval the precision covers");
  t.ok(allUnchanged((await importFile(prisma, "acled", exported)).counts), "importing the export changes nothing");
});

t.test("a file that is not CSV, or lacks ACLED's columns, is refused as a whole", async (t) => {
  const { prisma } = openStore(t);
  await t.rejects(importFile(prisma, "acled", 'event_id_cnty,event_date\n"X1,2024'), /not valid CSV at line 2/);
  await t.rejects(importFile(prisma, "acled", "a,b\n1,2\n"), /lacks the columns/);
  t.equal(await prisma.event.count(), 0);
});
