// RFC 4180 text, read and written: quoted fields with line breaks, doubled
// quotes, empty fields, a byte-order mark and CRLF line ends are all handled.
import { parse } from "csv-parse/sync";
import { parse as parseStream } from "csv-parse";
import type { Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import { RowError } from "./common.ts";

export type CsvRow = { line: number; fields: string[] };

/**
 * Parses delimited text into rows of fields, each with the line it starts on
 * (1 is the first line of the file). A structural error (an unclosed quote)
 * rejects the file with the line where it was found.
 */
type DelimitedOptions = { delimiter?: string; quote?: boolean };
const csvOptions = (opts: DelimitedOptions) => ({
  bom: true,
  delimiter: opts.delimiter ?? ",",
  quote: opts.quote === false ? false : '"',
  info: true,
  relax_column_count: true,
  skip_empty_lines: true,
});
const unreadable = (err: unknown) => {
  const e = err as Error & { lines?: number };
  return new RowError(`the file is not valid CSV${e.lines ? ` at line ${e.lines}` : ""}: ${e.message}`);
};
/** The line a record starts on: info.lines is the line it ends on, and it starts after the previous one ended. */
const startLine = (record: string[], endLine: number, previousEnd: number) =>
  Math.max(previousEnd + 1, endLine - record.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0));

/**
 * Parses delimited text into rows of fields, each with the line it starts on
 * (1 is the first line of the file). A structural error (an unclosed quote)
 * rejects the file with the line where it was found.
 */
export function parseDelimited(text: string, opts: DelimitedOptions = {}): CsvRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, csvOptions(opts)) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    throw unreadable(err);
  }
  const rows: CsvRow[] = [];
  let end = 0;
  for (const { record, info } of records) {
    rows.push({ line: startLine(record, info.lines, end), fields: record });
    end = info.lines;
  }
  return rows;
}

/** parseDelimited over a stream of bytes: rows as they are read, never the whole file. */
export async function* streamDelimited(input: Readable, opts: DelimitedOptions = {}): AsyncGenerator<CsvRow> {
  const parser = parseStream(csvOptions(opts));
  input.on("error", (err) => parser.destroy(err));
  input.pipe(parser);
  let end = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: startLine(record, info.lines, end), fields: record };
      end = info.lines;
    }
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith("CSV_")) throw unreadable(err);
    throw err;
  }
}

/** The header's columns, trimmed; a file without one, or without a required column, is unreadable. */
function headerOf(head: CsvRow | undefined, expected: readonly string[]): string[] {
  if (!head) throw new RowError("the file is empty");
  const header = head.fields.map((h) => h.trim());
  const missing = expected.filter((c) => !header.includes(c));
  if (missing.length) throw new RowError(`line 1: the header lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
  return header;
}

export type HeaderRow = { line: number; row: Record<string, string>; width: number };
const keyed = (header: string[], { line, fields }: CsvRow): HeaderRow => ({ line, width: fields.length, row: Object.fromEntries(header.map((h, i) => [h, fields[i] ?? ""])) });

/** parseCsvWithHeader over a stream: each row with the header it was read under. */
export async function* streamCsvWithHeader(input: Readable, expected: readonly string[]): AsyncGenerator<HeaderRow & { header: string[] }> {
  let header: string[] | undefined;
  for await (const r of streamDelimited(input)) {
    if (!header) header = headerOf(r, expected);
    else yield { header, ...keyed(header, r) };
  }
  if (!header) headerOf(undefined, expected);
}

/** Rows with a header line, as objects keyed by column name. */
export function parseCsvWithHeader(text: string, expected: readonly string[]): { header: string[]; rows: HeaderRow[] } {
  const [head, ...rest] = parseDelimited(text);
  const header = headerOf(head, expected);
  return { header, rows: rest.map((r) => keyed(header, r)) };
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
