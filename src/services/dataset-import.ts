// importFile: one file of a dataset format into the store, in one transaction.
// Each row either maps completely to valid records or is rejected with its
// line and reason; the valid rows are applied together with applyBundle, so a
// file is never half-applied. Records are matched by their deterministic ids,
// so importing a newer file updates what changed and leaves the rest alone.
import { applyBundle, BundleInvalid, type ApplyCounts, type ApplyOptions } from "./bundle.ts";
import { bundleSchema, type Bundle } from "../schemas/bundle.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { emptyBundle, RowError, type MappedRow, type RawBundle } from "../formats/common.ts";
import { FORMATS, validate, type ImportFormat, type ImportOptions, type ImportReport, type RowProblem } from "../formats/import.ts";
import { COLLECTIONS } from "../domain/collections.ts";
import { delegateName, delegateOf } from "./records.ts";

function mergeRows(rows: { line: number; records: RawBundle }[]) {
  const merged = emptyBundle();
  const owners = new Map<string, number[]>(); // record id -> lines that contributed it
  for (const { line, records } of rows) {
    for (const collection of Object.keys(records) as (keyof RawBundle)[]) {
      for (const r of records[collection]) {
        const seen = owners.get(r.id);
        if (seen) seen.push(line);
        else {
          owners.set(r.id, [line]);
          merged[collection].push(r);
        }
      }
    }
  }
  return { merged, owners };
}

const zeroCounts = (): ApplyCounts => Object.fromEntries(COLLECTIONS.map((c) => [c, { created: 0, updated: 0, unchanged: 0 }])) as ApplyCounts;

/**
 * Runs applyBundle with every write rolled back at the end, and counts what it
 * would have done from the records' versions before and after (a version goes
 * up on every update), so a dry run reports the same counts as a real one.
 */
export async function dryApply(prisma: PrismaClient, bundle: Bundle, onRecord: () => void): Promise<ApplyCounts> {
  const counts = zeroCounts();
  const rollback = new Error("dry run");
  const proxy = new Proxy(prisma, {
    get(target, prop, receiver) {
      if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
      return (fn: (tx: unknown) => Promise<unknown>, opts: unknown) =>
        target.$transaction(async (tx) => {
          const versions = async () => {
            const out = new Map<string, number>();
            for (const c of COLLECTIONS) {
              const ids = bundle[c].map((r) => r.id);
              for (let i = 0; i < ids.length; i += 500) {
                const found = await delegateOf(tx, c).findMany({ where: { id: { in: ids.slice(i, i + 500) } }, select: { id: true, version: true } });
                for (const r of found) out.set(r.id, r.version);
              }
            }
            return out;
          };
          const before = await versions();
          await fn(countingTx(tx, onRecord));
          const after = await versions();
          for (const c of COLLECTIONS) {
            for (const r of bundle[c]) counts[c][!before.has(r.id) ? "created" : before.get(r.id) !== after.get(r.id) ? "updated" : "unchanged"]++;
          }
          throw rollback;
        }, opts as never);
    },
  });
  try {
    await applyBundle(proxy, bundle);
  } catch (err) {
    if (err !== rollback) throw err;
  }
  return counts;
}

/** Wraps a transaction client so that each record looked up (one per record applied) ticks the progress. */
function countingTx<T extends object>(tx: T, onRecord: () => void): T {
  const models = new Set<string>(COLLECTIONS.map(delegateName));
  return new Proxy(tx, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== "string" || !models.has(prop)) return value;
      return new Proxy(value as object, {
        get(m, name, r) {
          const fn = Reflect.get(m, name, r);
          if (name !== "findUnique" || typeof fn !== "function") return fn;
          return (...args: unknown[]) => {
            onRecord();
            return fn.apply(m, args);
          };
        },
      });
    },
  });
}

