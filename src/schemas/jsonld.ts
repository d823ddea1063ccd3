// The JSON-LD answer of `GET /v1/claims?format=jsonld` (src/formats/jsonld.ts
// writes it; docs/formats.md describes every term).
import { z } from "zod";

/** The JSON-LD context of a claims export (formats/jsonld.ts writes it; the schema documents it). */
export const JSONLD_CONTEXT = {
  "@vocab": "https://schema.org/",
  prov: "http://www.w3.org/ns/prov#",
  cr: "urn:conflict-records:",
  wasAttributedTo: { "@id": "prov:wasAttributedTo", "@type": "@id" },
  wasQuotedFrom: { "@id": "prov:wasQuotedFrom", "@type": "@id" },
  wasDerivedFrom: { "@id": "prov:wasDerivedFrom", "@type": "@id" },
  stance: "cr:stance",
  certainty: "cr:certainty",
  verification: "cr:verification",
  comparator: "cr:comparator",
} as const;

const node = z.looseObject({
  "@id": z.string().meta({ description: "`cr:` and the claim's id.", example: "cr:clm_nis-about-1500-special-forces-in-russia" }),
  "@type": z.array(z.string()).meta({ description: "`Claim` (schema.org) and `prov:Entity`.", example: ["Claim", "prov:Entity"] }),
  text: z.string().meta({ description: "The statement, in our words.", example: "The NIS said roughly 1,500 elite troops from North Korea's special forces were already on Russian soil, adjusting to local conditions." }),
});

export const claimsJsonLdSchema = z
  .strictObject({
    "@context": z.record(z.string(), z.unknown()).meta({ description: "The vocabularies: schema.org, PROV-O, and `cr:` for this API's own terms.", example: JSONLD_CONTEXT }),
    "@graph": z.array(node).meta({
      description:
        "One node per matching claim, in the `sort` order: `author` and `wasAttributedTo` (the claimant), `appearance` and `wasQuotedFrom` (the source it is recorded in), `wasDerivedFrom` (the sources that source is known through, nearest first), `datePublished`, `about` (the event), `stance`, `certainty`, `verification` and `cr:quantity` (figures as `QuantitativeValue`s).",
    }),
  })
  .meta({
    description: "With `format=jsonld` (or `Accept: application/ld+json`): every matching claim as a JSON-LD graph, streamed.",
  });
