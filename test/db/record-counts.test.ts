// Each collection's count is kept in record_counts by triggers, in the same
// transaction as every insert and delete: after creates, deletes, merges and
// imports (bundle and dataset files, by request and by the fast import path),
// it equals count(*) of the table.
import t from "tap";
import { readFileSync } from "node:fs";
import { build, sqlOf } from "../helpers/build.ts";
import { bearer, current } from "../helpers/keys.ts";
import { importFile } from "../../src/services/dataset-import.ts";
import { COLLECTIONS } from "../../src/domain/collections.ts";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

t.test("record_counts follows every write", async (t) => {
  const app = await build(t);
  const db = sqlOf(t, app);
  const check = async (when: string) => {
    for (const c of COLLECTIONS) {
      const kept = await db.get<{ n: number }>("SELECT n FROM record_counts WHERE collection = ?", c);
      const counted = await db.get<{ n: number | string }>(`SELECT count(*) AS n FROM "${c}"`);
      t.equal(kept?.n, Number(counted?.n), `${c}, ${when}`);
    }
  };
  await check("after the seed");
  const auth = await bearer(app, "curator", ["read", "write", "admin"]);
  const write = async (method: "POST" | "PATCH" | "DELETE", url: string, payload?: object) => {
    const headers: Record<string, string> = { ...auth };
    if (method !== "POST") headers["if-match"] = (await current(app, url.split("?")[0])).etag;
    const res = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    t.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode} ${res.statusCode >= 300 ? res.body : ""}`);
  };
  await write("POST", "/v1/places", { id: "plc_khabarovsk", name: "Khabarovsk", kind: "city", geo_precision: "locality" });
  await write("POST", "/v1/events", { id: "evt_khabarovsk-sighting", type: "troop_deployment", title: "Troops seen", summary: "Seen.", start_date: "2024-10-22", date_precision: "day", place_id: "plc_khabarovsk", status: "reported", participants: [{ actor_id: "act_georgiy-zinoviev", role: "observer" }] });
  await check("after creates");
  await write("POST", "/v1/actors/act_georgiy-zinoviev/merge", { into: "act_russian-embassy-seoul" });
  await check("after a merge");
  await write("DELETE", "/v1/events/evt_khabarovsk-sighting?reason=unconfirmed");
  await write("DELETE", "/v1/places/plc_khabarovsk");
  await check("after deletes");
  await write("POST", "/v1/imports", { places: [{ id: "plc_komsomolsk", name: "Komsomolsk-on-Amur", kind: "city", geo_precision: "locality" }] });
  await check("after a bundle import");
  const report = await importFile(app.prisma, "acled", fixture("acled/acled-format.sample.csv"));
  t.ok(report.imported > 0);
  await check("after a dataset import");
  const before = (await db.get<{ n: number }>("SELECT n FROM record_counts WHERE collection = 'events'"))!.n;
  t.ok(before > 16, "the counts moved");
});

t.test("an unfiltered list's total is read from record_counts; a filtered one is counted", async (t) => {
  const app = await build(t);
  // Set a count no scan would give: the list must read it, not count.
  await sqlOf(t, app).run("UPDATE record_counts SET n = 9999 WHERE collection = 'events'");
  const all = await app.inject({ method: "GET", url: "/v1/events?limit=1" });
  t.equal(all.json().page.total, 9999, "unfiltered: the kept count");
  const some = await app.inject({ method: "GET", url: "/v1/events?limit=1&type=troop_deployment" });
  t.ok(some.json().page.total < 16, "filtered: counted");
  const actors = await app.inject({ method: "GET", url: "/v1/actors?limit=1" });
  t.equal(actors.json().page.total, 29, "each collection its own count");
});
