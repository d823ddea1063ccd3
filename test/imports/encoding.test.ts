// A dataset file's encoding, for an import job and for `npm run import` as for
// a request body: read as UTF-8 unless a charset is named, converted from the
// charset named, and refused with the line of the first bad byte otherwise.
// Nothing is written, and no job is made, from a file that cannot be read.
import t from "tap";
import { readFileSync, writeFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { build, copyDatabase, getJson } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";
import { endedJob } from "../helpers/import-job.ts";
import { assertProblem } from "../helpers/problem.ts";
import { TMP_DIR } from "../helpers/paths.ts";
import { runTs } from "../helpers/child.ts";

// The ACLED sample with an accented place name on its third line, in Latin-1.
const TEXT = readFileSync(new URL("../fixtures/acled/acled-format.sample.csv", import.meta.url), "utf8").replace("Sampleton", "Sampléton");
const LATIN1 = Buffer.from(TEXT, "latin1");
const LINE = TEXT.slice(0, TEXT.indexOf("Sampléton")).split("\n").length;

t.test("an import job: Latin-1 without a charset is a 400 naming the line; with it, the text is stored right", async (t) => {
  const app = await build(t);
  const auth = await bearer(app, "curator", ["read", "write", "admin"]);
  const post = (contentType: string) =>
    app.inject({ method: "POST", url: "/v1/imports?format=acled", headers: { ...auth, "content-type": contentType, prefer: "respond-async" }, payload: LATIN1 });
  const refused = await post("text/csv");
  const body = assertProblem(t, refused, 400, "bad_encoding");
  t.match(body.detail, new RegExp(`not valid utf-8 \\(line ${LINE} `));
  t.equal((await getJson(app, "/v1/imports", auth)).body.data.length, 0, "no job was made");
  const unknown = await post("text/csv; charset=klingon");
  assertProblem(t, unknown, 400, "unknown_charset");

  const accepted = await post("text/csv; charset=iso-8859-1");
  t.equal(accepted.statusCode, 202, accepted.body);
  const job = await endedJob(app, accepted.headers.location as string, auth);
  t.equal(job.state, "committed", JSON.stringify(job));
  const places = (await getJson(app, "/v1/places?q=Sampléton", auth)).body;
  t.same(places.data.map((p: { name: string }) => p.name), ["Sampléton"], "the accented name is stored as the file meant it");
});

t.test("npm run import: Latin-1 without --charset is one line naming the line and exit 2; with it, imported", async (t) => {
  const file = copyDatabase(t);
  const csv = `${TMP_DIR}latin1-${randomUUID()}.csv`;
  writeFileSync(csv, LATIN1);
  t.teardown(() => import("node:fs").then((fs) => fs.rmSync(csv, { force: true })));
  const run = (...args: string[]) => runTs("scripts/import.ts", ["--format", "acled", ...args, csv], { DATABASE_URL: `file:${file}` });
  const refused = await run();
  t.equal(refused.code, 2);
  t.equal(refused.err.trim().split("\n").length, 1, refused.err);
  t.match(refused.err, new RegExp(`is not valid utf-8 \\(line ${LINE} .*--charset iso-8859-1`));
  const db = new Database(file, { readonly: true });
  t.teardown(() => db.close());
  t.equal(db.prepare("SELECT count(*) FROM places WHERE name LIKE 'Sampl%'").pluck().get(), 0, "nothing was written");
  const unknown = await run("--charset", "klingon");
  t.equal(unknown.code, 2);
  t.match(unknown.err, /^npm run import: --charset klingon is not a charset this server knows/);
  const imported = await run("--charset", "iso-8859-1");
  t.ok(imported.code === 0 || imported.code === 1, imported.err);
  t.equal(db.prepare("SELECT name FROM places WHERE name LIKE 'Sampl%'").pluck().get(), "Sampléton");
});
