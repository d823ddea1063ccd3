// What every dataset format shares: deterministic ids, the shape of one mapped
// row, and small parsing helpers. A format module turns each row of its file
// into the records of a bundle (or a rejection with its line and reason); the
// importer (import.ts) validates, merges and applies them.
import { createHash } from "node:crypto";
import { foldName } from "../domain/text.ts";
import { COLLECTIONS, type Collection } from "../domain/collections.ts";
import type { Readable } from "node:stream";

export type RawRecord = Record<string, unknown> & { id: string };
/** A bundle before validation: records by collection, as plain objects. */
export type RawBundle = Record<Collection, RawRecord[]>;
export const emptyBundle = (): RawBundle => Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as RawBundle;

/** One row of a file: its records, a rejection, or a row that carries no event (skipped, with why). */
export type MappedRow =
  | { line: number; external_id: string; records: RawBundle }
  | { line: number; external_id?: string; error: string }
  | { line: number; external_id?: string; skip: string };

/** Thrown by a row mapper: the row is malformed, and the message says how. */
export class RowError extends Error {
  override name = "RowError";
}
export const reject = (message: string): never => {
  throw new RowError(message);
};

export const shortHash = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("hex");

/** Lower-case ASCII letters, digits and '-', from any name. */
export function slug(text: string): string {
  return foldName(text).normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/**
 * A deterministic id: the prefix, then the slugs of the parts. The same parts
 * always give the same id, so re-importing a file matches its records. Too
 * long a body is cut and given a hash, so it stays unique.
 */
export function makeId(prefix: "act" | "plc" | "evt" | "src" | "clm", ...parts: string[]): string {
  let body = parts.map(slug).filter(Boolean).join("-");
  if (body.length > 64 || !/^[a-z0-9]/.test(body)) body = `${body.replace(/^[^a-z0-9]+/, "").slice(0, 50).replace(/-+$/, "")}-${shortHash(...parts).slice(0, 10)}`.replace(/^-/, "x-");
  return `${prefix}_${body}`;
}

/** Text cut to a maximum length, on a word boundary where one is near. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** A required field: present and not blank, or the row is rejected. */
export function required(row: Record<string, string>, name: string): string {
  const v = row[name]?.trim();
  if (!v) reject(`${name}: is empty`);
  return v!;
}

export function number(row: Record<string, string>, name: string, opts: { optional?: boolean; integer?: boolean } = {}): number | undefined {
  const v = row[name]?.trim();
  if (!v) return opts.optional ? undefined : reject(`${name}: is empty`);
  const n = Number(v);
  if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) reject(`${name}: "${v}" is not ${opts.integer ? "an integer" : "a number"}`);
  return n;
}

/** Adds a record to a bundle unless one with that id is already there. */
export function put(bundle: RawBundle, collection: keyof RawBundle, record: RawRecord) {
  if (!bundle[collection].some((r) => r.id === record.id)) bundle[collection].push(record);
}

/** Drops undefined and empty-string fields, so that optional fields are absent, not blank. */
export function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== "")) as T;
}

const GOVERNMENTAL = /\b(ministry|government|governor|president|presidential|office|administration|police|army|armed forces|military|defen[cs]e|general staff|embassy|council|parliament|spokes(man|person))\b/i;

/**
 * The actor behind a cited source ("Reuters News", "Ministry of Defence of
 * Ukraine"). Sources are shared across datasets by name. The kind is a
 * heuristic: names that look governmental are government bodies, the rest
 * media organisations.
 */
export function outletActor(name: string): RawRecord {
  return { id: makeId("act", "outlet", name), kind: GOVERNMENTAL.test(name) ? "government_body" : "media_organisation", name: clip(name, 200) };
}

