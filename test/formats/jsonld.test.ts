import t from "tap";
import { JSONLD_CONTEXT } from "../../src/formats/jsonld.ts";
import { claimsJsonLd } from "../helpers/export-store.ts";
import { importFile } from "../../src/services/dataset-import.ts";
import { TEMPLATE } from "../helpers/paths.ts";
import { collect, fixture, openStore } from "../helpers/store.ts";

t.test("claims as JSON-LD: schema.org Claim with PROV-O attribution chains, a node per chunk", async (t) => {
  const { prisma } = openStore(t, TEMPLATE);
  const chunks: string[] = [];
  for await (const c of claimsJsonLd(prisma)) chunks.push(c);
  const doc = JSON.parse(chunks.join(""));
  t.same(doc["@context"], JSONLD_CONTEXT);
  t.equal(doc["@graph"].length, await prisma.claim.count(), "every claim, once");
  t.equal(chunks.length, doc["@graph"].length + 2, "streamed: the opening, one chunk per claim, the close");

  const denial = doc["@graph"].find((n: { "@id": string }) => n["@id"] === "cr:clm_zinoviev-cooperation-not-against-south-korea");
  t.match(denial, {
    "@type": ["Claim", "prov:Entity"],
    author: { "@id": "cr:act_georgiy-zinoviev", "@type": "Person", name: "Georgiy Zinoviev" },
    wasAttributedTo: "cr:act_georgiy-zinoviev",
    appearance: { "@id": "cr:src_russian-embassy-statement-2024-10-21", publisher: { name: /Russia/ }, datePublished: "2024-10-21" },
    wasQuotedFrom: "cr:src_russian-embassy-statement-2024-10-21",
    wasDerivedFrom: ["cr:src_afp-report-2024-10-21"],
    stance: "denies",
  });
  t.equal(denial["cr:sourceChain"][0].name.length > 0, true);
});

t.test("a dataset's figure in JSON-LD: the cited article, known through the dataset", async (t) => {
  const { prisma } = openStore(t);
  await importFile(prisma, "ucdp-json", fixture("ucdp-ged/gedevents_api_israel_2002.json"));
  const doc = JSON.parse(await collect(claimsJsonLd(prisma, { ids: ["clm_ucdp-ged-175957-1"] })));
  t.equal(doc["@graph"].length, 1);
  t.match(doc["@graph"][0], {
    author: { name: "Agence France-Presse", "@type": "Organization" },
    appearance: { name: "Israeli army kills Palestinian boy in Gaza Strip", datePublished: "2002-03-01" },
    wasDerivedFrom: ["cr:src_ucdp-ged"],
    datePublished: "2002-03-01",
    about: { "@id": "cr:evt_ucdp-ged-175957" },
  });
  t.match(doc["@graph"][0]["cr:quantity"].find((q: { name: string }) => q.name === "deaths"), { "@type": "QuantitativeValue", value: 1, minValue: 1, maxValue: 1, comparator: "exact", unitText: "deaths" });
});
