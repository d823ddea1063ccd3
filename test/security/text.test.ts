// Text that cannot be stored is refused with a 400 naming the field: a lone
// UTF-16 surrogate, NUL or another control character. In a dataset import only
// the row that holds it is rejected. Bidirectional controls and zero-width
// characters are kept as given, and ignored when names are matched.
import t from "tap";
import { build } from "../helpers/build.ts";
import { bearer, current } from "../helpers/keys.ts";
import { assertProblem } from "../helpers/problem.ts";

type App = Awaited<ReturnType<typeof build>>;
/** JSON text with escapes kept as written: a lone surrogate cannot be made with JSON.stringify. */
const raw = (app: App, auth: object, method: "POST" | "PATCH", url: string, body: string, headers: Record<string, string> = {}) =>
  app.inject({ method, url, headers: { ...auth, "content-type": "application/json", ...headers }, payload: body });

const BAD = [
  ["\\ud800", /lone UTF-16 surrogate/],
  ["\\udfff", /lone UTF-16 surrogate/],
  ["\\u0000", /control character U\+0000/],
  ["\\u001b[31m", /control character U\+001B/],
  ["\\u007f", /control character U\+007F/],
] as const;

t.test("POST and PATCH: a lone surrogate or a control character is a 400 that names the field", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  for (const [escaped, message] of BAD) {
    const post = await raw(app, auth, "POST", "/v1/actors", `{"kind":"person","name":"Bad ${escaped} name","aliases":[{"name":"ok","kind":"spelling"},{"name":"x${escaped}","kind":"spelling"}]}`);
    const body = assertProblem(t, post, 400, "invalid_request");
    t.match(body.errors, [{ in: "body", name: "name", message }], `${escaped} in a name`);
    t.match(body.errors, [{}, { in: "body", name: "aliases/1/name", message }], "and in a nested field, by its path");
    const { etag } = await current(app, "/v1/claims/clm_nis-about-1500-special-forces-in-russia");
    const patch = await raw(app, auth, "PATCH", "/v1/claims/clm_nis-about-1500-special-forces-in-russia", `{"quote":"about 1,500 ${escaped}"}`, { "content-type": "application/merge-patch+json", "if-match": etag });
    t.match(assertProblem(t, patch, 400, "invalid_request").errors, [{ in: "body", name: "quote", message }], `${escaped} in a PATCHed quote`);
  }
  const url = await raw(app, auth, "POST", "/v1/sources", `{"kind":"news_report","title":"A report","publisher_id":"act_nato","url":"https://example.org/\\ud800"}`);
  t.match(assertProblem(t, url, 400).errors, [{ name: "url", message: /lone UTF-16 surrogate/ }], "a URL too");
  const del = await app.inject({ method: "DELETE", url: "/v1/places/plc_seoul?reason=dup%00", headers: { ...auth, "if-match": (await current(app, "/v1/places/plc_seoul")).etag } });
  t.match(assertProblem(t, del, 400).errors, [{ in: "query", name: "reason", message: /U\+0000/ }], "a deletion's reason too");
  t.equal((await app.inject("/v1/actors?limit=500")).json().data.some((a: { name: string }) => a.name.startsWith("Bad")), false, "nothing was written");
});

t.test("a bundle import with such text is a 400 naming the record's field, and writes nothing", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const res = await raw(app, auth, "POST", "/v1/imports", `{"actors":[{"id":"act_fine","kind":"person","name":"Fine"},{"id":"act_bad","kind":"person","name":"Bad","description":"a \\ud83d half pair"}]}`);
  t.equal(res.statusCode, 400, res.body);
  t.match(res.json().errors, [{ name: "/actors/1/description", message: /lone UTF-16 surrogate/ }]);
  t.equal((await app.inject("/v1/actors/act_fine")).statusCode, 404, "the good record was not written either: a bundle is all or nothing");
});

t.test("a dataset import rejects only the row with such text; the other rows go in", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const row = (id: string, text: string) =>
    `{"id":"${id}","date":"2000-01-01","source":[{"actorText":"Hungarian","code":"HUN","sector":"GOV"}],"target":[{"actorText":"Romanian","code":"ROU","sector":"GOV"}],"event":"AGREE","eventText":"agreed","text":"${text}","language":"en","publication":"Test","coder":"Test","version":"0.5b1","dateCoded":"2016-12-19"}`;
  const file = `[\n${row("T-GOOD-1", "Officials agreed.")},\n${row("T-BAD-1", "Officials \\udc00 agreed.")},\n${row("T-BAD-2", "Officials\\u0007 agreed.")}\n]`;
  const res = await app.inject({ method: "POST", url: "/v1/imports?format=plover", headers: { ...auth, "content-type": "application/json" }, payload: file });
  t.equal(res.statusCode, 200, res.body);
  const report = res.json();
  t.equal(report.imported, 1, "the good row went in");
  t.match(report.rejected, [{ line: 3, external_id: "T-BAD-1", reason: /lone UTF-16 surrogate/ }, { line: 4, external_id: "T-BAD-2", reason: /control character U\+0007/ }]);
});

t.test("bidirectional controls and zero-width characters are kept, and ignored when names are matched", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  const name = "\u202bمجلس\u202c\u200c test";
  const created = await app.inject({ method: "POST", url: "/v1/actors", headers: auth, payload: { kind: "person", name, description: "Tab\tand\nline breaks are fine." } });
  t.equal(created.statusCode, 201, created.body);
  t.equal(created.json().name, name, "kept exactly as given");
  t.equal(created.json().description, "Tab\tand\nline breaks are fine.");
  const found = await app.inject(`/v1/actors?name=${encodeURIComponent("مجلس test")}`);
  t.same(found.json().data.map((a: { id: string }) => a.id), [created.json().id], "found by its name without the invisible characters");
  const twin = await app.inject({ method: "POST", url: "/v1/actors", headers: auth, payload: { kind: "state", name: "Zzyzx", aliases: [{ name: "Zzy\u200bzx", kind: "spelling" }] } });
  t.match(twin.json(), { status: 409, detail: /repeats a name/ }, "an alias that differs from the name only by invisible characters is the same name");
});
