import t from "tap";
import { importFile } from "../../src/services/dataset-import.ts";
import { ploverJsonl } from "../../src/formats/plover.ts";
import { eventsForExport } from "../helpers/export-store.ts";
import { allUnchanged, collect, fixture, openStore } from "../helpers/store.ts";

const JSON_FILE = fixture("plover/PLOVER_GSR_CAMEO.sample.json");
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

t.test("PLOVER records: import, spot checks, re-import, export and import again", async (t) => {
  const { prisma } = openStore(t);
  const report = await importFile(prisma, "plover", JSON_FILE);
  t.same([report.rows, report.imported, report.rejected.length], [51, 50, 0]);
  t.same(report.skipped.map((s) => [s.line, s.external_id]), [[2, "PLOVER-GSR01-DOCUMENT-0001"]], "the DOCUMENT record is skipped, not rejected");

  const include = { place: true, participants: { include: { actor: true }, orderBy: { id: "asc" as const } }, claims: { include: { quantities: true, source: true, claimant: true } }, external_ids: true };
  const agree = await prisma.event.findUniqueOrThrow({ where: { id: "evt_plover-plover-gsr01-agree-0001" }, include });
  t.match(agree, { type: "agreement", plover_category: "AGREE", start_date: "2000-01-01", date_precision: "day", title: "agreed cooperate" });
  t.same(agree.participants.map((p) => [p.actor.name, p.actor.kind, p.actor.country, p.role]), [
    ["Hungarian", "government_body", "HUN", "initiator"],
    ["Romanian", "government_body", "ROU", "initiator"],
  ]);
  t.match(agree.claims[0], { quote: /^Senior Hungarian and Romanian officials agreed on Wednesday/, claimant: { name: "OEDA team from CAMEO 1.1b3 manual" }, source: { parent_id: "src_plover", language: "en" } });
  t.same(agree.external_ids.map((x) => [x.scheme, x.value]), [["plover", "PLOVER-GSR01-AGREE-0001"]]);

  const geneva = await prisma.event.findUniqueOrThrow({ where: { id: "evt_plover-plover-gsr01-consult-0007" }, include });
  t.match(geneva.place, { name: "Geneva", geo_precision: "approximate", country: null }, "a two-letter country code is not guessed at");
  t.equal((await prisma.event.findUniqueOrThrow({ where: { id: "evt_plover-plover-gsr01-demand-0001" } })).plover_category, "REQUEST", "PLOVER 0.5 DEMAND is today's REQUEST");

  const sizes = await prisma.claim.findMany({ where: { id: { in: ["clm_plover-plover-gsr01-protest-0002", "clm_plover-plover-gsr01-protest-0004", "clm_plover-plover-gsr01-protest-0012"] } }, include: { quantities: true }, orderBy: { id: "asc" } });
  t.match(sizes[0].quantities, [{ subject: "size", value: 100, comparator: "exact" }]);
  t.match(sizes[1].quantities, [{ subject: "size", low: 10000, value: null, comparator: "at_least", text: "Tens of thousands" }], "a vague plural is a floor");
  t.same(sizes[2].quantities, [], "a size that is no figure is not made one...");
  t.match(sizes[2].statement, /size "group"/, "...but is kept in the statement");

  t.ok(allUnchanged((await importFile(prisma, "plover", JSON_FILE)).counts), "a second import changes nothing");

  const jsonl = await collect(ploverJsonl(eventsForExport(prisma, { scheme: "plover" })));
  const records = jsonl.trim().split("\n").map((l) => JSON.parse(l));
  t.equal(records.length, 50);
  t.match(records.find((r) => r.id === "PLOVER-GSR01-AGREE-0001"), {
    date: "2000-01-01", event: "AGREE", eventText: "agreed cooperate", source: [{ actorText: "Hungarian", code: "HUN", sector: "GOV" }, { actorText: "Romanian", code: "ROU", sector: "GOV" }],
    publication: "OEDA team from CAMEO 1.1b3 manual", language: "en",
  });
  t.equal(records.find((r) => r.id === "PLOVER-GSR01-PROTEST-0004").size, "Tens of thousands");
  const back = await importFile(prisma, "plover", jsonl);
  t.same(back.counts.events, { created: 0, updated: 0, unchanged: 50 }, "importing the export leaves every event as it was");
  t.same(back.counts.claims, { created: 0, updated: 1, unchanged: 49 }, "...and every claim but the one whose size was no figure");
  t.match((await prisma.claim.findUniqueOrThrow({ where: { id: "clm_plover-plover-gsr01-protest-0012" } })).statement, /^(?!.*group)/);

  const broken = JSON_FILE.replace('"event": "AGREE",\n    "eventText": "offered concessions"', '"event": "DANCE",\n    "eventText": "offered concessions"');
  t.not(broken, JSON_FILE);
  const bad = await importFile(prisma, "plover", broken, { dryRun: true });
  t.same(bad.rejected.map((r) => [r.line, r.external_id, r.reason]), [[lineOf(JSON_FILE, '"id": "PLOVER-GSR01-AGREE-0022"') - 1, "PLOVER-GSR01-AGREE-0022", 'event: "DANCE" is not a PLOVER category']]);
  await t.rejects(importFile(prisma, "plover", "[{"), /not valid JSON/);
});
