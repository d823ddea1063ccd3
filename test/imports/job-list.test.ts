// GET /v1/imports pages like the record lists: `limit`, then `cursor` from
// `page.next_cursor` (also in the Link header), newest first, every job once.
import t from "tap";
import { readFileSync } from "node:fs";
import { build, getJson } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";
import { assertProblem } from "../helpers/problem.ts";

const SAMPLE = readFileSync(new URL("../fixtures/acled/acled-format.sample.csv", import.meta.url), "utf8");

t.test("the jobs list pages with a cursor", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const made: string[] = [];
  for (let i = 0; i < 3; i++) {
    const res = await app.inject({ method: "POST", url: "/v1/imports?format=acled&dry_run=true", headers: { ...auth, "content-type": "text/csv", prefer: "respond-async" }, payload: SAMPLE });
    t.equal(res.statusCode, 202);
    made.push((res.headers.location as string).split("/").pop()!);
    await app.importJobs.idle();
  }
  const first = await getJson(app, "/v1/imports?limit=2", auth);
  t.equal(first.status, 200);
  t.equal(first.body.data.length, 2);
  t.equal(first.body.page.total, 3);
  const cursor = first.body.page.next_cursor;
  t.type(cursor, "string");
  t.match(first.res.headers.link, /^<\/v1\/imports\?limit=2&cursor=[^>]+>; rel="next"$/);
  const second = await getJson(app, `/v1/imports?limit=2&cursor=${encodeURIComponent(cursor)}`, auth);
  t.equal(second.body.data.length, 1);
  t.equal(second.body.page.next_cursor, null, "the last page");
  const listed = [...first.body.data, ...second.body.data].map((j: { id: string }) => j.id);
  t.same(listed, [...made].reverse(), "every job once, newest first");

  assertProblem(t, (await getJson(app, "/v1/imports?cursor=nonsense", auth)).res, 400, "invalid_request");
  const recordsCursor = (await getJson(app, "/v1/events?limit=1")).body.page.next_cursor;
  assertProblem(t, (await getJson(app, `/v1/imports?cursor=${encodeURIComponent(recordsCursor)}`, auth)).res, 400, "invalid_request");
});
