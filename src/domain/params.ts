// Query parameters the lists share, each validated and normalised: a bad
// value becomes a 400 that names the parameter and says what it accepts. They
// live here, at the bottom, because a collection's filter table (in
// src/repositories/) declares its parameters with them.
import { z } from "zod";
import { toSearchExpressions } from "./search.ts";
import { isCalendarDate, isInstant, parsePartialDate, resolveInterval } from "./dates.ts";

// Each one validates and normalises; a bad value becomes a 400 that names the
// parameter and says what it accepts. A repeated parameter reaches zod as an
// array and is refused ("must be given once, not repeated").

type Ctx = z.RefinementCtx;
export const reject = (ctx: Ctx, message: string) => {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
};

/** A comma-separated list, OR-ed; with `allowed`, each value must be one of them. */
export function listParam(description: string, example: string, allowed?: readonly string[], normalise: (v: string) => string = (v) => v) {
  return z
    .string()
    .max(2000)
    .transform((text, ctx) => {
      const values = [...new Set(text.split(",").map((v) => normalise(v.trim())).filter((v) => v !== ""))];
      if (values.length === 0) return reject(ctx, "must list at least one value (comma-separated)");
      if (values.length > 100) return reject(ctx, "must list at most 100 values");
      if (allowed) {
        const unknown = values.filter((v) => !allowed.includes(v));
        if (unknown.length) return reject(ctx, `must be one or more of: ${allowed.join(", ")} (comma-separated); ${unknown.join(", ")} is not`);
      }
      return values;
    })
    .optional()
    .meta({ description: allowed ? `${description} One or more of: ${allowed.map((a) => `\`${a}\``).join(", ")}; comma-separated values match any of them.` : `${description} Comma-separated values match any of them.`, example });
}

/** ISO 3166-1 alpha-3 codes, comma-separated. */
export const countryParam = (description: string, example: string) =>
  z
    .string()
    .max(2000)
    .transform((text, ctx) => {
      const values = [...new Set(text.split(",").map((v) => v.trim().toUpperCase()).filter(Boolean))];
      if (values.length === 0 || values.some((v) => !/^[A-Z]{3}$/.test(v))) return reject(ctx, "must be ISO 3166-1 alpha-3 codes such as RUS or KOR, comma-separated");
      return values;
    })
    .optional()
    .meta({ description: `${description} ISO 3166-1 alpha-3 codes (\`RUS\`, \`KOR\`, \`PRK\`...), comma-separated for any of them.`, example });

const DATE_FORMS = "must be a date: YYYY-MM-DD, YYYY-MM or YYYY";

/**
 * A calendar date, a month or a year. `from` takes the first day of what is
 * given and `to` the last, so `to=2024-10` means up to 31 October.
 */
export function dateBoundParam(bound: "from" | "to", description: string, example: string) {
  return z
    .string()
    .transform((text, ctx) => {
      const p = parsePartialDate(text);
      if (!p) return reject(ctx, DATE_FORMS);
      const precision = p.day !== undefined ? "day" : p.month !== undefined ? "month" : "year";
      const r = resolveInterval(text, null, precision);
      if ("error" in r) return reject(ctx, DATE_FORMS);
      return bound === "from" ? r.start_date : r.end_date;
    })
    .optional()
    .meta({ description: `${description} A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY).`, example });
}

/** A date or an instant; records changed at or after it match. */
export const updatedSinceParam = z
  .string()
  .transform((text, ctx) => {
    if (isCalendarDate(text)) return text;
    if (isInstant(text, 9)) {
      return new Date(text).toISOString();
    }
    return reject(ctx, "must be a date (YYYY-MM-DD) or an instant with a time zone (2024-10-21T09:00:00Z)");
  })
  .optional()
  .meta({ description: "Only records created or changed at or after this date or instant (`updated_at`).", example: "2024-10-01" });

export type BBox = { min_lon: number; min_lat: number; max_lon: number; max_lat: number };

export const bboxParam = (description: string, example: string) =>
  z
    .string()
    .transform((text, ctx): BBox => {
      const parts = text.split(",").map((v) => v.trim());
      const n = parts.map((v) => (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN));
      const message = "must be min_lon,min_lat,max_lon,max_lat in degrees (longitudes -180 to 180, latitudes -90 to 90, min_lat <= max_lat)";
      if (n.length !== 4 || n.some((v) => !Number.isFinite(v))) return reject(ctx, message);
      const [min_lon, min_lat, max_lon, max_lat] = n;
      if (Math.abs(min_lon) > 180 || Math.abs(max_lon) > 180 || Math.abs(min_lat) > 90 || Math.abs(max_lat) > 90 || min_lat > max_lat) return reject(ctx, message);
      return { min_lon, min_lat, max_lon, max_lat };
    })
    .optional()
    .meta({ description: `${description} \`min_lon,min_lat,max_lon,max_lat\` in WGS 84 degrees; a box whose min_lon is greater than its max_lon crosses the antimeridian.`, example });

export const qParam = (what: string, example: string) =>
  z
    .string()
    .min(1, "must not be empty")
    .max(500, "must be at most 500 characters")
    .transform((text, ctx) => {
      const r = toSearchExpressions(text);
      return "error" in r ? reject(ctx, r.error) : r;
    })
    .optional()
    .meta({
      description: `Full-text search over ${what}. Words must all appear (in any order, any case, with or without diacritics); \`"two words"\` matches a phrase; \`word*\` matches a prefix; \`OR\` between two terms matches either. Punctuation is ignored.`,
      example,
    });

/** A query parameter that is a finite number (a figure's bound); any other value is a 400 that says so. */
export function numberParam(description: string, example: number) {
  const message = "must be a number, such as 5000 or 2.5";
  return z
    .string()
    .transform((text, ctx) => {
      const n = /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : NaN;
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    })
    .optional()
    .meta({ description, example: String(example) });
}

/**
 * One value of a fixed set. A plain string first, so that a repeated parameter
 * (an array) is told "must be given once" rather than "must be one of".
 */
export function oneOf<V extends string>(values: readonly V[]) {
  return z
    .string()
    .transform((text, ctx) => (values.includes(text as V) ? (text as V) : reject(ctx, `must be one of: ${values.join(", ")}`)))
    .meta({ enum: [...values] });
}

export const contestedParam = oneOf(["true", "false"])
  .transform((v) => v === "true")
  .optional()
  .meta({ description: "`true`: only claims that another claim contradicts, or answers with a denial. `false`: only claims nobody contests.", example: "true" });

