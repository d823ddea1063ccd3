// Reads records for the exporters through Prisma Client, a page at a time,
// for the exporters' own tests, which run on a store with no HTTP app. The
// API's exports read through the read path (repositories/exports.ts), in the
// same shapes.
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import type { ClaimStore, EventForExport } from "../../src/repositories/exports.ts";
import { claimNodesFrom, jsonLdDocument } from "../../src/formats/jsonld.ts";

const PAGE = 200;

/** Events in id order, optionally only those with an external id of one scheme, with what the exporters need. */
export async function* eventsForExport(prisma: PrismaClient, opts: { scheme?: string; ids?: string[] } = {}): AsyncGenerator<EventForExport> {
  let after: string | undefined;
  for (;;) {
    const page = await prisma.event.findMany({
      where: {
        ...(after ? { id: { gt: after } } : {}),
        ...(opts.scheme ? { external_ids: { some: { scheme: opts.scheme } } } : {}),
        ...(opts.ids ? { id: { in: opts.ids, ...(after ? { gt: after } : {}) } } : {}),
      },
      orderBy: { id: "asc" },
      take: PAGE,
      include: {
        place: true,
        external_ids: true,
        participants: { include: { actor: true }, orderBy: { id: "asc" } },
        claims: { orderBy: { id: "asc" }, include: { quantities: { orderBy: { id: "asc" } }, source: { include: { publisher: true } } } },
      },
    });
    for (const e of page) {
      yield {
        id: e.id, type: e.type, plover_category: e.plover_category, title: e.title, summary: e.summary, start_date: e.start_date, end_date: e.end_date,
        date_precision: e.date_precision, external_ids: Object.fromEntries(e.external_ids.map((x) => [x.scheme, x.value])),
        place: e.place && { name: e.place.name, country: e.place.country, admin1: e.place.admin1, latitude: e.place.latitude, longitude: e.place.longitude, geo_precision: e.place.geo_precision },
        participants: e.participants.map((p) => ({ id: p.actor.id, name: p.actor.name, kind: p.actor.kind, country: p.actor.country, description: p.actor.description, role: p.role })),
        claims: e.claims.map((c) => ({
          id: c.id, statement: c.statement, quote: c.quote, source_title: c.source.title, source_publisher: c.source.publisher?.name ?? null, source_language: c.source.language,
          quantities: c.quantities.map(({ subject, unit, value, low, high, comparator, text }) => ({ subject, unit, value, low, high, comparator, text })),
        })),
      };
    }
    if (page.length < PAGE) return;
    after = page[page.length - 1].id;
  }
}

/** The claims and sources the JSON-LD exporter needs, read through Prisma. */
function prismaClaims(prisma: PrismaClient): ClaimStore {
  return {
    claims: ({ ids, after, take }) =>
      prisma.claim.findMany({
        where: { ...(ids ? { id: { in: ids } } : {}), ...(after ? { id: { gt: after, ...(ids ? { in: ids } : {}) } } : {}) },
        orderBy: { id: "asc" },
        take,
        include: { claimant: true, quantities: { orderBy: { id: "asc" } }, event: { select: { id: true, title: true } } },
      }),
    source: async (id) => {
      const s = await prisma.source.findUnique({ where: { id }, include: { publisher: true } });
      return s && { ...s, publisher: s.publisher && { id: s.publisher.id, name: s.publisher.name, kind: s.publisher.kind } };
    },
  };
}

/** The claims (or those of `ids`) as one JSON-LD document, in text chunks. */
export async function* claimsJsonLd(prisma: PrismaClient, opts: { ids?: string[] } = {}): AsyncGenerator<string> {
  yield* jsonLdDocument(claimNodesFrom(prismaClaims(prisma), opts));
}
