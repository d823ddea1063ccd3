// A read request's statements run in one read transaction (Reader.snapshot):
// one snapshot for the whole answer, and one transaction's cost (in WAL mode
// two locks and a stat, about 5 µs) instead of one per statement. None may be
// left open: an open read transaction would hold every later read at old data.
import t from "tap";
import Database from "better-sqlite3";
import { build, readerDb } from "../helpers/build.ts";
import { watchStatements } from "../helpers/statements.ts";

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
