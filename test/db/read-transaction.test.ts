// A read request's statements run in one read transaction (Reader.snapshot):
// one snapshot for the whole answer, and one transaction's cost (in WAL mode
// two locks and a stat, about 5 µs) instead of one per statement. None may be
// left open: an open read transaction would hold every later read at old data.
import t from "tap";
import Database from "better-sqlite3";
import { build, getJson, readerDb, TEST_ENGINE } from "../helpers/build.ts";
import { bearer, current } from "../helpers/keys.ts";
import { watchStatements } from "../helpers/statements.ts";

if (TEST_ENGINE === "postgres") t.plan(0, "SQLite only: it watches the read transaction on SQLite's shared connection (PostgreSQL's snapshot is a client per request)");

t.test("a list's statements share one read transaction, closed when the handler returns", async (t) => {
  const app = await build(t);
  const inside: boolean[] = [];
  // Every statement a request runs, however the Reader prepares it, runs through Statement#all or #get.
  watchStatements(t, readerDb(app), (stmt) => inside.push(stmt.database.inTransaction));

  const res = await app.inject("/v1/events?limit=5&include=participants,claims,sources");
  t.equal(res.statusCode, 200);
  t.ok(inside.length >= 4, `${inside.length} statements`);
  t.ok(inside.every(Boolean), "every one inside a transaction");
  t.equal(readerDb(app).inTransaction, false, "and none is open afterwards");
});

t.test("no read request leaves a transaction open, whatever its outcome", async (t) => {
  const app = await build(t);
  const id = (JSON.parse((await app.inject("/v1/events?limit=1")).body) as { data: { id: string }[] }).data[0].id;
  for (const [method, url, status] of [
    ["GET", `/v1/events/${id}?include=participants,claims`, 200],
    ["HEAD", `/v1/events/${id}`, 200],
    ["GET", "/v1/events/evt_no-such-event", 404],
    ["GET", "/v1/events?limit=abc", 400],
    ["GET", "/v1/events?format=ndjson", 200],
    ["GET", "/v1/events?format=csv&limit=3", 200],
    ["GET", "/v1/stats/events?group_by=month", 200],
    ["GET", "/v1/claims?limit=3", 200],
  ] as const) {
    const res = await app.inject({ method, url });
    t.equal(res.statusCode, status, `${method} ${url}`);
    t.equal(readerDb(app).inTransaction, false, `no transaction left open after ${method} ${url}`);
  }

  // And so a write committed by another connection is seen by the next read.
  const other = new Database(readerDb(app).name);
  t.teardown(() => other.close());
  other.prepare("UPDATE events SET title = 'Retitled elsewhere' WHERE id = ?").run(id);
  const after = JSON.parse((await app.inject(`/v1/events/${id}`)).body) as { title: string };
  t.equal(after.title, "Retitled elsewhere");
});

t.test("a handler waiting on real I/O holds no read transaction: a write meanwhile answers with what it stored", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const id = ((await getJson(app, "/v1/events?limit=1")).body as { data: { id: string }[] }).data[0].id;
  const url = `/v1/events/${id}`;
  const { etag } = await current(app, url);

  // The next event read parks after its first statements (the event's row) until the test lets it go:
  // an await on something outside the database, in the middle of the handler's reads.
  const reader = app.reader;
  const allOf = reader.allOf.bind(reader);
  let parked!: () => void;
  const atGate = new Promise<void>((resolve) => (parked = resolve));
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let park = true;
  reader.allOf = async <R>(...args: Parameters<typeof reader.allOf<R>>) => {
    if (park) {
      park = false;
      parked();
      await gate;
    }
    return allOf<R>(...args);
  };
  t.teardown(() => void (reader.allOf = allOf));

  const waiting = app.inject(url);
  await atGate;
  // The handler's own turn of the event loop may still hold the transaction; the next one may not.
  await new Promise((resolve) => setImmediate(resolve));
  t.equal(readerDb(app).inTransaction, false, "no read transaction is open while the handler waits");

  const patched = await app.inject({ method: "PATCH", url, headers: { ...auth, "if-match": etag, "content-type": "application/merge-patch+json" }, payload: { title: "Retitled while a read waits" } });
  t.equal(patched.statusCode, 200);
  t.equal((JSON.parse(patched.body) as { title: string }).title, "Retitled while a read waits", "the write's answer is what it stored");
  t.equal(((await getJson(app, url)).body as { title: string }).title, "Retitled while a read waits", "and so is the next read's");

  release();
  t.equal((await waiting).statusCode, 200, "the waiting read then completes");
  t.equal(readerDb(app).inTransaction, false, "and leaves no transaction open");
});
