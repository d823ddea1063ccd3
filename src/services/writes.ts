// Writes to single records: create, merge-patch, delete, and actor merges.
// Each is one transaction that re-checks the record's version (optimistic
// concurrency), writes through the bundle loader, and appends its revisions.
import { Prisma } from "../generated/prisma/client.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { Problem } from "../domain/problems.ts";
import { nowIso } from "../domain/dates.ts";
import { foldName } from "../domain/text.ts";
import { applyBundleTx, BundleInvalid, type BundleError } from "./bundle.ts";
import { newId } from "./ids.ts";
import { delegateOf, loadRecord, PREFIX, SINGULAR, takeWriteTurn, writeRevision, type Collection, type Tx } from "./records.ts";
import { COLLECTIONS } from "../domain/collections.ts";
import { recordInput } from "../schemas/writes.ts";
import type { Bundle } from "../schemas/bundle.ts";
import type { Reserve } from "./idempotency.ts";

type Rec = Record<string, unknown>;
const TX = { timeout: 30_000, maxWait: 10_000 };

const emptyBundle = (): Bundle => Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as Bundle;

/** Bundle errors about one record, as a problem whose pointers start at the record. */
function toProblem(err: BundleInvalid, collection: Collection): Problem {
  const prefix = new RegExp(`^/${collection}/0(?=/|$)`);
  const conflict = err.errors.some((e) => e.kind === "conflict");
  const errors = err.errors.map((e: BundleError) => ({ in: "body", name: e.pointer.replace(prefix, "") || "/", message: e.message }));
  const detail = errors.map((e) => `${e.name}: ${e.message}`).join("; ");
  return conflict ? new Problem(409, "conflict", detail, { errors }) : new Problem(422, "unprocessable", detail, { errors });
}

/** Runs a write, turning bundle errors and the database's own constraint errors into problems. */
async function run<T>(prisma: PrismaClient, collection: Collection, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await prisma.$transaction(async (tx) => {
      await takeWriteTurn(tx);
      return work(tx);
    }, TX);
  } catch (err) {
    if (err instanceof BundleInvalid) throw toProblem(err, collection);
    if (err instanceof Prisma.PrismaClientKnownRequestError) {
      if (err.code === "P2002") throw new Problem(409, "conflict", "The write collides with another record's unique value (an id, an alias or an external id).");
      if (err.code === "P2003") throw new Problem(422, "unprocessable", "The write refers to a record that does not exist.");
    }
    throw err;
  }
}

async function gone(tx: Tx, collection: Collection, id: string): Promise<Problem | null> {
  const t = await tx.tombstone.findUnique({ where: { collection_entity_id: { collection, entity_id: id } } });
  return t && goneProblem(collection, t);
}

export function goneProblem(collection: Collection, t: { entity_id: string; deleted_at: string; reason: string | null; merged_into: string | null }) {
  const what = t.merged_into ? `was merged into ${t.merged_into}` : "was deleted";
  return new Problem(410, "gone", `The ${SINGULAR[collection]} ${t.entity_id} ${what} at ${t.deleted_at}${t.reason ? `: ${t.reason}` : ""}.`, {
    deleted_at: t.deleted_at, reason: t.reason, merged_into: t.merged_into,
  });
}

async function current(tx: Tx, collection: Collection, id: string, expectVersion?: number) {
  const found = await loadRecord(tx, collection, id);
  if (!found) throw (await gone(tx, collection, id)) ?? new Problem(404, "not_found", `No ${SINGULAR[collection]} has the id "${id}".`);
  if (expectVersion !== undefined && found.version !== expectVersion)
    throw new Problem(412, "precondition_failed", `The ${SINGULAR[collection]} changed since you read it (it is now at version ${found.version}); GET it again and reapply your change.`);
  return found;
}

function validRecord(collection: Collection, record: Rec) {
  const parsed = recordInput[collection].safeParse(record);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => ({ in: "body", name: "/" + i.path.join("/"), message: i.message }));
  throw new Problem(422, "unprocessable", `The ${SINGULAR[collection]} would be invalid after this change: ${errors.map((e) => `${e.name}: ${e.message}`).join("; ")}`, { errors });
}

/**
 * Creates a record; returns its id. `reserve`, when given, runs first in the
 * same transaction, with the new record's location (see services/idempotency.ts).
 */
