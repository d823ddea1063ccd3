// Applies a bundle (the seed files' format; also what bulk imports take) in one
// transaction. Everything is checked before anything is written, and applying
// the same bundle twice changes nothing the second time.
import { createHash } from "node:crypto";
import { bundleSchema, recordInput, type ActorInput, type Bundle, type ClaimInput, type EventInput, type PlaceInput, type SourceInput } from "../schemas/bundle.ts";
import { resolveInterval, nowIso, type DatePrecision } from "../domain/dates.ts";
import { foldName } from "../domain/text.ts";
import { EVENT_TYPES } from "../domain/vocabulary.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { appendRevisions, takeWriteTurn, inSlices, loadRecord, loadRecords, revisionRow, type Collection, type Tx } from "./records.ts";

/**
 * One thing wrong with a bundle: where (a JSON pointer into it, and the file if known) and what.
 * `kind`: `reference` names a record that does not exist, `conflict` collides with another
 * record (an id, an alias, an external id), anything else is invalid data.
 */
export type BundleError = { file?: string; pointer: string; id?: string; message: string; kind?: "reference" | "conflict" };

/** What a write changed: one entry per record created or updated, in the order written. */
export type Written = { collection: Collection; id: string; action: "create" | "update"; version: number };

export type ApplyOptions = {
  author?: string;
  at?: string;
  /** false: a record that already exists may not change (UpdateNotAllowed, and the transaction rolls back). */
  mayUpdate?: boolean;
};

/** Thrown inside the transaction when a bundle would change records that exist and `mayUpdate` is false. */
export class UpdateNotAllowed extends Error {
  constructor(readonly records: string[]) {
    super(`would change ${records.length} existing record(s): ${records.slice(0, 5).join(", ")}${records.length > 5 ? ", ..." : ""}`);
  }
}

export class BundleInvalid extends Error {
  constructor(readonly errors: BundleError[]) {
    super(errors.map(formatError).join("\n"));
  }
}

export const formatError = (e: BundleError) => `${e.file ? `${e.file}: ` : ""}${e.pointer}${e.id ? ` (${e.id})` : ""}: ${e.message}`;

export type { ApplyCounts } from "../schemas/bundle.ts";
import type { ApplyCounts } from "../schemas/bundle.ts";
import { COLLECTIONS } from "../domain/collections.ts";

const shortHash = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** Parses raw data as a bundle; zod errors become pointers that name the record. */
export function parseBundle(raw: unknown, fileOf: (collection: string) => string | undefined = () => undefined): Bundle {
  const parsed = bundleSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => {
    const [collection, index] = issue.path;
    const record = typeof collection === "string" && typeof index === "number" ? (raw as Record<string, { id?: unknown }[]>)[collection]?.[index] : undefined;
    return {
      file: typeof collection === "string" ? fileOf(collection) : undefined,
      pointer: "/" + issue.path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/"),
      id: typeof record?.id === "string" ? record.id : undefined,
      message: issue.message,
    };
  });
  throw new BundleInvalid(errors);
}

// ---- normalised rows -------------------------------------------------------
// Each record becomes the exact rows it will occupy, so that "is it changed?"
// is a comparison of plain objects.

function actorState(a: ActorInput) {
  return {
    row: { id: a.id, kind: a.kind, name: a.name, name_norm: foldName(a.name), country: orNull(a.country), description: orNull(a.description), annotations: JSON.stringify(a.annotations) },
    aliases: a.aliases.map((x) => ({ name: x.name, name_norm: foldName(x.name), kind: x.kind, lang: orNull(x.lang) })),
    external_ids: Object.entries(a.external_ids).map(([scheme, value]) => ({ scheme, value })).sort((x, y) => x.scheme.localeCompare(y.scheme)),
  };
}

