// The streamed import (src/imports/run.ts: a stream, batches, prepared
// statements) against the synchronous one (importFile: the whole text, then
// applyBundle through Prisma), on every fixture: the same report, the same
// rows in every table, the same revisions. Then a file twice, a changed file,
// a dry run, and files that cannot be read.
import t, { type Test } from "tap";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openSqlite } from "../../src/db/sqlite.ts";
import type { ImportFormat } from "../../src/formats/import.ts";
import { importFile } from "../../src/services/dataset-import.ts";
import { RowError } from "../../src/formats/common.ts";
import { runImport } from "../../src/imports/run.ts";
import { fixture, openStore } from "../helpers/store.ts";
import { copyDatabase } from "../helpers/build.ts";
import { EMPTY_TEMPLATE, TEMPLATE } from "../helpers/paths.ts";

const FIXTURES: [ImportFormat, string][] = [
  ["ucdp-ged", "ucdp-ged/GEDEvent_v26_0_5.russia-ukraine.csv"],
  ["ucdp-json", "ucdp-ged/gedevents_api_israel_2002.json"],
  ["acled", "acled/acled-format.sample.csv"],
  ["gdelt", "gdelt-v2-events/20260703020000.export.russia-ukraine.CSV"],
  ["gdelt", "gdelt-v2-events/20260703064500.export.korea.CSV"],
  ["plover", "plover/PLOVER_GSR_CAMEO.sample.json"],
];
const path = (f: string) => fileURLToPath(new URL(`../fixtures/${f}`, import.meta.url));
/** A stream that hands the file over in small pieces, so that records and lines straddle chunks. */
const trickle = (text: string, size = 97) => Readable.from((function* () {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
})(), { objectMode: false });

const TIMES = new Set(["created_at", "updated_at", "at"]);
/** Every table a write touches, each row without its timestamps (and without autoincrement ids, which differ by write order). */
function dump(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const table of ["actors", "actor_aliases", "actor_external_ids", "affiliations", "places", "place_external_ids", "sources", "source_external_ids", "events", "event_participants", "event_external_ids", "claims", "claim_about_actors", "quantities", "claim_relations", "revisions"]) {
      out[table] = (db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[])
        .map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !TIMES.has(k) && !(k === "id" && typeof r[k] === "number") && k !== "seq")))
        .map((r) => JSON.stringify(r)).sort() as unknown[];
    }
    // The full-text indexes, by record id (their rowids follow the order of writing).
    for (const [fts, table, cols] of [["events_fts", "events", "title, summary"], ["claims_fts", "claims", "statement, quote"], ["sources_fts", "sources", "title"], ["actors_fts", "actors", "name, aliases"]]) {
      out[fts] = (db.prepare(`SELECT t.id, ${cols.split(", ").map((c) => `f.${c}`).join(", ")} FROM ${fts} f JOIN ${table} t ON t.rowid = f.rowid`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
    }
    out.events_country = (db.prepare("SELECT id, country FROM events").all() as unknown[]).map((r) => JSON.stringify(r)).sort();
    out.triggers = (db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all() as unknown[]).map((r) => JSON.stringify(r));
    return out;
  } finally {
    db.close();
  }
}

async function streamed(t: Test, file: string, format: ImportFormat, input: Readable, opts: Parameters<typeof runImport>[3] = {}) {
  const db = openSqlite(`file:${file}`);
  t.teardown(() => db.close());
  return runImport(db, format, input, { batchRows: 7, ...opts });
}

for (const [format, name] of FIXTURES) {
  t.test(`${name}: the streamed import writes what the synchronous one writes`, async (t) => {
    for (const template of [EMPTY_TEMPLATE, TEMPLATE]) {
      const a = openStore(t, template);
      const expected = await importFile(a.prisma, format, fixture(name), { author: "test" });
      const b = copyDatabase(t, template);
      const got = await streamed(t, b, format, trickle(fixture(name)), { author: "test" });
      t.same(got, expected, "the same report");
      t.same(dump(b), dump(a.file), "the same rows in every table, revisions included");
      // Again: nothing changes, and the report says so.
      const again = await streamed(t, b, format, createReadStream(path(name)), { author: "test" });
      t.same(again, await importFile(a.prisma, format, fixture(name), { author: "test" }), "the same report the second time");
      t.ok(Object.values(again.counts).every((c) => c.created === 0 && c.updated === 0), "the second import changes nothing");
    }
  });
}

t.test("a changed row updates its records, with a revision saying what changed", async (t) => {
  const name = "ucdp-ged/GEDEvent_v26_0_5.russia-ukraine.csv";
  const changed = fixture(name).replace(/Russia - Ukraine/, "Russia - Ukraine (renamed)");
  const a = openStore(t);
  await importFile(a.prisma, "ucdp-ged", fixture(name));
  const expected = await importFile(a.prisma, "ucdp-ged", changed);
  const b = copyDatabase(t, EMPTY_TEMPLATE);
  await streamed(t, b, "ucdp-ged", trickle(fixture(name)));
  const got = await streamed(t, b, "ucdp-ged", trickle(changed));
  t.same(got, expected);
  t.ok(got.counts.events.updated > 0, "events were updated");
  t.same(dump(b), dump(a.file));
});

t.test("a dry run reports what a real run does, and writes nothing", async (t) => {
  const name = "acled/acled-format.sample.csv";
  const file = copyDatabase(t, TEMPLATE);
  const before = dump(file);
  const dry = await streamed(t, file, "acled", trickle(fixture(name)), { dryRun: true });
  t.same(dump(file), before, "nothing written");
  const real = await streamed(t, file, "acled", trickle(fixture(name)));
  t.same({ ...dry, dry_run: false }, real);
});

t.test("a file that cannot be read writes nothing and says why", async (t) => {
  const file = copyDatabase(t, TEMPLATE);
  const before = dump(file);
  const cases: [ImportFormat, string, RegExp][] = [
    ["ucdp-ged", "id,year\n1,2020\n", /header lacks the columns? /],
    ["ucdp-ged", "", /the file is empty/],
    ["acled", `${fixture("acled/acled-format.sample.csv")}"unclosed,quote\n`, /not valid CSV/],
    ["ucdp-json", '{"id": 1}', /must hold a JSON array/],
    ["ucdp-json", '[{"id": 1}, {"id": ', /not valid JSON/],
    ["plover", "[{\"id\": \"a\"} {\"id\": \"b\"}]", /not valid JSON/],
  ];
  for (const [format, text, message] of cases) {
    const err = await streamed(t, file, format, trickle(text, 5)).then(() => null, (e: unknown) => e);
    t.ok(err instanceof RowError, `${format}: a RowError`);
    t.match((err as Error).message, message);
  }
  t.same(dump(file), before, "nothing written");
});
