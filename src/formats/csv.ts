// RFC 4180 text, read and written: quoted fields with line breaks, doubled
// quotes, empty fields, a byte-order mark and CRLF line ends are all handled.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { RowError } from "./common.ts";

export type CsvRow = { line: number; fields: string[] };

/**
 * Parses delimited text into rows of fields, each with the line it starts on
 * (1 is the first line of the file). A structural error (an unclosed quote)
 * rejects the file with the line where it was found.
 */
export function parseDelimited(text: string, opts: { delimiter?: string; quote?: boolean } = {}): CsvRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: opts.delimiter ?? ",",
      quote: opts.quote === false ? false : '"',
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new RowError(`the file is not valid CSV${e.lines ? ` at line ${e.lines}` : ""}: ${e.message}`);
  }
  // info.lines is the line a record ends on; a record starts after the previous one ended.
  const rows: CsvRow[] = [];
  let end = 0;
  for (const { record, info } of records) {
    const physical = record.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    rows.push({ line: Math.max(end + 1, info.lines - physical), fields: record });
    end = info.lines;
  }
  return rows;
}

/** Rows with a header line, as objects keyed by column name. */
export function parseCsvWithHeader(text: string, expected: readonly string[]): { header: string[]; rows: { line: number; row: Record<string, string>; width: number }[] } {
  const [head, ...rest] = parseDelimited(text);
  if (!head) throw new RowError("the file is empty");
  const header = head.fields.map((h) => h.trim());
  const missing = expected.filter((c) => !header.includes(c));
  if (missing.length) throw new RowError(`line 1: the header lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
  return {
    header,
    rows: rest.map(({ line, fields }) => ({ line, width: fields.length, row: Object.fromEntries(header.map((h, i) => [h, fields[i] ?? ""])) })),
  };
}

/**
 * A spreadsheet runs a cell that starts with = + - @, a tab or a carriage
 * return as a formula (OWASP "CSV injection"); such text, or text that starts
 * with quotes and then one of those, gets one more leading `'`, which
 * spreadsheets show as plain text. Numbers (-33.5) are left as they are.
 * `unneutralise` takes that one quote off again, so an export reads back as it
 * was written (docs/formats.md, "CSV and spreadsheets").
 */
const FORMULA = /^'*[=+\-@\t\r]/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
export function neutralise(value: string | number): string {
  if (typeof value === "number") return String(value);
  return FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}
export const unneutralise = (cell: string): string => (cell.startsWith("'") && FORMULA.test(cell) && !NUMBER.test(cell.slice(1)) ? cell.slice(1) : cell);

/** One CSV line (with its CRLF) for a row of fields; quotes only where needed; formulas neutralised. */
export const csvLine = (fields: readonly (string | number | null | undefined)[]) =>
  stringify([fields.map((f) => (f === null || f === undefined ? "" : neutralise(f)))], { record_delimiter: "\r\n" });
