import t from "tap";
import { importFile } from "../../src/services/dataset-import.ts";
import { ploverJsonl } from "../../src/formats/plover.ts";
import { eventsForExport } from "../helpers/export-store.ts";
import { allUnchanged, collect, fixture, openStore } from "../helpers/store.ts";

const RU_UA = fixture("gdelt-v2-events/20260703020000.export.russia-ukraine.CSV");
const KOREA = fixture("gdelt-v2-events/20260703064500.export.korea.CSV");

t.test("GDELT 2.0 events: import, spot checks, re-import, malformed rows, export as PLOVER and import again", async (t) => {
  const { prisma } = openStore(t);
  const first = await importFile(prisma, "gdelt", RU_UA);
  t.same([first.rows, first.imported, first.rejected.length], [102, 102, 0]);
  const korea = await importFile(prisma, "gdelt", KOREA);
  t.same([korea.rows, korea.imported, korea.rejected.length], [43, 43, 0]);

  const include = { place: true, external_ids: true, participants: { include: { actor: true }, orderBy: { id: "asc" as const } }, claims: { include: { source: true, claimant: true } } };
  // Line 1 of the first file: CVL (civilians) is the target of CAMEO 111 (criticise or denounce), in Dnipro.
  const e = await prisma.event.findUniqueOrThrow({ where: { id: "evt_gdelt-1311863841" }, include });
  t.match(e, { type: "accusation", plover_category: "ACCUSE", start_date: "2026-07-03", date_precision: "day" });
  t.same(e.participants.map((p) => [p.actor.id, p.actor.name, p.role]), [["act_gdelt-cvl", "CIVILIAN", "target"]]);
  t.match(e.place, { name: "Dnipro, Ukraine (general), Ukraine", kind: "city", geo_precision: "locality", country: "UKR", latitude: 46.4975, longitude: 32.3086 });
  t.match(e.claims[0], { claimed_at: "2026-07-03", claimant: { name: "eurasiareview.com", kind: "media_organisation" }, source: { kind: "news_report", parent_id: "src_gdelt" } });
  t.equal(e.claims[0].source.url, "https://www.eurasiareview.com/03072026-ukraine-rescuers-race-to-save-trapped-residents-after-russian-attack-wave-on-kyiv/");

  // Line 1 of the Korea file: a South Korean security adviser consults South Korea (CAMEO 040), geocoded to Chunghwa.
  const k = await prisma.event.findUniqueOrThrow({ where: { id: "evt_gdelt-1311890376" }, include });
  t.match(k, { type: "consultation", start_date: "2026-06-26" });
  t.same(k.participants.map((p) => [p.actor.name, p.actor.kind, p.actor.country, p.role]), [
    ["NATIONAL SECURITY ADVISER", "government_body", null, "initiator"],
    ["SOUTH KOREA", "state", "KOR", "target"],
  ]);
  t.match(k.place, { name: "Chunghwa, Kyongsang-namdo, South Korea", country: "KOR", latitude: 34.79 });

  t.ok(allUnchanged((await importFile(prisma, "gdelt", KOREA)).counts), "a second import changes nothing");

  const lines = KOREA.split("\n");
  const broken = [lines[0].split("\t").slice(0, 60).join("\t"), lines[1].replace(/^\d+/, "x"), ...lines.slice(2)].join("\n");
  const bad = await importFile(prisma, "gdelt", broken, { dryRun: true });
  t.same(bad.rejected.map((r) => [r.line, r.reason]), [[1, "has 60 tab-separated fields, not 61"], [2, 'GLOBALEVENTID: "x" is not a number']]);
  t.equal(bad.imported, 41);

  // GDELT has no exporter of its own; PLOVER carries its date, CAMEO category, actors and place.
  const ids = ["evt_gdelt-1311863841", "evt_gdelt-1311890376"];
  const jsonl = await collect(ploverJsonl(eventsForExport(prisma, { ids })));
  const records = jsonl.trim().split("\n").map((l) => JSON.parse(l));
  t.equal(records[1].id, "evt_gdelt-1311890376", "events without a PLOVER id keep ours");
  t.match(records[1], { date: "2026-06-26", event: "CONSULT", source: [{ actorText: "NATIONAL SECURITY ADVISER" }], target: [{ actorText: "SOUTH KOREA", code: "KOR" }], eventLoc: { name: "Chunghwa, Kyongsang-namdo, South Korea", "country code": "KOR" } });
  const other = openStore(t).prisma;
  t.equal((await importFile(other, "plover", jsonl)).imported, 2);
  const back = await other.event.findUniqueOrThrow({ where: { id: "evt_plover-evt-gdelt-1311863841" }, include });
  t.match(back, { type: "accusation", start_date: "2026-07-03", place: { name: "Dnipro, Ukraine (general), Ukraine", country: "UKR" } });
  t.same(back.participants.map((p) => [p.actor.name, p.role]), [["CIVILIAN", "target"]]);
});
