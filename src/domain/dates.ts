// Dates with a precision. A dated fact is stored as the whole interval its
// precision covers, so that filters can use plain interval overlap:
// "June 2024" (month) is 2024-06-01 .. 2024-06-30 and overlaps 2024-06-19.

export type DatePrecision = "day" | "week" | "month" | "year";

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD into a UTC date, or null when malformed or impossible. */
export function parsePartialDate(text: string): { year: number; month?: number; day?: number } | null {
  const m = PARTIAL.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined) {
    const d = new Date(Date.UTC(year, month! - 1, day));
    if (d.getUTCMonth() !== month! - 1 || d.getUTCDate() !== day) return null;
  }
  return { year, month, day };
}

export function isCalendarDate(text: string): boolean {
  const p = parsePartialDate(text);
  return p !== null && p.day !== undefined;
}

/**
 * Whether text is an ISO 8601 instant with a time zone, down to milliseconds
 * (`2024-10-22T08:00:00Z`, `2024-10-22T10:00+02:00`), on a real calendar day
 * at a real time of day. Date.parse alone rolls 2024-02-30 over to 1 March
 * and takes 24:00.
 */
export function isInstant(text: string, fraction = 3): boolean {
  const m = new RegExp(`^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,${fraction}})?)?(Z|[+-](\\d{2}):(\\d{2}))$`).exec(text);
  if (!m || !isCalendarDate(m[1])) return false;
  const [h, min, sec, zh, zm] = [m[2], m[3], m[4] ?? "0", m[6] ?? "0", m[7] ?? "0"].map(Number);
  return h <= 23 && min <= 59 && sec <= 59 && zh <= 23 && zm <= 59 && !Number.isNaN(Date.parse(text));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Widens a partial date to the first and last day its precision covers. */
function bounds(text: string, precision: DatePrecision): [string, string] | string {
  const p = parsePartialDate(text);
  if (!p) return `"${text}" is not a date: use YYYY-MM-DD, YYYY-MM or YYYY`;
  switch (precision) {
    case "year":
      return [`${p.year}-01-01`, `${p.year}-12-31`];
    case "month": {
      if (p.month === undefined) return `"${text}" has no month, but the precision is month`;
      return [iso(utc(p.year, p.month, 1)), iso(utc(p.year, p.month + 1, 0))];
    }
    case "week": {
      if (p.day === undefined) return `"${text}" has no day, but the precision is week`;
      const d = utc(p.year, p.month!, p.day);
      const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
      return [iso(monday), iso(new Date(monday.getTime() + 6 * 86_400_000))];
    }
    case "day": {
      if (p.day === undefined) return `"${text}" has no day, but the precision is day`;
      return [text, text];
    }
  }
}

/**
 * Resolves a start (and optional end) at a precision into the covered interval.
 * Returns an error message naming what is wrong, or the interval.
 */
export function resolveInterval(
  start: string,
  end: string | null | undefined,
  precision: DatePrecision,
): { start_date: string; end_date: string } | { error: string } {
  const a = bounds(start, precision);
  if (typeof a === "string") return { error: a };
  const b = end == null ? a : bounds(end, precision);
  if (typeof b === "string") return { error: b };
  if (b[1] < a[0]) return { error: `the end (${end}) is before the start (${start})` };
  return { start_date: a[0], end_date: b[1] };
}

/** True when a stored interval is exactly what its precision can express. */
export function isConsistent(start: string, end: string, precision: DatePrecision): boolean {
  const r = resolveInterval(start, end, precision);
  return !("error" in r) && r.start_date === start && r.end_date === end;
}

/** Today's instant as stored: ISO 8601 UTC with milliseconds. */
export const nowIso = () => new Date().toISOString();
