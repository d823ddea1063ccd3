// POST, PATCH and DELETE on every collection: success and each error status.
import t, { type Test } from "tap";
import { build, sqlOf } from "../helpers/build.ts";
import { bearer, current } from "../helpers/keys.ts";

type App = Awaited<ReturnType<typeof build>>;

const isProblem = (t: Test, res: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number, code?: string) => {
  t.equal(res.statusCode, status, `answers ${status}`);
  t.equal(res.headers["content-type"], "application/problem+json; charset=utf-8");
  const body = JSON.parse(res.body);
  t.equal(body.status, status);
  if (code) t.equal(body.code, code);
  t.notMatch(res.body, /\.ts:|SQLITE|Prisma|P20\d\d/, "no stack, SQL or ORM detail");
  return body;
};

/** A new record for each collection, referring only to seed records. */
const NEW = {
  places: { name: "Khabarovsk", kind: "city", country: "RUS", latitude: 48.48, longitude: 135.07, geo_precision: "locality", external_ids: { wikidata: "Q3546" } },
  actors: { kind: "person", name: "Andrei Belousov", country: "RUS", aliases: [{ name: "Belousov", kind: "short_name" }], affiliations: [{ organisation_id: "act_russia", role: "defence minister" }] },
  sources: { kind: "press_briefing", title: "NATO briefing", publisher_id: "act_nato", published_at: "2024-10-21", published_precision: "day", parent_id: "src_afp-report-2024-10-21" },
  events: {
    type: "consultation", title: "Seoul and Kyiv talk", summary: "Officials spoke.", start_date: "2024-10", date_precision: "month", place_id: "plc_seoul", status: "reported",
    participants: [{ actor_id: "act_south-korea", role: "party" }, { actor_id: "act_ukraine", role: "party" }],
  },
  claims: {
    claimant_id: "act_national-intelligence-service", source_id: "src_nis-briefing-2024-10-18", statement: "More troops will follow.", stance: "predicts", certainty: "likely",
    verification: "unverified", about_actor_ids: ["act_north-korea"], relations: [{ kind: "supports", related_claim_id: "clm_nis-about-1500-special-forces-in-russia" }],
    quantities: [{ subject: "soldiers", unit: "soldiers", low: 1500, comparator: "more_than", text: "more than 1,500" }],
  },
} as const;

/** A field whose reference dangles, per collection. */
const DANGLING = {
  places: null,
  actors: { field: "/affiliations/0/organisation_id", patch: { affiliations: [{ organisation_id: "act_nobody", role: "member" }] } },
  sources: { field: "/publisher_id", patch: { publisher_id: "act_nobody" } },
  events: { field: "/place_id", patch: { place_id: "plc_nowhere" } },
  claims: { field: "/event_id", patch: { event_id: "evt_never" } },
} as const;

const PATCH = { places: { admin1: "Khabarovsk Krai" }, actors: { description: "Russia's defence minister." }, sources: { url: "https://example.org/briefing" }, events: { status: "confirmed" }, claims: { verification: "disputed" } } as const;

