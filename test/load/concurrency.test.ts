// 50 clients at once against the real server over HTTP: 25 writers creating
// and changing records (Idempotency-Key, If-Match), 25 readers listing and
// fetching. No answer may be a 5xx or mention SQLITE_BUSY; every acknowledged
// write must be there afterwards with its content, and none applied twice.
import t from "tap";
import { copyDatabase } from "../helpers/build.ts";
import { startServer } from "../helpers/server.ts";
import { keyInFile } from "../helpers/bundles.ts";

const WRITERS = 25;
const READERS = 25;
const CREATES = 3; // per writer
const READS = 8; // per reader
const SHARED = "/v1/events/evt_2024-10-21-summons-russian-ambassador";

type Answer = { status: number; body: string; headers: Headers };

t.test(`${WRITERS} writers and ${READERS} readers at once`, async (t) => {
  const file = copyDatabase(t);
  const auth = await keyInFile(file, "writer");
  const server = await startServer(t, file);
  const answers: { what: string; status: number; body: string }[] = [];
  async function send(what: string, path: string, init: RequestInit = {}): Promise<Answer> {
    const res = await fetch(server.base + path, init);
    const body = await res.text();
    answers.push({ what, status: res.status, body });
    return { status: res.status, body, headers: res.headers };
  }
  const json = (headers: Record<string, string> = {}) => ({ ...auth, "content-type": "application/json", ...headers });

  // Every writer reads the shared event first, so that all of them hold the same ETag.
  const sharedTag = await Promise.all(Array.from({ length: WRITERS }, async () => (await send("read shared", SHARED)).headers.get("etag")!));
  t.equal(new Set(sharedTag).size, 1, "the writers start from one version of the shared event");

  const created: { id: string; name: string; admin1: string }[] = [];
  const sharedWins: number[] = [];
  const writer = async (w: number) => {
    // Everyone changes the shared event with the same If-Match: only one may win.
    const shared = await send("patch shared", SHARED, {
      method: "PATCH", headers: json({ "if-match": sharedTag[w], "content-type": "application/merge-patch+json" }), body: JSON.stringify({ summary: `Summary written by writer ${w}.` }),
    });
    if (shared.status === 200) sharedWins.push(w);
    for (let c = 0; c < CREATES; c++) {
      const name = `Concurrency ${w}-${c}`;
      const body = JSON.stringify({ name, kind: "city", geo_precision: "approximate" });
      const headers = json({ "idempotency-key": `w${w}-c${c}` });
      const first = await send("create", "/v1/places", { method: "POST", headers, body });
      if (first.status !== 201) continue;
      // The retry of an acknowledged create gets the same record back and creates nothing.
      const retry = await send("retry create", "/v1/places", { method: "POST", headers, body });
      t.equal(retry.status, 201);
      t.equal(JSON.parse(retry.body).id, JSON.parse(first.body).id, `${name}: the retry answers the same record`);
      const id = JSON.parse(first.body).id as string;
      const admin1 = `Region of writer ${w}, place ${c}`;
      const patched = await send("patch", `/v1/places/${id}`, {
        method: "PATCH", headers: json({ "if-match": first.headers.get("etag")!, "content-type": "application/merge-patch+json" }), body: JSON.stringify({ admin1 }),
      });
      if (patched.status === 200) created.push({ id, name, admin1 });
    }
  };
  const readerPaths = ["/v1/places?limit=100", "/v1/events?limit=20", "/v1/places/plc_seoul", "/v1/changes?limit=100", "/v1/claims?q=troops", "/v1/actors?q=zinoviev", SHARED, "/v1/places?q=concurrency"];
  const reader = async (r: number) => {
    for (let i = 0; i < READS; i++) await send("read", readerPaths[(r + i) % readerPaths.length]);
  };
  await Promise.all([...Array.from({ length: WRITERS }, (_, w) => writer(w)), ...Array.from({ length: READERS }, (_, r) => reader(r))]);

  t.comment(`${answers.length} requests; statuses ${JSON.stringify(answers.reduce<Record<number, number>>((m, a) => ((m[a.status] = (m[a.status] ?? 0) + 1), m), {}))}`);
  t.same(answers.filter((a) => a.status >= 500).map((a) => `${a.what} ${a.status} ${a.body.slice(0, 200)}`), [], "no 5xx");
  t.same(answers.filter((a) => /SQLITE_BUSY|database is locked/i.test(a.body)).map((a) => a.what), [], "no answer mentions a busy database");
  t.same(answers.filter((a) => a.what === "read" && a.status !== 200).map((a) => `${a.status} ${a.body.slice(0, 200)}`), [], "every read succeeds");
  t.equal(created.length, WRITERS * CREATES, "every create and change was acknowledged");
  t.equal(sharedWins.length, 1, "exactly one of the writers holding the same ETag changed the shared event");
  t.same(answers.filter((a) => a.what === "patch shared" && a.status !== 200).map((a) => a.status), Array(WRITERS - 1).fill(412), "the others got 412");

  // Afterwards: every acknowledged write is there, with its content, once.
  for (const p of created) {
    const res = await fetch(`${server.base}/v1/places/${p.id}`);
    const body = (await res.json()) as { name: string; admin1: string; version: number };
    t.match({ status: res.status, ...body }, { status: 200, name: p.name, admin1: p.admin1, version: 2 }, `${p.name} is stored as acknowledged`);
  }
  const listed = (await (await fetch(`${server.base}/v1/places?q=concurrency&limit=500`)).json()) as { data: { name: string }[]; page: { total: number } };
  t.equal(listed.page.total, WRITERS * CREATES, "no create was applied twice");
  t.equal(new Set(listed.data.map((p) => p.name)).size, WRITERS * CREATES);
  const summary = ((await (await fetch(server.base + SHARED)).json()) as { summary: string }).summary;
  t.equal(summary, `Summary written by writer ${sharedWins[0]}.`, "the shared event holds the winner's change");
  const changes = (await (await fetch(`${server.base}/v1/changes?collections=places&limit=1000`)).json()) as { data: { id: string; action: string }[] };
  const ours = new Set(created.map((p) => p.id));
  t.equal(changes.data.filter((c) => ours.has(c.id)).length, 2 * WRITERS * CREATES, "one create and one update revision per place, no more");
});
