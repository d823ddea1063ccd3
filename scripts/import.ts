// npm run import -- --format ucdp-ged|ucdp-json|acled|gdelt|plover [--dry-run] FILE
// Imports one file into DATABASE_URL in one transaction and prints a report:
// created, updated and unchanged records, and every rejected row with its line.
import { readFileSync } from "node:fs";
import { cli, database } from "./cli.ts";
import { openPrisma } from "../src/db/sqlite.ts";
import { RowError } from "../src/formats/common.ts";
import { FORMATS, importFile, isImportFormat, type ImportReport } from "../src/formats/import.ts";

const usage = `usage: npm run import -- --format ${Object.keys(FORMATS).join("|")} [--dry-run] FILE`;

function progressBar() {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    process.stderr.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} records${done === total ? "\n" : ""}`);
  };
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
  usage: `${usage} [--json]\n\nImports one dataset file into DATABASE_URL's database in one transaction (docs/formats.md). --dry-run rolls back at the end; --json prints the report as JSON. Exit 0: every row imported; 1: some rows rejected; 2: the file could not be read.`,
  options: { format: { type: "string" }, "dry-run": { type: "boolean", default: false }, json: { type: "boolean", default: false } },
  positionals: { min: 1, max: 1 },
});
if (!values.format || !isImportFormat(values.format)) {
  console.error(`npm run import: --format must be one of ${Object.keys(FORMATS).join(", ")} (see npm run import -- --help)`);
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(positionals[0], "utf8");
} catch (err) {
  console.error(`npm run import: cannot read ${positionals[0]} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  process.exit(2);
}
const { config } = await database();
const prisma = openPrisma(config.DATABASE_URL);
try {
  const report = await importFile(prisma, values.format, text, { dryRun: values["dry-run"], onProgress: progressBar() });
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else print(report);
  process.exitCode = report.rejected.length ? 1 : 0;
} catch (err) {
  if (!(err instanceof RowError)) throw err;
  console.error(`${positionals[0]}: ${err.message}`);
  process.exitCode = 2;
} finally {
  await prisma.$disconnect();
}
