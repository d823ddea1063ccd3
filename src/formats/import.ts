// The dataset formats an import takes, and what an import reports: each
// format's parsers and external-id scheme, and the check of one row's records.
// Running an import (writing what the rows make) is services/dataset-import.ts.
import { bundleSchema, type ApplyCounts, type Bundle } from "../schemas/bundle.ts";
import { resolveInterval, type DatePrecision } from "../domain/dates.ts";
import { emptyBundle, RowError, type MappedRow, type RawBundle } from "./common.ts";
import { parseUcdpCsv, parseUcdpJson, streamUcdpCsv, streamUcdpJson, UCDP_SCHEME } from "./ucdp.ts";
import { ACLED_SCHEME, parseAcled, streamAcled } from "./acled.ts";
import { GDELT_SCHEME, parseGdelt, streamGdelt } from "./gdelt.ts";
import { parsePlover, PLOVER_SCHEME, streamPlover } from "./plover.ts";

/** Each dataset format: its parser of a whole text, the same parser over a stream, and its external-id scheme. */
export const FORMATS = {
  "ucdp-ged": { parse: parseUcdpCsv, stream: streamUcdpCsv, scheme: UCDP_SCHEME, description: "UCDP GED or Candidate Events CSV (header row, 49 columns)" },
  "ucdp-json": { parse: parseUcdpJson, stream: streamUcdpJson, scheme: UCDP_SCHEME, description: "UCDP GED API `gedevents` JSON: an array of event objects" },
  acled: { parse: parseAcled, stream: streamAcled, scheme: ACLED_SCHEME, description: "ACLED CSV export (header row)" },
  gdelt: { parse: parseGdelt, stream: streamGdelt, scheme: GDELT_SCHEME, description: "GDELT 2.0 events export: tab-separated, no header, 61 columns" },
  plover: { parse: parsePlover, stream: streamPlover, scheme: PLOVER_SCHEME, description: "PLOVER JSON records: a JSON array, or one JSON object per line" },
} as const;
export type ImportFormat = keyof typeof FORMATS;
export const isImportFormat = (f: string): f is ImportFormat => Object.hasOwn(FORMATS, f);

export type RowProblem = { line: number; external_id?: string; reason: string };
export type ImportReport = {
  format: ImportFormat;
  dry_run: boolean;
  rows: number;
  imported: number;
  rejected: RowProblem[];
  skipped: RowProblem[];
  counts: ApplyCounts;
  /** External ids of this dataset held in the store but absent from the file: rows a newer full export no longer has. */
  missing: { scheme: string; count: number; external_ids: string[] };
};
export type ImportOptions = {
  dryRun?: boolean;
  /** Who the revisions name; "import" by default. */
  author?: string;
  onProgress?: (done: number, total: number) => void;
  missingLimit?: number;
  /** false: refuse (UpdateNotAllowed) a file that would change records already stored. */
  mayUpdate?: boolean;
};

/** The first problems zod finds in a row's records, as one reason. */
export function validate(records: RawBundle): string | null {
  const checked = validateRow(records);
  return "problem" in checked ? checked.problem : null;
}

/** A row's records as a valid bundle, or the reason they are not one. */
export function validateRow(records: RawBundle): { bundle: Bundle } | { problem: string } {
  const parsed = bundleSchema.safeParse(records);
  if (!parsed.success) {
    return { problem: parsed.error.issues.slice(0, 3).map((i) => {
      const [collection, index, ...rest] = i.path;
      const rec = typeof collection === "string" && typeof index === "number" ? records[collection as keyof RawBundle]?.[index] : undefined;
      return `${rec?.id ?? String(collection)}${rest.length ? `.${rest.join(".")}` : ""}: ${i.message}`;
    }).join("; ") };
  }
  for (const e of parsed.data.events) {
    const r = resolveInterval(e.start_date, e.end_date, e.date_precision as DatePrecision);
    if ("error" in r) return { problem: `${e.id}: ${r.error}` };
  }
  return { bundle: parsed.data };
}