function affiliationRows(a: ActorInput, errors: BundleError[], at: string) {
  return a.affiliations.map((f, i) => {
    let start_date = orNull(f.start_date);
    let end_date = orNull(f.end_date);
    if (f.date_precision) {
      if (!f.start_date) errors.push({ pointer: `${at}/affiliations/${i}/start_date`, id: a.id, message: "a date_precision needs a start_date" });
      else {
        const r = resolveInterval(f.start_date, f.end_date, f.date_precision as DatePrecision);
        if ("error" in r) errors.push({ pointer: `${at}/affiliations/${i}`, id: a.id, message: r.error });
        else ({ start_date } = r), (end_date = f.end_date ? r.end_date : null);
      }
    } else if (f.start_date || f.end_date) {
      errors.push({ pointer: `${at}/affiliations/${i}/date_precision`, id: a.id, message: "dates need a date_precision" });
    }
    return {
      id: f.id ?? `aff_${shortHash(a.id, f.organisation_id, f.role)}`,
      actor_id: a.id, organisation_id: f.organisation_id, role: f.role, start_date, end_date, date_precision: orNull(f.date_precision),
    };
  });
}

function placeState(p: PlaceInput) {
  return {
    row: { id: p.id, name: p.name, kind: p.kind, country: orNull(p.country), admin1: orNull(p.admin1), latitude: orNull(p.latitude), longitude: orNull(p.longitude), geo_precision: p.geo_precision, annotations: JSON.stringify(p.annotations) },
    external_ids: Object.entries(p.external_ids).map(([scheme, value]) => ({ scheme, value })).sort((x, y) => x.scheme.localeCompare(y.scheme)),
  };
}

function sourceState(s: SourceInput) {
  return {
    row: {
      id: s.id, kind: s.kind, title: s.title, publisher_id: orNull(s.publisher_id), author: orNull(s.author), published_at: orNull(s.published_at),
      published_precision: orNull(s.published_precision), language: orNull(s.language), url: orNull(s.url), parent_id: orNull(s.parent_id), description: orNull(s.description),
      annotations: JSON.stringify(s.annotations),
    },
    external_ids: Object.entries(s.external_ids).map(([scheme, value]) => ({ scheme, value })).sort((x, y) => x.scheme.localeCompare(y.scheme)),
  };
}

function eventState(e: EventInput, errors: BundleError[], at: string) {
  const r = resolveInterval(e.start_date, e.end_date, e.date_precision as DatePrecision);
  if ("error" in r) errors.push({ pointer: `${at}/start_date`, id: e.id, message: r.error });
  const t = EVENT_TYPES[e.type];
  return {
    row: {
      id: e.id, type: e.type, plover_category: t.plover, acled_event_type: t.acled?.[0] ?? null, acled_sub_event_type: t.acled?.[1] ?? null,
      title: e.title, summary: e.summary, start_date: "error" in r ? e.start_date : r.start_date, end_date: "error" in r ? e.start_date : r.end_date,
      date_precision: e.date_precision, place_id: orNull(e.place_id), status: e.status, annotations: JSON.stringify(e.annotations),
    },
    participants: e.participants.map((p) => ({ actor_id: p.actor_id, role: p.role })),
    external_ids: Object.entries(e.external_ids).map(([scheme, value]) => ({ scheme, value })).sort((x, y) => x.scheme.localeCompare(y.scheme)),
  };
}

