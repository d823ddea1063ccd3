// Every read goes through the read layer (the Reader, src/repositories/);
// Prisma Client only writes. With a Prisma Client that fails on any use, every
// kind of read still answers.
import t from "tap";
import { build } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";
import { EXAMPLE_ID } from "../../src/domain/collections.ts";

t.test("reads never touch Prisma Client", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const used: string[] = [];
  const real = app.prisma;
  const refusing = new Proxy(real, {
    get(target, name, receiver) {
      if (name === "$disconnect") return Reflect.get(target, name, receiver);
      used.push(String(name));
      throw new Error(`Prisma Client used for a read (${String(name)})`);
    },
  });
  (app as unknown as { prisma: unknown }).prisma = refusing;
  t.teardown(() => void ((app as unknown as { prisma: unknown }).prisma = real));

  const urls = [
    "/healthz",
    ...Object.entries(EXAMPLE_ID).flatMap(([collection, id]) => [
      `/v1/${collection}?limit=5`, `/v1/${collection}?format=csv`, `/v1/${collection}?format=ndjson`, `/v1/${collection}/${id}`, `/v1/${collection}/${id}/revisions`,
    ]),
    "/v1/events?format=geojson", "/v1/events?format=acled", "/v1/events?format=plover", "/v1/claims?format=jsonld",
    `/v1/events/${EXAMPLE_ID.events}/claims`, `/v1/actors/${EXAMPLE_ID.actors}/events`, `/v1/actors/${EXAMPLE_ID.actors}/claims`, `/v1/sources/${EXAMPLE_ID.sources}/claims`,
    `/v1/events/${EXAMPLE_ID.events}/similar`, "/v1/stats/events?group_by=month&measure=soldiers", "/v1/stats/claims?group_by=stance", "/v1/changes?limit=5",
    `/v1/claims/${EXAMPLE_ID.claims}?as_of=2030-01-01T00:00:00Z`,
  ];
  for (const url of urls) {
    const res = await app.inject({ method: "GET", url, headers: { authorization: "Bearer not-a-key-but-looked-up" } });
    t.ok([200, 401].includes(res.statusCode), `${url}: ${res.statusCode}`);
    const open = await app.inject({ method: "GET", url });
    t.equal(open.statusCode, 200, `${url} ${open.statusCode === 200 ? "" : open.body.slice(0, 200)}`);
  }
  t.same(used, [], "Prisma Client was not used");

  // The refusing client is the one the routes see: a write fails on it.
  const write = await app.inject({ method: "POST", url: "/v1/places", headers: auth, payload: { name: "Nakhodka", kind: "city", country: "RUS", latitude: 42.82, longitude: 132.89, geo_precision: "locality" } });
  t.equal(write.statusCode, 500);
  t.ok(used.length > 0, "a write uses Prisma Client");
});
