// The media types the API speaks, named once: what each list format is sent
// as (and matched against Accept), and what a problem is sent as.

export type Format = "json" | "csv" | "geojson" | "ndjson" | "acled" | "plover" | "jsonld";

/** What each format is sent as; `profile` tells ACLED's CSV and PLOVER's lines from ours. */
export const MEDIA_TYPES: Record<Format, string> = {
  json: "application/json",
  csv: "text/csv",
  geojson: "application/geo+json",
  ndjson: "application/x-ndjson",
  acled: "text/csv; profile=acled",
  plover: "application/x-ndjson; profile=plover",
  jsonld: "application/ld+json",
};

/** What each format holds, for the `format` parameter's description. */
export const FORMAT_NOTES: Partial<Record<Format, string>> = {
  acled: "ACLED's own columns",
  plover: "PLOVER event records, one per line",
  jsonld: "schema.org Claim and PROV-O",
};

/** The formats that stream every matching record (a dataset's own layout). */
export const DATASET_FORMATS: readonly Format[] = ["acled", "plover", "jsonld"];

export const PROBLEM_MEDIA_TYPE = "application/problem+json";