function claimState(c: ClaimInput, errors: BundleError[], at: string) {
  let claimed_at: string | null = null;
  if (c.claimed_at !== undefined) {
    if (!c.claimed_precision) errors.push({ pointer: `${at}/claimed_precision`, id: c.id, message: "claimed_at needs a claimed_precision" });
    else {
      const r = resolveInterval(c.claimed_at, undefined, c.claimed_precision as DatePrecision);
      if ("error" in r) errors.push({ pointer: `${at}/claimed_at`, id: c.id, message: r.error });
      else claimed_at = r.start_date;
    }
  } else if (c.claimed_precision) errors.push({ pointer: `${at}/claimed_precision`, id: c.id, message: "claimed_precision needs a claimed_at" });
  return {
    row: {
      id: c.id, claimant_id: c.claimant_id, source_id: c.source_id, event_id: orNull(c.event_id), statement: c.statement, quote: orNull(c.quote),
      stance: c.stance, certainty: c.certainty, verification: c.verification, claimed_at, claimed_precision: orNull(c.claimed_precision),
      annotations: JSON.stringify(c.annotations),
    },
    about_actor_ids: [...new Set(c.about_actor_ids)].sort(),
    quantities: c.quantities.map((q, i) => ({
      id: q.id ?? `qty_${shortHash(c.id, String(i))}`, subject: q.subject, unit: q.unit, value: orNull(q.value), low: orNull(q.low), high: orNull(q.high), comparator: q.comparator, text: orNull(q.text),
    })),
    relations: c.relations.map((r) => ({ kind: r.kind, related_claim_id: r.related_claim_id })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// ---- checks ----------------------------------------------------------------

const fieldsOf = (collection: Collection): Record<string, unknown> => recordInput[collection].shape;

/** Every annotation names a field the record has (and, after a dot, a key that field holds), once per mark. */
function checkAnnotations(bundle: Bundle, errors: BundleError[]) {
  for (const collection of Object.keys(bundle) as Collection[]) {
    bundle[collection].forEach((r, i) => {
      const seen = new Set<string>();
      r.annotations.forEach((a, j) => {
        const pointer = `/${collection}/${i}/annotations/${j}`;
        const [top, key] = a.field.split(".");
        if (!(top in fieldsOf(collection)) || top === "id" || top === "annotations") {
          const names = Object.keys(fieldsOf(collection)).filter((f) => f !== "id" && f !== "annotations");
          errors.push({ pointer: `${pointer}/field`, id: r.id, message: `must name one of the record's fields (${names.join(", ")}); "${top}" is not one` });
          return;
        }
        const value = (r as Record<string, unknown>)[top];
        const holds = key === undefined ? value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0) : typeof value === "object" && value !== null && key in value;
        if (!holds) errors.push({ pointer: `${pointer}/field`, id: r.id, message: `names ${a.field}, which the record does not have: annotate only what the record holds` });
        if (seen.has(`${a.field}\u0000${a.mark}`)) errors.push({ pointer, id: r.id, message: `${a.field} is marked ${a.mark} twice` });
        seen.add(`${a.field}\u0000${a.mark}`);
      });
    });
  }
}

function checkUnique(bundle: Bundle, errors: BundleError[]) {
  const seen = new Map<string, string>();
  for (const collection of Object.keys(bundle) as Collection[]) {
    bundle[collection].forEach((r, i) => {
      const at = `/${collection}/${i}`;
      if (seen.has(r.id)) errors.push({ pointer: at, id: r.id, message: `the id is used twice (also at ${seen.get(r.id)})`, kind: "conflict" });
      seen.set(r.id, at);
    });
  }
  bundle.actors.forEach((a, i) => {
    const names = new Map<string, number>();
    [a.name, ...a.aliases.map((x) => x.name)].forEach((n, j) => {
      const k = foldName(n);
      if (names.has(k)) errors.push({ pointer: `/actors/${i}/aliases/${j - 1}`, id: a.id, message: `"${n}" repeats a name or alias of this actor`, kind: "conflict" });
      names.set(k, j);
    });
  });
  const sourceParents = new Map(bundle.sources.map((s) => [s.id, s.parent_id]));
  for (const [id] of sourceParents) {
    const path = new Set<string>();
    for (let at: string | undefined = id; at; at = sourceParents.get(at)) {
      if (path.has(at)) {
        errors.push({ pointer: `/sources/${bundle.sources.findIndex((s) => s.id === id)}/parent_id`, id, message: "parent_id makes a cycle" });
        break;
      }
      path.add(at);
    }
  }
}

/** The stored records of these ids, by id: one query per slice instead of one per record. */
async function storedById<T extends { id: string }>(ids: readonly string[], find: (slice: string[]) => Promise<T[]>): Promise<Map<string, T>> {
  return new Map((await inSlices(ids, find)).map((r) => [r.id, r]));
}

/** Every reference must name a record in the bundle or already in the store. */
async function checkReferences(tx: Tx, bundle: Bundle, errors: BundleError[]) {
  const inBundle = new Set<string>(Object.values(bundle).flatMap((list) => list.map((r: { id: string }) => r.id)));
  const refs: { pointer: string; id: string; target: string; table: "actor" | "place" | "source" | "event" | "claim" }[] = [];
  bundle.actors.forEach((a, i) => a.affiliations.forEach((f, j) => refs.push({ pointer: `/actors/${i}/affiliations/${j}/organisation_id`, id: a.id, target: f.organisation_id, table: "actor" })));
  bundle.sources.forEach((s, i) => {
    if (s.publisher_id) refs.push({ pointer: `/sources/${i}/publisher_id`, id: s.id, target: s.publisher_id, table: "actor" });
    if (s.parent_id) refs.push({ pointer: `/sources/${i}/parent_id`, id: s.id, target: s.parent_id, table: "source" });
  });
  bundle.events.forEach((e, i) => {
    if (e.place_id) refs.push({ pointer: `/events/${i}/place_id`, id: e.id, target: e.place_id, table: "place" });
    e.participants.forEach((p, j) => refs.push({ pointer: `/events/${i}/participants/${j}/actor_id`, id: e.id, target: p.actor_id, table: "actor" }));
  });
  bundle.claims.forEach((c, i) => {
    refs.push({ pointer: `/claims/${i}/claimant_id`, id: c.id, target: c.claimant_id, table: "actor" });
    refs.push({ pointer: `/claims/${i}/source_id`, id: c.id, target: c.source_id, table: "source" });
    if (c.event_id) refs.push({ pointer: `/claims/${i}/event_id`, id: c.id, target: c.event_id, table: "event" });
    c.about_actor_ids.forEach((a, j) => refs.push({ pointer: `/claims/${i}/about_actor_ids/${j}`, id: c.id, target: a, table: "actor" }));
    c.relations.forEach((r, j) => {
      refs.push({ pointer: `/claims/${i}/relations/${j}/related_claim_id`, id: c.id, target: r.related_claim_id, table: "claim" });
      if (r.related_claim_id === c.id) errors.push({ pointer: `/claims/${i}/relations/${j}`, id: c.id, message: "a claim cannot relate to itself" });
    });
  });
  // The targets outside the bundle, looked up a table at a time.
  const stored = new Set<string>();
  for (const table of ["actor", "place", "source", "event", "claim"] as const) {
    const targets = refs.filter((r) => r.table === table && !inBundle.has(r.target)).map((r) => r.target);
    const delegate = tx[table] as unknown as { findMany(args: { where: { id: { in: string[] } }; select: { id: true } }): Promise<{ id: string }[]> };
    for (const row of await inSlices(targets, (slice) => delegate.findMany({ where: { id: { in: slice } }, select: { id: true } }))) stored.add(`${table}/${row.id}`);
  }
  for (const ref of refs) {
    if (inBundle.has(ref.target) || stored.has(`${ref.table}/${ref.target}`)) continue;
    errors.push({ pointer: ref.pointer, id: ref.id, message: `no ${ref.table} has the id "${ref.target}", in this bundle or in the store`, kind: "reference" });
  }
  // Ids are never reused: a deleted or merged record's id stays taken.
  for (const collection of Object.keys(bundle) as Collection[]) {
    const listed = bundle[collection].map((r) => r.id);
    if (listed.length === 0) continue;
    const gone = new Set(
      (await inSlices(listed, (slice) => tx.tombstone.findMany({ where: { collection, entity_id: { in: slice } }, select: { entity_id: true } }))).map((t) => t.entity_id),
    );
    listed.forEach((id, i) => {
      if (gone.has(id)) errors.push({ pointer: `/${collection}/${i}/id`, id, message: `the id ${id} belonged to a record that was deleted or merged; ids are never reused`, kind: "conflict" });
    });
  }
  // An external id names one record: it may not be held by another.
  const holders = [
    { collection: "actors", table: tx.actorExternalId, owner: "actor_id" },
    { collection: "places", table: tx.placeExternalId, owner: "place_id" },
    { collection: "sources", table: tx.sourceExternalId, owner: "source_id" },
    { collection: "events", table: tx.eventExternalId, owner: "event_id" },
  ] as const;
  for (const h of holders) {
    const records = bundle[h.collection] as { id: string; external_ids: Record<string, string> }[];
    const inThis = new Set(records.map((r) => r.id));
    // Who holds each of these values now: one query per scheme and slice of values.
    const holderOf = new Map<string, string>();
    const bySchemes = new Map<string, string[]>();
    for (const r of records) for (const [scheme, value] of Object.entries(r.external_ids)) bySchemes.set(scheme, [...(bySchemes.get(scheme) ?? []), value]);
    for (const [scheme, values] of bySchemes) {
      const table = h.table as unknown as { findMany(a: unknown): Promise<Record<string, string>[]> };
      for (const row of await inSlices(values, (slice) => table.findMany({ where: { scheme, value: { in: slice } } }))) holderOf.set(`${scheme}\u0000${row.value}`, row[h.owner]);
    }
    const claimed = new Map<string, string>();
    for (const [i, r] of records.entries()) {
      for (const [scheme, value] of Object.entries(r.external_ids)) {
        const pointer = `/${h.collection}/${i}/external_ids/${scheme}`;
        const key = `${scheme}\u0000${value}`;
        const other = claimed.get(key);
        if (other && other !== r.id) errors.push({ pointer, id: r.id, message: `${scheme} ${value} is also given to ${other} in this bundle`, kind: "conflict" });
        claimed.set(key, r.id);
        const holder = holderOf.get(key);
        if (holder && holder !== r.id && !inThis.has(holder)) errors.push({ pointer, id: r.id, message: `${scheme} ${value} is already the external id of ${holder}`, kind: "conflict" });
      }
    }
  }
}

/** Sources ordered so that a parent comes before the sources known through it. */
function parentsFirst(sources: SourceInput[]): SourceInput[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const out: SourceInput[] = [];
  const placed = new Set<string>();
  const place = (s: SourceInput) => {
    if (placed.has(s.id)) return;
    placed.add(s.id);
    const parent = s.parent_id ? byId.get(s.parent_id) : undefined;
    if (parent) place(parent);
    out.push(s);
  };
  sources.forEach(place);
  return out;
}

// ---- apply -----------------------------------------------------------------

export async function applyBundle(prisma: PrismaClient, bundle: Bundle, opts: ApplyOptions = {}): Promise<ApplyCounts> {
  const prepared = prepareBundle(bundle);
  return prisma.$transaction(async (tx) => {
    await takeWriteTurn(tx); // before the bundle reads what it compares against (see takeWriteTurn)
    return (await applyPrepared(tx, bundle, prepared, opts)).counts;
  }, { timeout: 120_000, maxWait: 10_000 });
}

/** Applies a bundle inside a transaction the caller holds; returns the counts and what was written. */
export async function applyBundleTx(tx: Tx, bundle: Bundle, opts: ApplyOptions = {}) {
  return applyPrepared(tx, bundle, prepareBundle(bundle), opts);
}

/** The checks that need no database, and the rows each record will occupy. */
export function prepareBundle(bundle: Bundle) {
  const errors: BundleError[] = [];
  checkUnique(bundle, errors);
  checkAnnotations(bundle, errors);
  const actors = bundle.actors.map((a, i) => ({ ...actorState(a), affiliations: affiliationRows(a, errors, `/actors/${i}`) }));
  const places = bundle.places.map(placeState);
  const sources = parentsFirst(bundle.sources).map(sourceState);
  const events = bundle.events.map((e, i) => eventState(e, errors, `/events/${i}`));
  const claims = bundle.claims.map((c, i) => claimState(c, errors, `/claims/${i}`));
  if (errors.length) throw new BundleInvalid(errors);
  return { actors, places, sources, events, claims };
}

async function applyPrepared(tx: Tx, bundle: Bundle, prepared: ReturnType<typeof prepareBundle>, opts: ApplyOptions) {
  const { actors, places, sources, events, claims } = prepared;
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, { created: 0, updated: 0, unchanged: 0 }])) as ApplyCounts;
  const errors: BundleError[] = [];
  const written = new Map<string, Written & { before: Record<string, unknown> | null }>();
  /** Notes a record about to be written, with the record as it was. */
  const note = async (collection: Collection, id: string, existing: { version: number } | null) => {
    const key = `${collection}/${id}`;
    const seen = written.get(key);
    if (seen) return;
    const before = existing ? (await loadRecord(tx, collection, id))?.record ?? null : null;
    written.set(key, { collection, id, action: existing ? "update" : "create", version: existing ? existing.version + 1 : 1, before });
  };
  {
    {
      await checkReferences(tx, bundle, errors);
      if (errors.length) throw new BundleInvalid(errors);
      const now = opts.at ?? nowIso();
      const stamp = (existing: { version: number } | null) =>
        existing ? { version: existing.version + 1, updated_at: now } : { version: 1, created_at: now, updated_at: now };
      const tally = (c: Collection, existing: unknown, changed: boolean) => {
        counts[c][!existing ? "created" : changed ? "updated" : "unchanged"]++;
        return !existing || changed;
      };

      const storedActors = await storedById(actors.map((a) => a.row.id), (ids) =>
        tx.actor.findMany({ where: { id: { in: ids } }, include: { aliases: { orderBy: { id: "asc" } }, external_ids: { orderBy: { scheme: "asc" } } } }));
      for (const a of actors) {
        const existing = storedActors.get(a.row.id) ?? null;
        const current = existing && {
          row: pick(existing, a.row),
          aliases: existing.aliases.map(({ name, name_norm, kind, lang }) => ({ name, name_norm, kind, lang })),
          external_ids: existing.external_ids.map(({ scheme, value }) => ({ scheme, value })),
        };
        if (!tally("actors", existing, !same(current, { row: a.row, aliases: a.aliases, external_ids: a.external_ids }))) continue;
        await note("actors", a.row.id, existing);
        await tx.actor.upsert({ where: { id: a.row.id }, create: { ...a.row, ...(stamp(null) as { created_at: string; updated_at: string }) }, update: { ...a.row, ...stamp(existing) } });
        if (existing) await tx.actorAlias.deleteMany({ where: { actor_id: a.row.id } });
        if (a.aliases.length) await tx.actorAlias.createMany({ data: a.aliases.map((x) => ({ ...x, actor_id: a.row.id })) });
        if (existing) await tx.actorExternalId.deleteMany({ where: { actor_id: a.row.id } });
        if (a.external_ids.length) await tx.actorExternalId.createMany({ data: a.external_ids.map((x) => ({ ...x, actor_id: a.row.id })) });
      }
      // Affiliations point at other actors, so they go in once every actor exists.
      const storedAffiliations = new Map<string, Awaited<ReturnType<typeof tx.affiliation.findMany>>>();
      for (const f of await inSlices(actors.map((a) => a.row.id), (ids) => tx.affiliation.findMany({ where: { actor_id: { in: ids } }, orderBy: { id: "asc" } })))
        storedAffiliations.set(f.actor_id, [...(storedAffiliations.get(f.actor_id) ?? []), f]);
      for (const a of actors) {
        const existing = storedAffiliations.get(a.row.id) ?? [];
        const wanted = [...a.affiliations].sort((x, y) => x.id.localeCompare(y.id));
        if (same(existing, wanted)) continue;
        const onlyAffiliations = !written.has(`actors/${a.row.id}`);
        if (onlyAffiliations) await note("actors", a.row.id, await tx.actor.findUniqueOrThrow({ where: { id: a.row.id }, select: { version: true } }));
        await tx.affiliation.deleteMany({ where: { actor_id: a.row.id } });
        await tx.affiliation.createMany({ data: wanted });
        if (onlyAffiliations) {
          // Only the affiliations changed: the actor is still updated, once.
          counts.actors.unchanged--;
          counts.actors.updated++;
          await tx.actor.update({ where: { id: a.row.id }, data: { version: { increment: 1 }, updated_at: now } });
        }
      }
      const storedPlaces = await storedById(places.map((p) => p.row.id), (ids) => tx.place.findMany({ where: { id: { in: ids } }, include: { external_ids: { orderBy: { scheme: "asc" } } } }));
      for (const p of places) {
        const existing = storedPlaces.get(p.row.id) ?? null;
        const current = existing && { row: pick(existing, p.row), external_ids: existing.external_ids.map(({ scheme, value }) => ({ scheme, value })) };
        if (!tally("places", existing, !same(current, { row: p.row, external_ids: p.external_ids }))) continue;
        await note("places", p.row.id, existing);
        await tx.place.upsert({ where: { id: p.row.id }, create: { ...p.row, ...(stamp(null) as { created_at: string; updated_at: string }) }, update: { ...p.row, ...stamp(existing) } });
        if (existing) await tx.placeExternalId.deleteMany({ where: { place_id: p.row.id } });
        if (p.external_ids.length) await tx.placeExternalId.createMany({ data: p.external_ids.map((x) => ({ ...x, place_id: p.row.id })) });
      }
      const storedSources = await storedById(sources.map((x) => x.row.id), (ids) => tx.source.findMany({ where: { id: { in: ids } }, include: { external_ids: { orderBy: { scheme: "asc" } } } }));
      for (const s of sources) {
        const existing = storedSources.get(s.row.id) ?? null;
        const current = existing && { row: pick(existing, s.row), external_ids: existing.external_ids.map(({ scheme, value }) => ({ scheme, value })) };
        if (!tally("sources", existing, !same(current, { row: s.row, external_ids: s.external_ids }))) continue;
        await note("sources", s.row.id, existing);
        await tx.source.upsert({ where: { id: s.row.id }, create: { ...s.row, ...(stamp(null) as { created_at: string; updated_at: string }) }, update: { ...s.row, ...stamp(existing) } });
        if (existing) await tx.sourceExternalId.deleteMany({ where: { source_id: s.row.id } });
        if (s.external_ids.length) await tx.sourceExternalId.createMany({ data: s.external_ids.map((x) => ({ ...x, source_id: s.row.id })) });
      }
      const storedEvents = await storedById(events.map((e) => e.row.id), (ids) =>
        tx.event.findMany({ where: { id: { in: ids } }, include: { participants: { orderBy: { id: "asc" } }, external_ids: { orderBy: { scheme: "asc" } } } }));
      for (const e of events) {
        const existing = storedEvents.get(e.row.id) ?? null;
        const current = existing && {
          row: pick(existing, e.row),
          participants: existing.participants.map(({ actor_id, role }) => ({ actor_id, role })),
          external_ids: existing.external_ids.map(({ scheme, value }) => ({ scheme, value })),
        };
        if (!tally("events", existing, !same(current, { row: e.row, participants: e.participants, external_ids: e.external_ids }))) continue;
        await note("events", e.row.id, existing);
        await tx.event.upsert({ where: { id: e.row.id }, create: { ...e.row, ...(stamp(null) as { created_at: string; updated_at: string }) }, update: { ...e.row, ...stamp(existing) } });
        if (existing) await tx.eventParticipant.deleteMany({ where: { event_id: e.row.id } });
        if (e.participants.length) await tx.eventParticipant.createMany({ data: e.participants.map((x) => ({ ...x, event_id: e.row.id })) });
        if (existing) await tx.eventExternalId.deleteMany({ where: { event_id: e.row.id } });
        if (e.external_ids.length) await tx.eventExternalId.createMany({ data: e.external_ids.map((x) => ({ ...x, event_id: e.row.id })) });
      }
      const changedClaims: typeof claims = [];
      const storedClaims = await storedById(claims.map((c) => c.row.id), (ids) =>
        tx.claim.findMany({ where: { id: { in: ids } }, include: { about_actors: { orderBy: { actor_id: "asc" } }, quantities: true, relations: { orderBy: { id: "asc" } } } }));
      for (const c of claims) {
        const existing = storedClaims.get(c.row.id) ?? null;
        const current = existing && {
          row: pick(existing, c.row),
          about_actor_ids: existing.about_actors.map((x) => x.actor_id),
          quantities: existing.quantities.map((x) => pick(x, c.quantities[0] ?? x)).sort(byId),
          relations: existing.relations.map(({ kind, related_claim_id }) => ({ kind, related_claim_id })),
        };
        const wanted = { row: c.row, about_actor_ids: c.about_actor_ids, quantities: [...c.quantities].sort(byId), relations: c.relations };
        if (!tally("claims", existing, !same(current, wanted))) continue;
        await note("claims", c.row.id, existing);
        await tx.claim.upsert({ where: { id: c.row.id }, create: { ...c.row, ...(stamp(null) as { created_at: string; updated_at: string }) }, update: { ...c.row, ...stamp(existing) } });
        if (existing) await tx.claimAboutActor.deleteMany({ where: { claim_id: c.row.id } });
        if (c.about_actor_ids.length) await tx.claimAboutActor.createMany({ data: c.about_actor_ids.map((actor_id) => ({ claim_id: c.row.id, actor_id })) });
        if (existing) await tx.quantity.deleteMany({ where: { claim_id: c.row.id } });
        if (c.quantities.length) await tx.quantity.createMany({ data: c.quantities.map((q) => ({ ...q, claim_id: c.row.id })) });
        if (existing) await tx.claimRelation.deleteMany({ where: { claim_id: c.row.id } });
        changedClaims.push(c);
      }
      // Relations point at other claims, so they go in once every claim exists.
      for (const c of changedClaims) if (c.relations.length) await tx.claimRelation.createMany({ data: c.relations.map((r) => ({ ...r, claim_id: c.row.id })) });

      // One revision per record written, holding the record as stored now.
      // The records as stored now, a collection at a time.
      const stored = new Map<string, Record<string, unknown>>();
      for (const collection of COLLECTIONS) {
        const ids = [...written.values()].filter((w) => w.collection === collection).map((w) => w.id);
        for (const [id, r] of await loadRecords(tx, collection, ids)) stored.set(`${collection}/${id}`, r.record);
      }
      const rows = [];
      for (const w of written.values()) {
        const after = stored.get(`${w.collection}/${w.id}`)!;
        rows.push(revisionRow({ ...w, author: opts.author ?? "import", at: now, before: w.before, after }));
      }
      await appendRevisions(tx, rows);
    }
  }
  if (opts.mayUpdate === false) {
    const updated = [...written.values()].filter((w) => w.action === "update").map((w) => w.id);
    if (updated.length) throw new UpdateNotAllowed(updated);
  }
  return { counts, written: [...written.values()].map(({ before: _b, ...w }) => w) };
}

/** The subset of `row`'s columns that `shape` has, in `shape`'s key order. */
function pick<T extends object>(row: T, shape: object): Record<string, unknown> {
  return Object.fromEntries(Object.keys(shape).map((k) => [k, (row as Record<string, unknown>)[k]]));
}

const byId = (a: { id?: unknown }, b: { id?: unknown }) => String(a.id).localeCompare(String(b.id));