export async function createRecord(prisma: PrismaClient, collection: Collection, input: Rec & { id?: string }, author: string, reserve?: Reserve): Promise<string> {
  const id = input.id ?? newId(PREFIX[collection]);
  return run(prisma, collection, async (tx) => {
    await reserve?.(tx, `/v1/${collection}/${id}`);
    if (await loadRecord(tx, collection, id))
      throw new Problem(409, "conflict", `The id ${id} is already used by another ${SINGULAR[collection]}.`, { errors: [{ in: "body", name: "/id", message: "is already used" }] });
    const bundle = emptyBundle();
    (bundle[collection] as Rec[]).push(validRecord(collection, { ...input, id }));
    await applyBundleTx(tx, bundle, { author });
    return id;
  });
}

/** RFC 7396: objects merge member by member, null removes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const out: Rec = target && typeof target === "object" && !Array.isArray(target) ? { ...(target as Rec) } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

export async function updateRecord(prisma: PrismaClient, collection: Collection, id: string, patch: Rec, opts: { author: string; expectVersion: number }) {
  return run(prisma, collection, async (tx) => {
    const found = await current(tx, collection, id, opts.expectVersion);
    const bundle = emptyBundle();
    (bundle[collection] as Rec[]).push(validRecord(collection, mergePatch(found.record, patch) as Rec));
    const { written } = await applyBundleTx(tx, bundle, { author: opts.author });
    return written.length > 0;
  });
}

type Referrer = { collection: Collection; id: string; field: string };

/** The records that still point at this one, which a delete would leave dangling. */
async function referrers(tx: Tx, collection: Collection, id: string): Promise<Referrer[]> {
  const out: Referrer[] = [];
  const add = (c: Collection, field: string, rows: { id: string }[]) => rows.forEach((r) => out.push({ collection: c, id: r.id, field }));
  const sel = { select: { id: true } } as const;
  if (collection === "actors") {
    add("events", "participants", await tx.event.findMany({ where: { participants: { some: { actor_id: id } } }, ...sel }));
    add("claims", "claimant_id", await tx.claim.findMany({ where: { claimant_id: id }, ...sel }));
    add("claims", "about_actor_ids", await tx.claim.findMany({ where: { about_actors: { some: { actor_id: id } } }, ...sel }));
    add("sources", "publisher_id", await tx.source.findMany({ where: { publisher_id: id }, ...sel }));
    add("actors", "affiliations", await tx.actor.findMany({ where: { affiliations: { some: { organisation_id: id } }, NOT: { id } }, ...sel }));
  } else if (collection === "places") {
    add("events", "place_id", await tx.event.findMany({ where: { place_id: id }, ...sel }));
  } else if (collection === "sources") {
    add("claims", "source_id", await tx.claim.findMany({ where: { source_id: id }, ...sel }));
    add("sources", "parent_id", await tx.source.findMany({ where: { parent_id: id }, ...sel }));
  } else if (collection === "events") {
    add("claims", "event_id", await tx.claim.findMany({ where: { event_id: id }, ...sel }));
  } else if (collection === "claims") {
    add("claims", "relations", await tx.claim.findMany({ where: { relations: { some: { related_claim_id: id } }, NOT: { id } }, ...sel }));
  }
  return out;
}

async function removeRow(tx: Tx, collection: Collection, id: string) {
  await delegateOf(tx, collection).delete({ where: { id } });
}

export async function deleteRecord(prisma: PrismaClient, collection: Collection, id: string, opts: { author: string; expectVersion: number; reason?: string }) {
  return run(prisma, collection, async (tx) => {
    const found = await current(tx, collection, id, opts.expectVersion);
    const refs = await referrers(tx, collection, id);
    if (refs.length)
      throw new Problem(409, "still_referenced", `The ${SINGULAR[collection]} ${id} is still referenced by ${refs.length} record(s); change or delete them first (for a duplicate actor, merge it instead).`, {
        referenced_by: refs,
        errors: refs.map((r) => ({ in: "path", name: "id", message: `referenced by ${r.collection} ${r.id} (${r.field})` })),
      });
    const at = nowIso();
    // A claim's relations to itself would otherwise go silently with it.
    await removeRow(tx, collection, id);
    await tx.tombstone.create({ data: { collection, entity_id: id, deleted_at: at, author: opts.author, reason: opts.reason ?? null, version: found.version + 1 } });
    await writeRevision(tx, { collection, id, version: found.version + 1, action: "delete", author: opts.author, at, before: found.record, after: null });
  });
}

// ---- merges ----------------------------------------------------------------

const uniqueBy = <T>(list: T[], key: (x: T) => string) => {
  const seen = new Set<string>();
  return list.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
};