for (const collection of ["places", "actors", "sources", "events", "claims"] as const) {
  t.test(`${collection}: create, change, delete, and every refusal`, async (t) => {
    const app = await build(t);
    const auth = await bearer(app);
    const send = (method: "POST" | "PATCH" | "DELETE", url: string, payload?: unknown, headers: Record<string, string> = {}) =>
      app.inject({ method, url, headers: { ...auth, ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });

    // create
    const created = await send("POST", `/v1/${collection}`, NEW[collection]);
    t.equal(created.statusCode, 201, created.body);
    const body = JSON.parse(created.body);
    t.match(body.id, new RegExp(`^${collection.slice(0, 3) === "sou" ? "src" : body.id.slice(0, 3)}_[0-9a-z]{26}$`), "a server-made id");
    t.equal(body.version, 1);
    const url = created.headers.location as string;
    t.equal(url, `/v1/${collection}/${body.id}`);
    const read = await current(app, url);
    t.equal(read.etag, created.headers.etag, "the write's ETag is the GET's");
    t.equal(read.res.body, created.body, "and so is the body");

    // a client-chosen id; then the same id again is a conflict
    const chosen = `${body.id.slice(0, 3)}_chosen-by-client`;
    const again = { ...NEW[collection], ...(collection === "claims" ? {} : { external_ids: {} }), id: chosen };
    t.equal((await send("POST", `/v1/${collection}`, again)).statusCode, 201);
    const dup = isProblem(t, await send("POST", `/v1/${collection}`, again), 409, "conflict");
    t.match(dup.errors, [{ name: "/id" }]);

    // 400: unknown and server-owned fields, bad values
    for (const extra of [{ colour: "red" }, { version: 3 }, { created_at: "2024-01-01T00:00:00.000Z" }]) {
      const bad = isProblem(t, await send("POST", `/v1/${collection}`, { ...NEW[collection], ...extra }), 400, "invalid_request");
      t.match(bad.errors[0], { in: "body", name: Object.keys(extra)[0] });
    }
    isProblem(t, await send("POST", `/v1/${collection}`, { ...NEW[collection], id: "wrong_prefix" }), 400);
    isProblem(t, await app.inject({ method: "POST", url: `/v1/${collection}`, headers: { ...auth, "content-type": "application/json" }, payload: "{not json" }), 400);

    // 422: a reference to nothing
    const dangling = DANGLING[collection];
    if (dangling) {
      const p = isProblem(t, await send("POST", `/v1/${collection}`, { ...NEW[collection], ...dangling.patch }), 422, "unprocessable");
      t.match(p.errors, [{ in: "body", name: dangling.field }], "names the field");
    }

    // PATCH needs If-Match: 428 without, 412 when stale
    isProblem(t, await send("PATCH", url, PATCH[collection]), 428, "precondition_required");
    isProblem(t, await send("PATCH", url, PATCH[collection], { "if-match": '"stale"' }), 412, "precondition_failed");
    const patched = await send("PATCH", url, JSON.stringify(PATCH[collection]), { "if-match": read.etag, "content-type": "application/merge-patch+json" });
    t.equal(patched.statusCode, 200, patched.body);
    const after = JSON.parse(patched.body);
    t.equal(after.version, 2);
    t.match(after, PATCH[collection]);
    t.not(patched.headers.etag, read.etag, "a new ETag");
    t.equal((await current(app, url)).etag, patched.headers.etag);
    isProblem(t, await send("PATCH", url, PATCH[collection], { "if-match": read.etag }), 412, "precondition_failed");

    // PATCH refusals: id and server-owned fields, nulls for required fields, dangling references, unknown ids
    const tag = patched.headers.etag as string;
    for (const bad of [{ id: "x" }, { version: 9 }, { updated_at: "2030-01-01" }, { [Object.keys(NEW[collection])[0]]: null }])
      isProblem(t, await send("PATCH", url, bad, { "if-match": tag }), 400, "invalid_request");
    if (dangling) {
      const p = isProblem(t, await send("PATCH", url, dangling.patch, { "if-match": tag }), 422);
      t.match(p.errors, [{ name: dangling.field }]);
    }
    isProblem(t, await send("PATCH", `/v1/${collection}/${body.id.slice(0, 3)}_nope`, PATCH[collection], { "if-match": tag }), 404, "not_found");
    t.equal((await current(app, url)).body.version, 2, "the refused writes changed nothing");

    // DELETE: 428, 412, then 204 and a tombstone
    isProblem(t, await send("DELETE", url), 428);
    isProblem(t, await send("DELETE", url, undefined, { "if-match": read.etag }), 412);
    const deleted = await send("DELETE", `${url}?reason=${encodeURIComponent("entered twice")}`, undefined, { "if-match": tag });
    t.equal(deleted.statusCode, 204, deleted.body);
    const gone = isProblem(t, await app.inject({ method: "GET", url }), 410, "gone");
    t.equal(gone.reason, "entered twice");
    t.match(gone.deleted_at, /^\d{4}-\d\d-\d\dT/);
    isProblem(t, await send("PATCH", url, PATCH[collection], { "if-match": tag }), 410);
    isProblem(t, await send("DELETE", url, undefined, { "if-match": tag }), 410);
    isProblem(t, await send("DELETE", `/v1/${collection}/${body.id.slice(0, 3)}_nope`, undefined, { "if-match": tag }), 404);
    const reuse = isProblem(t, await send("POST", `/v1/${collection}`, { ...NEW[collection], id: body.id }), 409, "conflict");
    t.match(reuse.detail, /never reused/);
  });
}

t.test("deleting a record others refer to is a 409 that lists them", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  for (const [url, referrer] of [
    ["/v1/actors/act_dmitry-peskov", { collection: "claims", field: "claimant_id" }],
    ["/v1/sources/src_afp-report-2024-10-21", { collection: "sources", field: "parent_id" }],
    ["/v1/places/plc_seoul", { collection: "events", field: "place_id" }],
    ["/v1/events/evt_2024-10-21-summons-russian-ambassador", { collection: "claims", field: "event_id" }],
    ["/v1/claims/clm_nis-about-1500-special-forces-in-russia", { collection: "claims", field: "relations" }],
  ] as const) {
    const { etag } = await current(app, url);
    const res = await app.inject({ method: "DELETE", url, headers: { ...auth, "if-match": etag } });
    const p = isProblem(t, res, 409, "still_referenced");
    t.ok(p.referenced_by.some((r: { collection: string; field: string }) => r.collection === referrer.collection && r.field === referrer.field), `${url}: lists ${referrer.collection} by ${referrer.field}`);
    t.equal((await current(app, url)).status, 200, "still there");
  }
});

