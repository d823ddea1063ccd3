// Claims as JSON-LD: schema.org `Claim` for what was said, by whom and where it
// appeared, and PROV-O for the attribution chain (a source known through
// another: source.parent_id). Written a node at a time, so it streams.
import { JSONLD_CONTEXT } from "../schemas/jsonld.ts";

export { JSONLD_CONTEXT };

import type { ClaimStore, JsonLdSource as SourceNode } from "../repositories/exports.ts";

const PAGE = 200;
const actorNode = (a: { id: string; name: string; kind: string }) => ({ "@id": `cr:${a.id}`, "@type": a.kind === "person" ? "Person" : "Organization", name: a.name, additionalType: `cr:actor-kind/${a.kind}` });
const sourceNode = (s: SourceNode) => ({
  "@id": `cr:${s.id}`, "@type": ["CreativeWork", "prov:Entity"], name: s.title, additionalType: `cr:source-kind/${s.kind}`,
  ...(s.url ? { url: s.url } : {}), ...(s.published_at ? { datePublished: s.published_at } : {}), ...(s.language ? { inLanguage: s.language } : {}),
  ...(s.publisher ? { publisher: actorNode(s.publisher) } : {}),
});

/**
 * One JSON-LD node for each claim, in id order:
 * - `author` and `wasAttributedTo`: the claimant;
 * - `appearance` and `wasQuotedFrom`: the source the claim is recorded in;
 * - `wasDerivedFrom`: the sources that source is known through, nearest first (its parent, the parent's parent...);
 * - `datePublished`: when the claim was made (`claimed_at`), else the source's date;
 * - `about`: the event; quantities as `QuantitativeValue`s under `cr:quantity`.
 * The API reads the claims through repositories/exports.ts (claimStore).
 */
export async function* claimNodesFrom(store: ClaimStore, opts: { ids?: string[] } = {}): AsyncGenerator<Record<string, unknown>> {
  const sources = new Map<string, SourceNode>();
  const sourceOf = async (id: string): Promise<SourceNode | null> => {
    if (!sources.has(id)) {
      const s = await store.source(id);
      if (!s) return null;
      if (sources.size > 10_000) sources.clear();
      sources.set(id, s);
    }
    return sources.get(id)!;
  };
  let after: string | undefined;
  for (;;) {
    const page = await store.claims({ ids: opts.ids, after, take: PAGE });
    for (const c of page) {
      const source = await sourceOf(c.source_id);
      const chain: SourceNode[] = [];
      const seen = new Set<string>();
      for (let at = source?.parent_id; at && !seen.has(at); ) {
        seen.add(at);
        const parent = await sourceOf(at);
        if (!parent) break;
        chain.push(parent);
        at = parent.parent_id;
      }
      const claimant = actorNode(c.claimant);
      yield {
        "@id": `cr:${c.id}`,
        "@type": ["Claim", "prov:Entity"],
        text: c.statement,
        ...(c.quote ? { "cr:quote": c.quote } : {}),
        author: claimant,
        wasAttributedTo: claimant["@id"],
        ...(source ? { appearance: sourceNode(source), wasQuotedFrom: `cr:${source.id}` } : {}),
        ...(chain.length ? { wasDerivedFrom: chain.map((s) => `cr:${s.id}`), "cr:sourceChain": chain.map(sourceNode) } : {}),
        ...(c.claimed_at ?? source?.published_at ? { datePublished: c.claimed_at ?? source?.published_at } : {}),
        ...(c.event ? { about: { "@id": `cr:${c.event.id}`, "@type": "Event", name: c.event.title } } : {}),
        stance: c.stance,
        certainty: c.certainty,
        verification: c.verification,
        ...(c.quantities.length
          ? {
              "cr:quantity": c.quantities.map((q) => ({
                "@type": "QuantitativeValue", name: q.subject, unitText: q.unit, comparator: q.comparator,
                ...(q.value !== null ? { value: q.value } : {}), ...(q.low !== null ? { minValue: q.low } : {}), ...(q.high !== null ? { maxValue: q.high } : {}),
                ...(q.text ? { description: q.text } : {}),
              })),
            }
          : {}),
      };
    }
    if (page.length < PAGE) return;
    after = page[page.length - 1].id;
  }
}

/** A JSON-LD document `{ "@context", "@graph": [...] }` around a stream of claim nodes, as text chunks: the opening, one claim per chunk, the close. */
export async function* jsonLdDocument(nodes: AsyncIterable<Record<string, unknown>>): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(JSONLD_CONTEXT)},"@graph":[\n`;
  let first = true;
  for await (const node of nodes) {
    yield `${first ? "" : ",\n"}${JSON.stringify(node)}`;
    first = false;
  }
  yield "\n]}\n";
}
