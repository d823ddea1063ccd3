// The change feed, history and as_of. The replay test: a client that starts
// from nothing and applies the feed ends with exactly the server's records,
// with writes interleaved between its polls.
import t from "tap";
import { build, getJson } from "../helpers/build.ts";
import { sql } from "../../src/db/query.ts";
import { bearer, current } from "../helpers/keys.ts";
import { loadRecord, COLLECTIONS } from "../../src/services/records.ts";

type App = Awaited<ReturnType<typeof build>>;
type Change = { seq: number; collection: string; id: string; action: string; version: number; record: Record<string, unknown> | null; merged_into: string | null };

/** Every record in the store, in the write format, read straight from the tables. */
async function storeContents(app: App) {
  const out = new Map<string, unknown>();
  for (const c of COLLECTIONS) {
    const ids = (await app.reader.all(sql.selectFrom(c).select("id"))).map((r) => r.id);
    for (const id of ids) out.set(`${c}/${id}`, (await loadRecord(app.prisma, c, id))!.record);
  }
  return out;
}

/** A client's mirror: polls the feed from a cursor and applies each change. */
class Mirror {
  records = new Map<string, unknown>();
  since = "0";
  polls = 0;
  constructor(private app: App, private limit = 40) {}
  async sync() {
    for (;;) {
      const { status, body } = await getJson(this.app, `/v1/changes?since=${this.since}&limit=${this.limit}`);
      if (status !== 200) throw new Error(`feed answered ${status}`);
      this.polls++;
      for (const c of body.data as Change[]) {
        const key = `${c.collection}/${c.id}`;
        if (c.action === "delete" || c.action === "merge") this.records.delete(key);
        else this.records.set(key, c.record);
      }
      this.since = body.next_since;
      if (!body.has_more) return;
    }
  }
}