t.test("duplicate natural keys are 409s", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const url = "/v1/actors/act_georgiy-zinoviev";
  const { etag } = await current(app, url);
  const alias = isProblem(t, await app.inject({ method: "PATCH", url, headers: { ...auth, "if-match": etag }, payload: { aliases: [{ name: "Zinoviev", kind: "spelling" }, { name: "ZINOVIEV", kind: "short_name" }] } }), 409);
  t.match(alias.errors, [{ name: "/aliases/1" }]);
  const ext = isProblem(t, await app.inject({ method: "PATCH", url, headers: { ...auth, "if-match": etag }, payload: { external_ids: { wikidata: "Q884" } } }), 409);
  t.match(ext.errors, [{ name: "/external_ids/wikidata", message: /act_south-korea/ }]);
  t.equal((await current(app, url)).etag, etag, "nothing changed");
});

t.test("a merge patch merges external ids, removes with null and replaces lists", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const url = "/v1/actors/act_georgiy-zinoviev";
  const { etag, body } = await current(app, url);
  t.ok(body.description);
  const res = await app.inject({ method: "PATCH", url, headers: { ...auth, "if-match": etag }, payload: { description: null, external_ids: { wikidata: "Q4526343" }, aliases: [{ name: "Zinovyev", kind: "spelling" }] } });
  t.equal(res.statusCode, 200, res.body);
  const after = JSON.parse(res.body);
  t.equal(after.description, null);
  t.same(after.external_ids, { wikidata: "Q4526343" });
  t.same(after.aliases.map((a: { name: string }) => a.name), ["Zinovyev"]);
  t.equal(after.affiliations.length, body.affiliations.length, "untouched parts stay");
  const bad = isProblem(t, await app.inject({ method: "PATCH", url: "/v1/events/evt_2024-10-21-summons-russian-ambassador", headers: { ...auth, "if-match": (await current(app, "/v1/events/evt_2024-10-21-summons-russian-ambassador")).etag }, payload: { date_precision: "month", start_date: "2024" } }), 422);
  t.match(bad.errors, [{ name: "/start_date" }], "a record made invalid by the patch is refused, naming the field");
});

t.test("Idempotency-Key: a retry gets the first response and creates nothing", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const headers = { ...auth, "idempotency-key": "3a1f-retry-1" };
  const place = { ...NEW.places, external_ids: {} };
  const first = await app.inject({ method: "POST", url: "/v1/places", headers, payload: place });
  t.equal(first.statusCode, 201);
  const again = await app.inject({ method: "POST", url: "/v1/places", headers, payload: place });
  t.equal(again.statusCode, 201);
  t.equal(again.body, first.body);
  t.equal(again.headers.location, first.headers.location);
  t.equal(again.headers["idempotent-replayed"], "true");
  const db = sqlOf(t, app);
  const count = async () => (await db.get<{ n: number }>("SELECT count(*) AS n FROM places WHERE name = 'Khabarovsk'"))!.n;
  t.equal(await count(), 1, "one place");
  const other = isProblem(t, await app.inject({ method: "POST", url: "/v1/places", headers, payload: { ...place, name: "Komsomolsk" } }), 422, "idempotency_key_reused");
  t.match(other.errors, [{ in: "header", name: "idempotency-key" }]);
  const otherKey = await bearer(app, "another curator");
  t.equal((await app.inject({ method: "POST", url: "/v1/places", headers: { ...otherKey, "idempotency-key": "3a1f-retry-1" }, payload: place })).statusCode, 201, "keys are per API key");
  t.equal(await count(), 2);
});
