// Problems (RFC 9457) and the catalogue of their codes: what a client can
// branch on. Everything may import this file: a service refuses a write with
// a Problem, and plugins/problems.ts sends it as application/problem+json.

/** Every code a problem can carry, with its HTTP status and what it means. */
export const PROBLEM_CODES = {
  merged: { status: 308, meaning: "The actor was merged into another; Location names the survivor." },
  bad_request: { status: 400, meaning: "The request is not valid HTTP/1.1 (a malformed request line or header)." },
  invalid_request: { status: 400, meaning: "A parameter or field is malformed, unknown or out of range; `errors` lists each." },
  malformed_json: { status: 400, meaning: "The body is not valid JSON, or is empty where a body is needed." },
  bad_url: { status: 400, meaning: "The URL's path is not validly percent-encoded." },
  invalid_content_length: { status: 400, meaning: "The Content-Length header does not match the body sent." },
  too_many_parameters: { status: 400, meaning: "The query string has more parameters than the server takes." },
  unreadable_file: { status: 400, meaning: "An imported file cannot be read in the format named." },
  unknown_charset: { status: 400, meaning: "The Content-Type names a charset the server does not know." },
  bad_encoding: { status: 400, meaning: "An imported file holds bytes that are not valid in its charset." },
  unauthorized: { status: 401, meaning: "No API key, or one the server does not know." },
  forbidden: { status: 403, meaning: "The API key lacks the scope this request needs." },
  not_found: { status: 404, meaning: "No record has this id, or no route this path." },
  method_not_allowed: { status: 405, meaning: "The path exists, but not with this method; `Allow` lists those it takes." },
  conflict: { status: 409, meaning: "The write clashes with what is stored (an id in use, a record that changed)." },
  still_referenced: { status: 409, meaning: "Other records still refer to the record to delete; `errors` lists them." },
  idempotency_key_in_use: { status: 409, meaning: "A request with this Idempotency-Key is still being processed." },
  gone: { status: 410, meaning: "The record was deleted (or merged); the problem says when and why." },
  precondition_failed: { status: 412, meaning: "If-Match does not match the record's current ETag." },
  request_timeout: { status: 408, meaning: "The request was not received in full within the time allowed." },
  payload_too_large: { status: 413, meaning: "The body is larger than the limit." },
  uri_too_long: { status: 414, meaning: "The URL, or one of its path segments, is too long." },
  query_too_long: { status: 414, meaning: "The query string is too long." },
  unsupported_media_type: { status: 415, meaning: "The body's media type is not one the route takes." },
  unprocessable: { status: 422, meaning: "The request is well formed, but the record would be invalid after it." },
  idempotency_key_reused: { status: 422, meaning: "This Idempotency-Key was used for a different request." },
  precondition_required: { status: 428, meaning: "The write needs an If-Match header." },
  headers_too_large: { status: 431, meaning: "The request's headers are larger than the server takes." },
  rate_limited: { status: 429, meaning: "Too many requests; Retry-After says when to try again." },
  internal_error: { status: 500, meaning: "The server failed; the cause is logged, never sent." },
  overloaded: { status: 503, meaning: "The server is overloaded; Retry-After says when to try again." },
  import_running: { status: 503, meaning: "An import job holds the write lock; Retry-After says when to try again." },
  read_only: { status: 503, meaning: "The server runs read-only (READ_ONLY=true): it serves reads and refuses every write." },
  database_read_only: { status: 503, meaning: "The database file or its folder became read-only; the operator must make them writable." },
  database_damaged: { status: 503, meaning: "The database file is damaged; the operator must restore a backup." },
  database_full: { status: 503, meaning: "The disk that holds the database is full; Retry-After says when to try again." },
  database_busy: { status: 503, meaning: "Another process held the database's lock too long; Retry-After says when to try again." },
  database_unavailable: { status: 503, meaning: "The database file could not be read or written (an I/O error); Retry-After says when to try again." },
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export type ProblemField = { in: string; name: string; message: string };

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

export const notFound = (what: string, id: string) => new Problem(404, "not_found", `No ${what} has the id "${id}".`);

/** The record, or a 404 problem naming what was looked for. */
export function found<T>(record: T | null | undefined, what: string, id: string): T {
  if (record == null) throw notFound(what, id);
  return record;
}
