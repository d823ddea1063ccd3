// No read binds its LIMIT as a parameter (see limitOf in src/db/query.ts):
// SQLite plans with a bound LIMIT's value and then plans the statement again
// each time a new value is bound, so every page would be parsed and planned anew.
import t from "tap";
import type Database from "better-sqlite3";
import { build, getJson, readerDb, TEST_ENGINE } from "../helpers/build.ts";

if (TEST_ENGINE === "postgres") t.plan(0, "SQLite only: it watches SQLite's prepared statements");

t.test("list and history reads write their LIMIT into the SQL", async (t) => {
  const app = await build(t);
  const ran: string[] = [];
  const Statement = Object.getPrototypeOf(readerDb(app).prepare("SELECT 1")) as Record<"all" | "get" | "iterate", (...a: unknown[]) => unknown>;
  for (const method of ["all", "get", "iterate"] as const) {
    const original = Statement[method];
    Statement[method] = function (this: Database.Statement, ...a: unknown[]) {
      ran.push(this.source);
      return original.apply(this, a);
    };
    t.teardown(() => void (Statement[method] = original));
  }
  const { body: first } = await getJson(app, "/v1/events?limit=2&sort=-start_date");
  const paths = [
    "/v1/events?limit=3", "/v1/events?from=2024-10-01&type=troop_deployment&limit=2",
    `/v1/events?limit=2&sort=-start_date&cursor=${encodeURIComponent(first.page.next_cursor)}`,
    "/v1/events?q=troops&limit=2", "/v1/events?actor=Kim%20Jong%20Un&limit=2", "/v1/claims?limit=2", "/v1/claims?claimant=NIS&limit=2",
    "/v1/actors?limit=2", "/v1/places?limit=2", "/v1/sources?limit=2", "/v1/changes?limit=2",
    "/v1/events/evt_2022-russia-invasion-of-ukraine/revisions?limit=2", "/v1/events/evt_2022-russia-invasion-of-ukraine/similar",
  ];
  for (const path of paths) t.equal((await app.inject(path)).statusCode, 200, path);
  t.ok(ran.some((s) => /\blimit \d+/i.test(s)), "pages were read with a written limit");
  t.same(ran.filter((s) => /\blimit\s+\?/i.test(s)), [], "and no statement bound one");
});
