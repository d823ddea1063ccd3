// Bulk imports: a whole bundle, or one file of a dataset format, in one
// transaction, or nothing.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { Problem, type ProblemCode } from "../domain/problems.ts";
import { applyBundle, BundleInvalid, parseBundle, UpdateNotAllowed } from "./bundle.ts";
import type { ImportFormat } from "../formats/import.ts";
import { dryApply, importFile } from "./dataset-import.ts";
import { RowError } from "../formats/common.ts";

/** Who may do what: `mayUpdate` false (a key without the admin scope) refuses an import that changes existing records. */
type Permission = { mayUpdate?: boolean };

/** The 403 of an import that would change existing records, for a key without the admin scope. */
const updateForbidden = (err: UpdateNotAllowed) =>
  new Problem(403, "forbidden", `The import ${err.message}; changing existing records by import needs an API key with the "admin" scope (a dry run does not). Nothing was written.`);

export async function importBundle(prisma: PrismaClient, raw: unknown, author: string, opts: { dryRun?: boolean } & Permission = {}) {
  let bundle;
  try {
    bundle = parseBundle(raw);
  } catch (err) {
    if (!(err instanceof BundleInvalid)) throw err;
    throw problem(400, "invalid_request", err);
  }
  try {
    return opts.dryRun ? await dryApply(prisma, bundle, () => {}) : await applyBundle(prisma, bundle, { author, mayUpdate: opts.mayUpdate });
  } catch (err) {
    if (err instanceof UpdateNotAllowed) throw updateForbidden(err);
    if (!(err instanceof BundleInvalid)) throw err;
    const conflict = err.errors.some((e) => e.kind === "conflict");
    throw problem(conflict ? 409 : 422, conflict ? "conflict" : "unprocessable", err);
  }
}

/**
 * Imports one dataset file. Rows that cannot be mapped are rejected with their
 * line and reason and the rest go in together; a file that cannot be read at
 * all (not CSV, not JSON, wrong columns) is a 400 and writes nothing.
 */
export async function importDatasetFile(prisma: PrismaClient, format: ImportFormat, text: string, opts: { dryRun?: boolean; author?: string } & Permission = {}) {
  try {
    return await importFile(prisma, format, text, opts);
  } catch (err) {
    if (err instanceof UpdateNotAllowed) throw updateForbidden(err);
    if (err instanceof RowError) throw new Problem(400, "unreadable_file", `The file was not imported as ${format}; nothing was written: ${err.message}`);
    if (err instanceof BundleInvalid) {
      const errors = err.errors.map((e) => ({ in: "body", name: e.pointer, ...(e.id ? { id: e.id } : {}), message: e.message }));
      throw new Problem(422, "unprocessable", `The file was not imported; nothing was written. ${errors.length} problem(s) remained after rejecting the rows behind them.`, { errors });
    }
    throw err;
  }
}

function problem(status: number, code: ProblemCode, err: BundleInvalid) {
  const errors = err.errors.map((e) => ({ in: "body", name: e.pointer, ...(e.id ? { id: e.id } : {}), message: e.message }));
  return new Problem(status, code, `The bundle was not imported; nothing was written. ${errors.length} problem(s): ${errors.slice(0, 5).map((e) => `${e.name}: ${e.message}`).join("; ")}${errors.length > 5 ? "; ..." : ""}`, { errors });
}
