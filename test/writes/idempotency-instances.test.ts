// Idempotency-Key across instances: two servers on one database share the
// key's reservation, because it is written in the write's own transaction. Of
// concurrent requests with one key, spread over both, exactly one creates the
// record; the others get its answer or a 409, never a second record. A request
// that committed but never stored its answer is answered anew on retry.
import t from "tap";
import Database from "better-sqlite3";
import { buildApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { PENDING_EXPIRES_MS } from "../../src/services/idempotency.ts";
import { copyDatabase } from "../helpers/build.ts";
import { bearer, tokenIn } from "../helpers/keys.ts";
import { startServer } from "../helpers/server.ts";

async function twoInstances(t: Parameters<typeof copyDatabase>[0]) {
  const file = copyDatabase(t);
  const config = loadConfig({}, { DATABASE_URL: `file:${file}`, LOG_LEVEL: "silent", MAX_EVENT_LOOP_DELAY_MS: 0, RATE_LIMIT_ENABLED: false });
  const a = await buildApp(config);
  const b = await buildApp(config);
  t.teardown(async () => { await a.close(); await b.close(); });
  return { a, b, file };
}

const place = (name: string) => ({ name, kind: "city", country: "RUS", latitude: 48.48, longitude: 135.07, geo_precision: "locality", external_ids: {} });

t.test("one key, two server processes, eight requests at once: one record, and every 201 is its answer", async (t) => {
  const file = copyDatabase(t);
  const token = await tokenIn(file, "curator");
  const servers = [await startServer(t, file), await startServer(t, file)];
  const db = new Database(file, { readonly: true });
  t.teardown(() => db.close());
  for (let round = 1; round <= 4; round++) {
    const name = `Idempotent ${round}`;
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": `two-instances-${round}` };
    const post = (i: number) => fetch(`${servers[i % 2].base}/v1/places`, { method: "POST", headers, body: JSON.stringify(place(name)) });
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => post(i).then(async (r) => ({ status: r.status, location: r.headers.get("location"), body: await r.json() }))));
    const statuses = answers.map((r) => r.status);
    t.ok(statuses.every((s) => s === 201 || s === 409), `round ${round}: 201s and 409s only (${statuses.join(" ")})`);
    for (const r of answers.filter((r) => r.status === 409)) t.equal(r.body.code, "idempotency_key_in_use");
    const created = answers.filter((r) => r.status === 201);
    t.ok(created.length >= 1, `round ${round}: one of them created it`);
    t.equal(new Set(created.map((r) => r.location)).size, 1, `round ${round}: every 201 names the same record`);
    t.equal(db.prepare("SELECT count(*) FROM places WHERE name = ?").pluck().get(name), 1, `round ${round}: one record`);
    // Once the first is done, a retry on either instance replays its answer.
    for (let i = 0; i < 2; i++) {
      const retry = await post(i);
      t.equal(retry.status, 201);
      t.equal(retry.headers.get("idempotent-replayed"), "true");
      t.equal(retry.headers.get("location"), created[0].location);
    }
  }
});

t.test("a reservation left pending: 409 while it may still finish, then the answer made anew", async (t) => {
  const { a, file } = await twoInstances(t);
  const auth = await bearer(a);
  const headers = { ...auth, "idempotency-key": "left-pending" };
  const body = place("Pending");
  // The request a crashed process left: its write committed (here, the seed's Vladivostok
  // stands for it) and its reservation holds the record's location but no answer.
  const first = await a.inject({ method: "POST", url: "/v1/places", headers, payload: body });
  t.equal(first.statusCode, 201);
  const rw = new Database(file);
  t.teardown(() => rw.close());
  const pendingSince = (ms: number) =>
    rw.prepare("UPDATE idempotency_records SET status = 0, body = '', headers = ?, created_at = ? WHERE key = 'left-pending'")
      .run(JSON.stringify({ location: "/v1/places/plc_vladivostok" }), new Date(Date.now() - ms).toISOString());
  t.equal(pendingSince(1000).changes, 1);
  const busy = await a.inject({ method: "POST", url: "/v1/places", headers, payload: body });
  t.equal(busy.statusCode, 409, "a fresh reservation may still be answered by its request");
  t.equal(busy.json().code, "idempotency_key_in_use");
  pendingSince(PENDING_EXPIRES_MS + 1000);
  const rebuilt = await a.inject({ method: "POST", url: "/v1/places", headers, payload: body });
  t.equal(rebuilt.statusCode, 201, "an expired one is answered from the record it wrote");
  t.equal(rebuilt.headers.location, "/v1/places/plc_vladivostok");
  t.equal(rebuilt.headers["idempotent-replayed"], "true");
  t.equal(rebuilt.json().id, "plc_vladivostok");
  t.ok(rebuilt.headers.etag);
  const stored = rw.prepare("SELECT status FROM idempotency_records WHERE key = 'left-pending'").pluck().get();
  t.equal(stored, 201, "and that answer is stored for the next retry");
});
