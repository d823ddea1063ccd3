// npm run import -- --format ucdp-ged|ucdp-json|acled|gdelt|plover [--dry-run] [--json] FILE
// Imports one file into DATABASE_URL in one transaction and prints a report:
// created, updated and unchanged records, and every rejected row with its line.
// The file is read as a stream and written in batches (src/imports/run.ts), as
// the server's import jobs do; on a terminal a bar shows the bytes read.
import { createReadStream, statSync } from "node:fs";
import cliProgress from "cli-progress";
import { cli, database } from "./cli.ts";
import { RowError } from "../src/formats/common.ts";
import { toUtf8 } from "../src/formats/encoding.ts";
import { Problem } from "../src/domain/problems.ts";
import { FORMATS, isImportFormat, type ImportReport } from "../src/formats/import.ts";
import { openImportConnection, runImport, type ImportProgress } from "../src/imports/run.ts";
import { PgImportDb, SqliteImportDb } from "../src/imports/store.ts";
import { databaseLocation } from "../src/db/location.ts";

const usage = `usage: npm run import -- --format ${Object.keys(FORMATS).join("|")} [--dry-run] FILE`;

/** A progress bar on stderr, by bytes of the file, with the rows read so far; none when stderr is not a terminal. */
function progressBar(total: number): { update(p: ImportProgress): void; stop(): void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar({
    format: "{bar} {percentage}% | {rows} rows | {mb} of {totalMb} MB | eta {eta_formatted}", stream: process.stderr, hideCursor: true,
  }, cliProgress.Presets.shades_classic);
  const mb = (n: number) => (n / 1_048_576).toFixed(1);
  bar.start(total, 0, { rows: 0, mb: mb(0), totalMb: mb(total) });
  return { update: (p) => bar.update(p.bytes, { rows: p.rows.toLocaleString("en"), mb: mb(p.bytes) }), stop: () => bar.stop() };
}

function print(report: ImportReport) {
  const out: string[] = [];
  out.push(`${report.dry_run ? "Dry run (nothing written): " : ""}${report.format}: ${report.rows} rows, ${report.imported} imported, ${report.rejected.length} rejected, ${report.skipped.length} skipped`);
  for (const [c, n] of Object.entries(report.counts)) out.push(`  ${c.padEnd(8)} created ${n.created}, updated ${n.updated}, unchanged ${n.unchanged}`);
  for (const r of report.rejected) out.push(`  rejected line ${r.line}${r.external_id ? ` (${r.external_id})` : ""}: ${r.reason}`);
  for (const r of report.skipped) out.push(`  skipped line ${r.line}${r.external_id ? ` (${r.external_id})` : ""}: ${r.reason}`);
  if (report.missing.count) {
    out.push(`  ${report.missing.count} ${report.missing.scheme} event(s) in the store are not in this file (expected if the file is not a full export):`);
    out.push(`    ${report.missing.external_ids.join(", ")}${report.missing.count > report.missing.external_ids.length ? ", ..." : ""}`);
  }
  console.log(out.join("\n"));
}

const { values, positionals } = cli({
  usage: `${usage} [--json]\n\nImports one dataset file into DATABASE_URL's database in one transaction (docs/formats.md). --dry-run rolls back at the end; --json prints the report as JSON; --charset names the file's encoding when it is not UTF-8 (iso-8859-1, windows-1252, utf-16le, ...): bytes not valid in it stop the import, naming the line. Exit 0: every row imported; 1: some rows rejected; 2: the file could not be read.`,
  options: { format: { type: "string" }, "dry-run": { type: "boolean", default: false }, json: { type: "boolean", default: false }, charset: { type: "string", default: "utf-8" } },
  positionals: { min: 1, max: 1 },
});
if (!values.format || !isImportFormat(values.format)) {
  console.error(`npm run import: --format must be one of ${Object.keys(FORMATS).join(", ")} (see npm run import -- --help)`);
  process.exit(2);
}
let utf8: ReturnType<typeof toUtf8>;
try {
  utf8 = toUtf8(values.charset);
} catch (err) {
  if (!(err instanceof Problem)) throw err;
  console.error(`npm run import: --charset ${values.charset} is not a charset this server knows: name one such as utf-8, iso-8859-1, windows-1252 or utf-16le`);
  process.exit(2);
}
let size: number;
try {
  size = statSync(positionals[0]).size;
} catch (err) {
  console.error(`npm run import: cannot read ${positionals[0]} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  process.exit(2);
}
const { config } = await database({ postgres: true });
const db = databaseLocation(config.DATABASE_URL).engine === "postgresql"
  ? await PgImportDb.connect(config.DATABASE_URL)
  : new SqliteImportDb(openImportConnection(config.DATABASE_URL, config.SQLITE_SYNCHRONOUS));
let bar: ReturnType<typeof progressBar>;
try {
  bar = progressBar(size);
  const report = await runImport(db, values.format, createReadStream(positionals[0]).pipe(utf8), { dryRun: values["dry-run"], onProgress: bar?.update });
  bar?.stop();
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else print(report);
  process.exitCode = report.rejected.length ? 1 : 0;
} catch (err) {
  bar?.stop();
  const unreadable = err instanceof RowError ? err.message
    : err instanceof Problem && err.code === "bad_encoding" ? err.detail.replace("Content-Type: text/csv; charset=iso-8859-1", "--charset iso-8859-1")
    : (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : null;
  if (!unreadable) throw err;
  console.error(`${positionals[0]}: ${unreadable}`);
  process.exitCode = 2;
} finally {
  if (db instanceof PgImportDb) await db.close();
  else db.db.close();
}
