// Browsing beyond Swagger UI: a start page, RFC 8288 next links, CSV file names.
import t from "tap";
import { readFileSync } from "node:fs";
import { build } from "../helpers/build.ts";
import { readmeQuestions } from "../../src/routes/home.ts";

t.test("GET / links to the docs, the OpenAPI document and the README's questions, each of which answers", async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: "GET", url: "/" });
  t.equal(res.statusCode, 200);
  t.match(res.headers["content-type"], /^text\/html/);
  for (const href of ["/docs", "/openapi.json", "/openapi.yaml"]) {
    t.match(res.body, `href="${href}"`, `links to ${href}`);
    t.equal((await app.inject({ method: "GET", url: href })).statusCode < 400, true, `${href} answers`);
  }
  const questions = readmeQuestions(readFileSync(new URL("../../README.md", import.meta.url), "utf8"));
  t.ok(questions.length >= 10, `the README's questions are found (${questions.length})`);
  for (const q of questions) {
    t.match(res.body, q.question.replace(/&/g, "&#38;").replace(/"/g, "&#34;").replace(/'/g, "&#39;"), `lists "${q.question}"`);
    t.equal((await app.inject({ method: "GET", url: q.path })).statusCode, 200, `${q.path} answers`);
  }
  const yaml = await app.inject({ method: "GET", url: "/openapi.yaml" });
  t.equal(yaml.body, readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8"), "/openapi.yaml serves the committed document");
});

t.test("a page that is not the last carries Link rel=next, in JSON and CSV, and following it pages on", async (t) => {
  const app = await build(t);
  const first = await app.inject({ method: "GET", url: "/v1/claims?limit=2&stance=asserts" });
  const link = String(first.headers.link);
  const next = /^<([^>]+)>; rel="next"$/.exec(link)?.[1];
  t.ok(next, `Link: ${link}`);
  t.equal(new URL(next!, "http://x").searchParams.get("cursor"), first.json().page.next_cursor, "the link carries the next cursor");
  t.equal(new URL(next!, "http://x").searchParams.get("stance"), "asserts", "and keeps the filters");
  const second = await app.inject({ method: "GET", url: next! });
  t.equal(second.statusCode, 200);
  t.notSame(second.json().data[0].id, first.json().data[0].id, "the link leads to the next page");
  const all = await app.inject({ method: "GET", url: "/v1/claims?limit=500" });
  t.notOk(all.headers.link, "the last page has no next link");
  const csv = await app.inject({ method: "GET", url: "/v1/claims?limit=2&format=csv" });
  t.match(String(csv.headers.link), /^<\/v1\/claims\?limit=2&format=csv&cursor=[^>]+>; rel="next"$/, "CSV pages link on too");
});

t.test("CSV answers carry a file name", async (t) => {
  const app = await build(t);
  const csv = await app.inject({ method: "GET", url: "/v1/events?format=csv" });
  t.equal(csv.headers["content-disposition"], 'attachment; filename="events.csv"');
  const nested = await app.inject({ method: "GET", url: "/v1/actors/act_dmitry-peskov/claims", headers: { accept: "text/csv" } });
  t.equal(nested.headers["content-disposition"], 'attachment; filename="actors-act_dmitry-peskov-claims.csv"');
  const acled = await app.inject({ method: "GET", url: "/v1/events?format=acled" });
  t.equal(acled.headers["content-disposition"], 'attachment; filename="events-acled.csv"');
  const json = await app.inject({ method: "GET", url: "/v1/events" });
  t.notOk(json.headers["content-disposition"], "JSON has none");
});