async function apply(prisma: PrismaClient, bundle: Bundle, dryRun: boolean, onRecord: () => void, opts: ApplyOptions): Promise<ApplyCounts> {
  if (dryRun) return dryApply(prisma, bundle, onRecord);
  const proxy = new Proxy(prisma, {
    get(target, prop, receiver) {
      if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
      return (fn: (tx: unknown) => Promise<unknown>, opts: unknown) => target.$transaction((tx) => fn(countingTx(tx, onRecord)), opts as never);
    },
  });
  return applyBundle(proxy, bundle, opts);
}

/** Imports one file's text. Throws RowError when the file as a whole cannot be read (not CSV, not JSON, no header). */
export async function importFile(prisma: PrismaClient, format: ImportFormat, text: string, opts: ImportOptions = {}): Promise<ImportReport> {
  const spec = FORMATS[format];
  let mapped: MappedRow[];
  try {
    mapped = [...spec.parse(text)];
  } catch (err) {
    if (err instanceof SyntaxError) throw new RowError(`the file is not valid JSON: ${err.message}`);
    throw err;
  }
  const rejected: RowProblem[] = [];
  const skipped: RowProblem[] = [];
  let accepted: { line: number; external_id: string; records: RawBundle }[] = [];
  const seenExternal = new Map<string, number>();
  for (const row of mapped) {
    if ("error" in row) rejected.push({ line: row.line, external_id: row.external_id, reason: row.error });
    else if ("skip" in row) skipped.push({ line: row.line, external_id: row.external_id, reason: row.skip });
    else if (seenExternal.has(row.external_id)) rejected.push({ line: row.line, external_id: row.external_id, reason: `repeats the event id of line ${seenExternal.get(row.external_id)}` });
    else {
      const problem = validate(row.records);
      if (problem) rejected.push({ line: row.line, external_id: row.external_id, reason: problem });
      else {
        seenExternal.set(row.external_id, row.line);
        accepted.push(row);
      }
    }
  }

  // Every row was checked alone; what applyBundle can still refuse (a record
  // two rows build differently, a reference) rejects the rows behind it.
  let counts = zeroCounts();
  for (let attempt = 0; attempt < 3; attempt++) {
    const { merged, owners } = mergeRows(accepted);
    const bundle = bundleSchema.parse(merged);
    const total = Object.values(bundle).reduce((n, list) => n + list.length, 0);
    let done = 0;
    opts.onProgress?.(0, total);
    try {
      if (total > 0) counts = await apply(prisma, bundle, opts.dryRun ?? false, () => opts.onProgress?.(Math.min(++done, total), total), { author: opts.author, mayUpdate: opts.mayUpdate });
      opts.onProgress?.(total, total);
      break;
    } catch (err) {
      if (!(err instanceof BundleInvalid) || attempt === 2) throw err;
      const bad = new Map<number, string>();
      for (const e of err.errors) {
        const [, collection, index] = e.pointer.split("/");
        const id = e.id ?? merged[collection as keyof RawBundle]?.[Number(index)]?.id;
        for (const line of (id && owners.get(id)) || []) if (!bad.has(line)) bad.set(line, `${id}${e.pointer.split("/").slice(3).join(".") ? `.${e.pointer.split("/").slice(3).join(".")}` : ""}: ${e.message}`);
      }
      if (bad.size === 0) throw err;
      for (const row of accepted) if (bad.has(row.line)) rejected.push({ line: row.line, external_id: row.external_id, reason: bad.get(row.line)! });
      accepted = accepted.filter((row) => !bad.has(row.line));
    }
  }

  const inFile = new Set(accepted.map((r) => r.external_id));
  for (const r of rejected) if (r.external_id) inFile.add(r.external_id);
  const stored = await prisma.eventExternalId.findMany({ where: { scheme: spec.scheme }, select: { value: true }, orderBy: { value: "asc" } });
  const missing = stored.map((s) => s.value).filter((v) => !inFile.has(v));
  rejected.sort((a, b) => a.line - b.line);
  return {
    format, dry_run: opts.dryRun ?? false, rows: mapped.length, imported: accepted.length, rejected, skipped, counts,
    missing: { scheme: spec.scheme, count: missing.length, external_ids: missing.slice(0, opts.missingLimit ?? 100) },
  };
}
