// The collections' names: the one place that says what a collection is
// called, what its ids start with, which seed record illustrates it, which
// Prisma model stores it (its table, columns and delegate follow from that) and
// what it holds, in a sentence (its tag in the API document).
// Everything may import this file; it imports nothing.

export const COLLECTION_NAMES = {
  events: { singular: "event", prefix: "evt", example_id: "evt_2024-10-21-summons-russian-ambassador", model: "Event",
    about: "What happened, with when, where and who took part." },
  actors: { singular: "actor", prefix: "act", example_id: "act_georgiy-zinoviev", model: "Actor",
    about: "States, bodies, people, units, agencies and organisations, with their aliases and affiliations." },
  claims: { singular: "claim", prefix: "clm", example_id: "clm_zinoviev-cooperation-not-against-south-korea", model: "Claim",
    about: "Who says what, in which source, with what stance, hedging and figures." },
  sources: { singular: "source", prefix: "src", example_id: "src_russian-embassy-statement-2024-10-21", model: "Source",
    about: "Reports, statements, briefings and posts, with attribution chains." },
  places: { singular: "place", prefix: "plc", example_id: "plc_vladivostok", model: "Place",
    about: "Where events happen." },
} as const;

export type Collection = keyof typeof COLLECTION_NAMES;

/** In the order a bundle is loaded: what a record refers to comes before it. */
export const COLLECTIONS: readonly Collection[] = ["actors", "places", "sources", "events", "claims"];

export const SINGULAR = Object.fromEntries(Object.entries(COLLECTION_NAMES).map(([c, n]) => [c, n.singular])) as { [C in Collection]: (typeof COLLECTION_NAMES)[C]["singular"] };
export const PREFIX = Object.fromEntries(Object.entries(COLLECTION_NAMES).map(([c, n]) => [c, n.prefix])) as { [C in Collection]: (typeof COLLECTION_NAMES)[C]["prefix"] };
/** The Prisma model that stores each collection's records: `prisma[delegate]` reads them. */
export const MODEL = Object.fromEntries(Object.entries(COLLECTION_NAMES).map(([c, n]) => [c, n.model])) as { [C in Collection]: (typeof COLLECTION_NAMES)[C]["model"] };
export const EXAMPLE_ID = Object.fromEntries(Object.entries(COLLECTION_NAMES).map(([c, n]) => [c, n.example_id])) as Record<Collection, string>;

/** "an event", "a claim". */
export const aOne = (collection: Collection) => `${/^[aeiou]/.test(SINGULAR[collection]) ? "an" : "a"} ${SINGULAR[collection]}`;
