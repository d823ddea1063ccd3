// Every record of the store as one bundle: the format the seed files, POST
// and imports take, the same on either engine. A dump loaded into another
// database (SQLite or PostgreSQL) gives the same records, so it is how data
// moves between engines. It holds records, not their history: revisions,
// tombstones and keys stay behind.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { COLLECTIONS, delegateOf, loadRecords, type Collection } from "./records.ts";

const PAGE = 500;

/** The ids of a collection in id order, a page at a time. */
async function* idsOf(prisma: PrismaClient, collection: Collection): AsyncGenerator<string[]> {
  const model = delegateOf(prisma, collection);
  let after: string | undefined;
  for (;;) {
    const page = await model.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: PAGE, ...(after ? { where: { id: { gt: after } } } : {}) });
    if (page.length) yield page.map((r) => r.id);
    if (page.length < PAGE) return;
    after = page[page.length - 1].id;
  }
}

/** The dump as JSON text chunks: `{"actors":[…],"places":[…],…}`, collections in load order, records in id order. */
export async function* dumpBundle(prisma: PrismaClient): AsyncGenerator<string> {
  let firstCollection = true;
  for (const collection of COLLECTIONS) {
    yield `${firstCollection ? "{" : "],\n"}${JSON.stringify(collection)}:[`;
    firstCollection = false;
    let first = true;
    for await (const ids of idsOf(prisma, collection)) {
      const records = await loadRecords(prisma, collection, ids);
      for (const id of ids) {
        const r = records.get(id);
        if (!r) continue; // deleted since its id was read
        yield `${first ? "\n" : ",\n"}${JSON.stringify(r.record)}`;
        first = false;
      }
    }
  }
  yield "]}\n";
}
