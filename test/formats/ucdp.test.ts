import t from "tap";
import { parse } from "csv-parse/sync";
import { importFile } from "../../src/services/dataset-import.ts";
import { parseDelimited } from "../../src/formats/csv.ts";
import { acledCsv } from "../../src/formats/acled.ts";
import { eventsForExport } from "../helpers/export-store.ts";
import { allUnchanged, collect, fixture, openStore } from "../helpers/store.ts";

const CSV = fixture("ucdp-ged/GEDEvent_v26_0_5.russia-ukraine.csv");
const JSON_FILE = fixture("ucdp-ged/gedevents_api_israel_2002.json");

t.test("every CSV record is numbered with the physical line it starts on, across quoted line breaks", async (t) => {
  const lines = CSV.split("\n");
  const rows = parseDelimited(CSV);
  t.equal(rows.length, 151, "the header and 150 records");
  t.ok(rows.some((r) => r.fields.some((f) => f.includes("\n"))), "the sample has quoted fields with line breaks");
  for (const r of rows.slice(1)) t.ok(lines[r.line - 1].startsWith(`${r.fields[0]},`), `record ${r.fields[0]} starts on line ${r.line}`);
});

t.test("UCDP GED CSV: import, spot checks, re-import, BOM and CRLF, newer export, round trip through ACLED CSV", async (t) => {
  const { prisma } = openStore(t);
  const report = await importFile(prisma, "ucdp-ged", CSV);
  t.equal(report.rows, 150);
  t.equal(report.imported, 149);
  t.same(report.rejected.map((r) => [r.line, r.external_id]), [[19, "632018"]], "only the row whose high (4393) is below its best (6109) is rejected");
  t.match(report.rejected[0].reason, /must not exceed high/);
  t.equal(report.counts.events.created, 149);

  // Row 631811 (line 2), field by field.
  const e = await prisma.event.findUniqueOrThrow({ where: { id: "evt_ucdp-ged-631811" }, include: { place: true, participants: { include: { actor: true } }, external_ids: true } });
  t.match(e, { type: "battle", plover_category: "ASSAULT", acled_event_type: "Battles", start_date: "2026-05-01", end_date: "2026-05-01", date_precision: "day", status: "reported" });
  t.same(Object.fromEntries(e.external_ids.map((x) => [x.scheme, x.value])), { "ucdp-ged": "631811", "ucdp-ged-relid": "UKR-2026-1-14117-1241" });
  t.match(e.place, { name: "Arkhangel’skoye village", kind: "city", geo_precision: "exact", country: "RUS", admin1: "Belgorod oblast", latitude: 50.353491, longitude: 36.78176 });
  t.same(e.participants.map((p) => [p.actor.id, p.actor.name, p.actor.kind, p.actor.country, p.role]).sort(), [
    ["act_ucdp-57", "Government of Russia (Soviet Union)", "state", "RUS", "party"],
    ["act_ucdp-61", "Government of Ukraine", "state", "UKR", "party"],
  ]);
  const claim = await prisma.claim.findUniqueOrThrow({ where: { id: "clm_ucdp-ged-631811-1" }, include: { quantities: true, source: true, claimant: true } });
  t.match(claim, { event_id: "evt_ucdp-ged-631811", stance: "asserts", claimed_at: "2026-06-16", claimant: { name: "Russo-Ukrainian Warspotting" } });
  t.match(claim.source, { kind: "news_report", title: "1 May 2026", published_at: "2026-06-16", parent_id: "src_ucdp-ged" });
  const deaths = claim.quantities.find((q) => q.subject === "deaths");
  t.match(deaths, { value: 3, low: 1, high: 5, comparator: "approximately", unit: "deaths" });
  t.equal(claim.quantities.find((q) => q.subject.startsWith("deaths on side A"))?.value, 3, "deaths_a");

  // Row 631894: two cited sources, a non-state side, status "Check".
  const black = await prisma.event.findUniqueOrThrow({ where: { id: "evt_ucdp-ged-631894" }, include: { participants: { include: { actor: true } }, claims: { include: { relations: true, source: true }, orderBy: { id: "asc" } } } });
  t.match(black.summary, /coding status: Check/);
  t.ok(black.participants.some((p) => p.actor.name === "Black Spark" && p.actor.kind === "armed_group"));
  t.same(black.claims.map((c) => c.source.published_at), ["2026-06-17", "2026-05-15"]);
  t.same(black.claims[1].relations.map((r) => [r.kind, r.related_claim_id]), [["supports", "clm_ucdp-ged-631894-1"]]);
  t.equal(await prisma.actor.count({ where: { id: "act_ucdp-57" } }), 1, "the shared side is one actor");

  const again = await importFile(prisma, "ucdp-ged", CSV);
  t.ok(allUnchanged(again.counts), "a second import changes nothing");

  // The same file with a BOM and CRLF line ends, as a newer full export that lacks its first two rows.
  const [header, ...rest] = CSV.split("\n");
  const newer = `\uFEFF${[header, ...rest.slice(2)].join("\r\n")}`;
  const dry = await importFile(prisma, "ucdp-ged", newer, { dryRun: true });
  t.equal(dry.imported, 147, "a BOM and CRLF line ends read the same");
  t.ok(allUnchanged(dry.counts), "...into the same records");
  t.same(dry.missing.external_ids, ["629928", "631811"], "the rows the newer export lacks are reported");
  t.equal(dry.missing.count, 2);

  // Round trip through ACLED-style CSV: the fields ACLED's columns can carry.
  const ids = ["evt_ucdp-ged-631811", "evt_ucdp-ged-631894", "evt_ucdp-ged-629937"];
  const exported = await collect(acledCsv(eventsForExport(prisma, { ids })));
  const rows = parse(exported, { columns: true }) as Record<string, string>[];
  t.same(rows.map((x) => x.event_id_cnty), [...ids].sort(), "events without an ACLED id keep ours");
  const r = rows.find((x) => x.event_id_cnty === "evt_ucdp-ged-631811")!;
  t.match(r, { event_date: "2026-05-01", time_precision: "1", event_type: "Battles", actor1: "Government of Russia (Soviet Union)", actor2: "Government of Ukraine", location: "Arkhangel’skoye village", latitude: "50.353491", longitude: "36.78176", iso: "643", fatalities: "3", source: "Russo-Ukrainian Warspotting" });
  const other = openStore(t).prisma;
  const back = await importFile(other, "acled", exported);
  t.equal(back.rejected.length, 0);
  const e2 = await other.event.findUniqueOrThrow({ where: { id: "evt_acled-evt-ucdp-ged-631811" }, include: { place: true, claims: { include: { quantities: true } } } });
  t.match(e2, { type: "battle", start_date: "2026-05-01", place: { latitude: 50.353491, longitude: 36.78176, country: "RUS" } });
  t.equal(e2.claims[0].quantities[0].value, 3);
});