t.test("a client that replays the feed ends with the server's records, writes interleaved", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const write = async (method: "POST" | "PATCH" | "DELETE", url: string, payload?: object) => {
    const headers: Record<string, string> = { ...auth };
    if (method !== "POST") headers["if-match"] = (await current(app, url.split("?")[0])).etag;
    const res = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    t.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode}`);
    return res;
  };
  const mirror = new Mirror(app);
  await mirror.sync();
  t.ok(mirror.polls > 1, "the seed alone takes several pages");
  t.same(mirror.records, await storeContents(app), "after the seed");

  const place = await write("POST", "/v1/places", { id: "plc_khabarovsk", name: "Khabarovsk", kind: "city", geo_precision: "locality" });
  t.equal(place.statusCode, 201);
  await write("PATCH", "/v1/claims/clm_nis-about-1500-special-forces-in-russia", { verification: "corroborated", quantities: [{ subject: "soldiers", unit: "soldiers", value: 1600, comparator: "approximately" }] });
  await mirror.sync();
  await write("PATCH", "/v1/places/plc_khabarovsk", { latitude: 48.48, longitude: 135.07 });
  await write("POST", "/v1/events", { id: "evt_khabarovsk-sighting", type: "troop_deployment", title: "Troops seen", summary: "Seen.", start_date: "2024-10-22", date_precision: "day", place_id: "plc_khabarovsk", status: "reported", participants: [{ actor_id: "act_georgiy-zinoviev", role: "observer" }] });
  await write("POST", "/v1/actors/act_georgiy-zinoviev/merge", { into: "act_russian-embassy-seoul" });
  await mirror.sync();
  await write("DELETE", "/v1/events/evt_khabarovsk-sighting?reason=unconfirmed");
  await write("DELETE", "/v1/places/plc_khabarovsk");
  await write("PATCH", "/v1/actors/act_russian-embassy-seoul", { description: "Russia's embassy in Seoul." });
  await write("POST", "/v1/imports", { places: [{ id: "plc_komsomolsk", name: "Komsomolsk-on-Amur", kind: "city", geo_precision: "locality" }] });
  await mirror.sync();
  const server = await storeContents(app);
  t.same(mirror.records, server, "after interleaved creates, updates, deletes, a merge and an import");
  t.notOk(mirror.records.has("actors/act_georgiy-zinoviev"), "the merged actor is gone from the mirror");
  t.notOk(mirror.records.has("places/plc_khabarovsk"), "the deleted place too");

  const idle = await getJson(app, `/v1/changes?since=${mirror.since}`);
  t.same(idle.body.data, [], "nothing new");
  t.equal(idle.body.next_since, mirror.since, "the cursor stays put");
  t.equal(idle.body.has_more, false);
});

t.test("the feed filters by collection and says who, when and what", async (t) => {
  const app = await build(t);
  const auth = await bearer(app, "desk editor");
  const url = "/v1/events/evt_2024-10-21-summons-russian-ambassador";
  const { body: seeded } = await getJson(app, "/v1/changes?collections=events&limit=1000");
  t.ok(seeded.data.length > 0 && seeded.data.every((c: Change) => c.collection === "events" && c.action === "create"));
  t.ok(seeded.data.every((c: { author: string }) => c.author === "seed"), "the seed is in the feed");
  const head = (await getJson(app, "/v1/changes?limit=1000")).body;
  t.equal(head.has_more, false);
  const res = await app.inject({ method: "PATCH", url, headers: { ...auth, "if-match": (await current(app, url)).etag }, payload: { status: "disputed" } });
  t.equal(res.statusCode, 200);
  const { body } = await getJson(app, `/v1/changes?since=${head.next_since}&collections=events,claims`);
  t.match(body.data, [{ collection: "events", id: "evt_2024-10-21-summons-russian-ambassador", action: "update", version: 2, author: "desk editor", changes: { status: { from: "confirmed", to: "disputed" } } }]);
  t.equal(body.data[0].record.status, "disputed");
  const none = await getJson(app, `/v1/changes?since=${head.next_since}&collections=places`);
  t.same(none.body.data, []);
  for (const bad of ["since=abc", "collections=users", "limit=0", "limit=1001", "colour=red"]) {
    const r = await getJson(app, `/v1/changes?${bad}`);
    t.equal(r.status, 400, bad);
  }
});

t.test("a record's revisions, and the record as of a past instant", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const url = "/v1/claims/clm_nis-about-1500-special-forces-in-russia";
  const before = (await current(app, url)).body;
  await new Promise((r) => setTimeout(r, 5));
  const between = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 5));
  const res = await app.inject({ method: "PATCH", url, headers: { ...auth, "if-match": (await current(app, url)).etag }, payload: { verification: "corroborated" } });
  t.equal(res.statusCode, 200);

  const { status, body } = await getJson(app, `${url}/revisions`);
  t.equal(status, 200);
  t.match(body.data, [{ version: 1, action: "create", author: "seed" }, { version: 2, action: "update", author: "curator", changes: { verification: { from: "unverified", to: "corroborated" } } }]);
  t.equal(body.data[1].record.verification, "corroborated");

  const old = await getJson(app, `${url}?as_of=${between}`);
  t.equal(old.status, 200);
  t.equal(old.body.verification, "unverified");
  t.equal(old.res.headers["x-record-version"], "1");
  t.equal(old.body.statement, before.statement);
  const now = await getJson(app, `${url}?as_of=2999-01-01`);
  t.equal(now.body.verification, "corroborated");
  t.equal((await getJson(app, `${url}?as_of=1999-01-01T00:00:00Z`)).status, 404, "before it existed");
  const bad = await getJson(app, `${url}?as_of=yesterday`);
  t.equal(bad.status, 400);
  t.match(bad.body.errors, [{ in: "query", name: "as_of" }]);
  const unknown = await getJson(app, `${url}?as_of=2999-01-01&unknown=1`);
  t.equal(unknown.status, 400, "as_of does not excuse an unknown parameter");
  t.match(unknown.body.errors, [{ in: "query", name: "unknown" }]);
  t.equal((await getJson(app, "/v1/claims/clm_nope/revisions")).status, 404);

  // A deleted record keeps its history; as of now it is gone.
  const place = await app.inject({ method: "POST", url: "/v1/places", headers: auth, payload: { id: "plc_khabarovsk", name: "Khabarovsk", kind: "city", geo_precision: "locality" } });
  t.equal(place.statusCode, 201);
  const del = await app.inject({ method: "DELETE", url: "/v1/places/plc_khabarovsk", headers: { ...auth, "if-match": place.headers.etag as string } });
  t.equal(del.statusCode, 204);
  const history = await getJson(app, "/v1/places/plc_khabarovsk/revisions");
  t.same(history.body.data.map((r: Change) => [r.action, r.version, r.record === null]), [["create", 1, false], ["delete", 2, true]]);
  t.equal((await getJson(app, "/v1/places/plc_khabarovsk?as_of=2999-01-01")).status, 410);
});
