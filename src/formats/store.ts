// Reads records for the exporters, a page at a time, so that an export of the
// whole store streams instead of loading it. Writes and exports go through
// Prisma; the hot read path (src/repositories) does not.
import type { PrismaClient } from "../generated/prisma/client.ts";

export type ExportActor = { id: string; name: string; kind: string; country: string | null; description: string | null; role: string };
export type ExportQuantity = { subject: string; unit: string; value: number | null; low: number | null; high: number | null; comparator: string; text: string | null };
export type ExportClaim = {
  id: string; statement: string; quote: string | null; source_title: string; source_publisher: string | null; source_language: string | null; quantities: ExportQuantity[];
};
export type EventForExport = {
  id: string; type: string; plover_category: string; title: string; summary: string; start_date: string; end_date: string; date_precision: string;
  external_ids: Record<string, string>;
  place: { name: string; country: string | null; admin1: string | null; latitude: number | null; longitude: number | null; geo_precision: string } | null;
  participants: ExportActor[];
  claims: ExportClaim[];
};

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