t.test("UCDP API JSON: import, spot checks, re-import", async (t) => {
  const { prisma } = openStore(t);
  const report = await importFile(prisma, "ucdp-json", JSON_FILE);
  t.same([report.rows, report.imported, report.rejected.length], [25, 25, 0]);
  const e = await prisma.event.findUniqueOrThrow({ where: { id: "evt_ucdp-ged-175957" }, include: { place: true, participants: { include: { actor: true } }, claims: { include: { source: true, claimant: true, quantities: true }, orderBy: { id: "asc" } } } });
  t.match(e, { type: "violence_against_civilians", start_date: "2002-03-01", date_precision: "day", place: { name: "Erez crossing", geo_precision: "locality", country: "ISR", latitude: 31.5582 } });
  t.same(e.participants.map((p) => [p.actor.name, p.role]).sort(), [["Civilians", "target"], ["Government of Israel", "initiator"]]);
  t.same(e.claims.map((c) => c.claimant.name), ["Agence France-Presse", "Reuters News"]);
  t.equal(e.claims[1].source.title, 'Palestinian boy, 7, shot "playing near Israeli tank".', "escaped quotes survive");
  t.match(e.claims[0].quantities.find((q) => q.subject === "deaths"), { value: 1, low: 1, high: 1, comparator: "exact" });
  t.equal(e.claims[0].quantities.find((q) => q.subject === "civilian deaths")?.value, 1);
  const again = await importFile(prisma, "ucdp-json", JSON_FILE);
  t.ok(allUnchanged(again.counts));
  const broken = JSON_FILE.replace('"id": 175957', '"id": "x1"').replace('"date_prec": 1, "date_start": "2002-03-01T00:00:00"', '"date_prec": 9, "date_start": "2002-03-01T00:00:00"');
  const bad = await importFile(prisma, "ucdp-json", broken, { dryRun: true });
  t.same(bad.rejected.map((r) => [r.line, r.external_id]), [[2, "x1"]], "a malformed object is rejected with the line it starts on");
});