/** Whether a string is an absolute http(s) URL that zod's z.url() accepts. */
export function isUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** YYYY-MM-DD from "2026-05-05 00:00:00.000", "2002-03-01T00:00:00", "20260703", or "16 May 2025". */
export function isoDate(text: string, field: string): string {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:.]+Z?)?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  let date: string | undefined;
  if (m) date = `${m[1]}-${m[2]}-${m[3]}`;
  else if ((m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(t))) {
    const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    if (month > 0) date = `${m[3]}-${String(month).padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  }
  const d = date ? new Date(`${date}T00:00:00Z`) : undefined;
  if (!date || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) return reject(`${field}: "${text}" is not a date`);
  return date;
}

/**
 * Line numbers where each top-level element of a JSON array starts. JSON.parse
 * gives no positions, and the report must name the line of a rejected record.
 */
export function jsonArrayLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      if (depth === 1) lines.push(line);
    } else if (c === "{" || c === "[") {
      if (depth === 1) lines.push(line);
      depth++;
    } else if (c === "}" || c === "]") depth--;
  }
  return lines;
}

/** Parses a JSON array of objects; a syntax error rejects the whole file, with a reason. */
export function parseJsonArray(text: string): { line: number; value: unknown }[] {
  const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
  if (!Array.isArray(data)) throw new RowError("the file must hold a JSON array of records");
  const lines = jsonArrayLines(text);
  return data.map((value, i) => ({ line: lines[i] ?? 0, value }));
}

export type JsonItem = { line: number; value: unknown };

/**
 * parseJsonArray over a stream: each top-level element of the array as soon as
 * it has been read, with the line it starts on. Only the element being read is
 * held, so memory stays flat whatever the file's size. (The general streaming
 * JSON parsers give values without their line, which the report must name.)
 */
export async function* streamJsonArray(input: Readable): AsyncGenerator<JsonItem> {
  input.setEncoding("utf8");
  let depth = 0;
  let line = 1;
  let inString = false;
  let escaped = false;
  let started = false; // the opening [ has been read
  let ended = false;
  let element: string[] = []; // the current element's text, chunk by chunk
  let elementLine = 0;
  let from = -1; // where the current element starts in this chunk
  const finish = (text: string) => {
    const trimmed = text.trim();
    if (!trimmed) return null;
    try {
      return { line: elementLine, value: JSON.parse(trimmed) as unknown };
    } catch (err) {
      throw new RowError(`the file is not valid JSON: ${(err as Error).message} (in the element starting on line ${elementLine})`);
    }
  };
  for await (const chunk of input as AsyncIterable<string>) {
    const out: JsonItem[] = [];
    let i = 0;
    if (!started) {
      const text = chunk.replace(/^\uFEFF/, "");
      const first = text.search(/\S/);
      if (first === -1) continue;
      if (text[first] !== "[") throw new RowError("the file must hold a JSON array of records");
      line += (text.slice(0, first).match(/\n/g) ?? []).length;
      i = first + 1 + (chunk.length - text.length);
      started = true;
      depth = 1;
    }
    from = depth >= 1 && element.length ? 0 : -1;
    for (; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === "\n") line++;
      if (ended) {
        if (!/\s/.test(c)) throw new RowError(`the file is not valid JSON: text after the end of the array, on line ${line}`);
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === "\\") escaped = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (depth === 1 && (c === "," || c === "]")) {
        const item = finish(element.join("") + (from >= 0 ? chunk.slice(from, i) : ""));
        if (item) out.push(item);
        else if (c === "," ) throw new RowError(`the file is not valid JSON: an empty element on line ${line}`);
        element = [];
        from = -1;
        if (c === "]") {
          ended = true;
          depth = 0;
        }
        continue;
      }
      if (depth === 1 && from === -1 && !/\s/.test(c)) {
        from = i;
        elementLine = line;
      }
      if (c === '"') inString = true;
      else if (c === "{" || c === "[") depth++;
      else if (c === "}" || c === "]") depth--;
    }
    if (from >= 0) element.push(chunk.slice(from));
    yield* out;
  }
  if (!started) throw new RowError("the file is empty");
  if (!ended) throw new RowError("the file is not valid JSON: the array is not closed");
}

/** JSON Lines: one value a line, with its line; a line that is not JSON is an Error value, which rejects that row alone. */
export async function* streamJsonLines(input: Readable, firstLine = 1): AsyncGenerator<JsonItem> {
  const { createInterface } = await import("node:readline");
  let line = firstLine - 1;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    const t = line === 1 ? text.replace(/^\uFEFF/, "") : text;
    if (!t.trim()) continue;
    try {
      yield { line, value: JSON.parse(t) as unknown };
    } catch (err) {
      yield { line, value: new RowError(`is not JSON: ${(err as Error).message}`) };
    }
  }
}

/** Runs a row mapper, turning a RowError into a rejection of that line. */
export function mapRow(line: number, externalId: string | undefined, build: () => RawBundle | { skip: string }): MappedRow {
  try {
    const out = build();
    if ("skip" in out) return { line, external_id: externalId, skip: out.skip as string };
    return { line, external_id: externalId ?? "", records: out };
  } catch (err) {
    if (err instanceof RowError) return { line, external_id: externalId, error: err.message };
    throw err;
  }
}
