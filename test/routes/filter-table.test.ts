// Every filter a collection declares (its filter table, src/repositories/*.ts)
// narrows every path a list can take: the SQL compiled once per shape, the
// SQL built for one request (when a search is given too), the NDJSON export
// and the statistics.
import t, { type Test } from "tap";
import type { z } from "zod";
import { build, getJson } from "../helpers/build.ts";
import { EVENT_FILTERS } from "../../src/repositories/events.ts";
import { CLAIM_FILTERS } from "../../src/repositories/claims.ts";
import { ACTOR_FILTERS } from "../../src/repositories/actors.ts";
import { SOURCE_FILTERS } from "../../src/repositories/sources.ts";
import { PLACE_FILTERS } from "../../src/repositories/places.ts";
import type { FilterTable } from "../../src/repositories/filters.ts";

type App = Awaited<ReturnType<typeof build>>;

/**
 * Per collection: its table, a filter whose SQL is built per request (and
 * its value, chosen to keep many records), and values for the filters whose
 * documented example keeps every seed record.
 */
const COLLECTIONS: Record<string, { table: FilterTable; built: string; values?: Record<string, string>; stats?: string }> = {
  events: { table: EVENT_FILTERS, built: "q=korea OR korean OR russia OR russian", values: { updated_since: "2999-01-01", status: "confirmed", value_max: "1200" }, stats: "/v1/stats/events?group_by=type" },
  claims: { table: CLAIM_FILTERS, built: "q=korea OR korean OR russia OR russian OR troops", values: { updated_since: "2999-01-01", certainty: "likely", to: "2024-10-17" }, stats: "/v1/stats/claims?group_by=stance" },
  actors: { table: ACTOR_FILTERS, built: "q=korea OR korean OR russia OR russian OR ministry OR president", values: { updated_since: "2999-01-01" } },
  sources: { table: SOURCE_FILTERS, built: "publisher=act_agence-france-presse,act_national-intelligence-service,act_russian-embassy-in-seoul,act_south-korea-foreign-ministry", values: { updated_since: "2999-01-01" } },
  places: { table: PLACE_FILTERS, built: "bbox=-180,-90,180,90", values: { updated_since: "2999-01-01" } },
};

const exampleOf = (param: z.ZodType) => String((param.meta() as { example?: unknown } | undefined)?.example);

async function idsOf(t: Test, app: App, url: string): Promise<string[]> {
  const { status, body } = await getJson(app, url);
  t.equal(status, 200, url);
  return (body.data as { id: string }[]).map((r) => r.id);
}

t.test("a declared filter narrows every path", async (t) => {
  const app = await build(t);
  for (const [collection, spec] of Object.entries(COLLECTIONS)) {
    const list = (query: string) => idsOf(t, app, `/v1/${collection}?${query}&limit=500&fields=id`);
    const all = await list("sort=id");
    const built = await list(spec.built);
    t.ok(built.length > 1, `${collection}: ${spec.built} keeps several records`);
    for (const [name, f] of Object.entries(spec.table)) {
      if (!f.param) continue; // a nested route's scope: tested with the nested routes
      const value = spec.values?.[name] ?? exampleOf(f.param);
      const query = `${name}=${encodeURIComponent(value)}`;
      const alone = await list(query);
      t.ok(alone.length < all.length, `${collection}?${query} narrows the list (${alone.length} of ${all.length})`);

      // With a filter whose SQL is built for the request, the result is the intersection.
      if (name !== spec.built.split("=")[0]) {
        const both = await list(`${query}&${spec.built}`);
        t.same(both, built.filter((id) => alone.includes(id)), `${collection}?${query}&${spec.built} is both filters' intersection`);
      }

      // The streamed export applies it too.
      const res = await app.inject({ method: "GET", url: `/v1/${collection}?${query}&format=ndjson&fields=id` });
      const exported = res.body.split("\n").filter(Boolean).map((line) => JSON.parse(line).id);
      t.same(exported, alone, `${collection}?${query}&format=ndjson`);

      if (spec.stats && f.param) {
        const { body } = await getJson(app, `${spec.stats}&${query}`);
        t.equal(body.total, alone.length, `${spec.stats}&${query} counts the same records`);
      }
    }
  }
});

t.test("every declared filter is a documented query parameter of its list", async (t) => {
  const app = await build(t);
  const { body: doc } = await getJson(app, "/openapi.json");
  for (const [collection, spec] of Object.entries(COLLECTIONS)) {
    type Param = { name: string; in: string } | { $ref: string };
    const params = (doc.paths[`/v1/${collection}`].get.parameters as Param[]).map((p) => ("$ref" in p ? doc.components.parameters[p.$ref.split("/").pop()!] : p) as { name: string; in: string });
    const documented = new Set(params.filter((p) => p.in === "query").map((p) => p.name));
    for (const [name, f] of Object.entries(spec.table)) if (f.param) t.ok(documented.has(name), `${collection}: ${name} is documented`);
  }
});