/** A record with every reference to actor `from` pointing at `into` instead. */
function repoint(collection: Collection, r: Rec, from: string, into: string): Rec {
  const swap = (v: unknown) => (v === from ? into : v);
  if (collection === "events") {
    const participants = (r.participants as { actor_id: string; role: string }[]).map((p) => ({ ...p, actor_id: swap(p.actor_id) as string }));
    return { ...r, participants: uniqueBy(participants, (p) => `${p.actor_id} ${p.role}`) };
  }
  if (collection === "claims") return { ...r, claimant_id: swap(r.claimant_id), about_actor_ids: [...new Set((r.about_actor_ids as string[]).map(swap))] };
  if (collection === "sources") return { ...r, publisher_id: swap(r.publisher_id) };
  const affiliations = (r.affiliations as { organisation_id: string; role: string }[])
    .map((f) => ({ ...f, organisation_id: swap(f.organisation_id) as string }))
    .filter((f) => f.organisation_id !== r.id);
  return { ...r, affiliations: uniqueBy(affiliations, (f) => `${f.organisation_id} ${f.role}`) };
}

/**
 * Merges actor `id` into actor `into`: every reference moves to `into`, and the
 * merged actor's name, aliases, affiliations and external ids become the survivor's.
 * The merged id is tombstoned with `merged_into`, and redirects from then on.
 */
export async function mergeActors(prisma: PrismaClient, id: string, into: string, opts: { author: string; expectVersion?: number }) {
  return run(prisma, "actors", async (tx) => {
    if (id === into) throw new Problem(422, "unprocessable", "An actor cannot be merged into itself.", { errors: [{ in: "body", name: "/into", message: "must be another actor" }] });
    const from = await current(tx, "actors", id, opts.expectVersion);
    const survivor = await loadRecord(tx, "actors", into);
    if (!survivor) {
      const t = await gone(tx, "actors", into);
      throw new Problem(422, "unprocessable", `No actor has the id "${into}"${t ? " any more" : ""}.`, { errors: [{ in: "body", name: "/into", message: `no actor has the id "${into}"` }] });
    }
    const bundle = emptyBundle();
    const refs = await referrers(tx, "actors", id);
    for (const ref of uniqueBy(refs, (r) => `${r.collection}/${r.id}`)) {
      if (ref.collection === "actors" && ref.id === into) continue;
      const rec = (await loadRecord(tx, ref.collection, ref.id))!.record;
      (bundle[ref.collection] as Rec[]).push(repoint(ref.collection, rec, id, into));
    }
    // The survivor takes the merged actor's names, affiliations and external ids.
    const s = repoint("actors", survivor.record, id, into);
    const f = from.record as { name: string; aliases: { name: string }[]; affiliations: Rec[]; external_ids: Record<string, string> };
    const names = new Set([s.name as string, ...(s.aliases as { name: string }[]).map((a) => a.name)].map(foldName));
    const aliases = [...(s.aliases as Rec[])];
    for (const a of [{ name: f.name, kind: "spelling" }, ...f.aliases]) {
      if (names.has(foldName(a.name))) continue;
      names.add(foldName(a.name));
      aliases.push(a);
    }
    const affiliations = [...(s.affiliations as Rec[]), ...f.affiliations.map(({ id: _id, ...rest }) => rest)].filter((x) => x.organisation_id !== into && x.organisation_id !== id);
    bundle.actors.push({
      ...s, aliases, affiliations: uniqueBy(affiliations, (x) => `${x.organisation_id} ${x.role}`),
      external_ids: { ...f.external_ids, ...(s.external_ids as Record<string, string>) },
    } as Bundle["actors"][number]);
    // The merged actor lets go of what moves, then goes.
    await tx.actorExternalId.deleteMany({ where: { actor_id: id } });
    await tx.affiliation.deleteMany({ where: { actor_id: id } });
    const at = nowIso();
    await applyBundleTx(tx, bundle, { author: opts.author, at });
    await tx.actor.delete({ where: { id } });
    await tx.tombstone.create({ data: { collection: "actors", entity_id: id, deleted_at: at, author: opts.author, reason: `merged into ${into}`, merged_into: into, version: from.version + 1 } });
    await tx.tombstone.updateMany({ where: { collection: "actors", merged_into: id }, data: { merged_into: into } });
    await writeRevision(tx, { collection: "actors", id, version: from.version + 1, action: "merge", author: opts.author, at, before: from.record, after: null, merged_into: into });
  });
}
