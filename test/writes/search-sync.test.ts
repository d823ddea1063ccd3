// The full-text indexes follow every write: a created record is found, a changed
// one is found by its new words only, a deleted one is not found, and an actor is
// found by an alias added later. (The indexes are kept by SQL triggers keyed on
// rowid; see the full_text_by_rowid migration.)
import t from "tap";
import { build } from "../helpers/build.ts";
import { bearer, current } from "../helpers/keys.ts";

t.test("search follows creates, changes, deletes and alias changes", async (t) => {
  const app = await build(t);
  const auth = await bearer(app, "writer", ["read", "write"]);
  const found = async (collection: string, q: string) =>
    (await app.inject({ url: `/v1/${collection}?q=${encodeURIComponent(q)}&fields=id` })).json().data.map((r: { id: string }) => r.id);

  const created = await app.inject({
    method: "POST", url: "/v1/events", headers: auth,
    payload: { type: "consultation", title: "Quokkamarsh talks", summary: "Officials met.", start_date: "2024-10", date_precision: "month", place_id: "plc_seoul", status: "reported" },
  });
  t.equal(created.statusCode, 201);
  const id = created.json().id as string;
  t.same(await found("events", "quokkamarsh"), [id], "a new event is found by a word of its title");
  const before = (await found("events", "officials")).length;

  const etag = (await current(app, `/v1/events/${id}`)).etag;
  const patched = await app.inject({
    method: "PATCH", url: `/v1/events/${id}`, headers: { ...auth, "if-match": etag, "content-type": "application/merge-patch+json" },
    payload: JSON.stringify({ title: "Wombatfield talks" }),
  });
  t.equal(patched.statusCode, 200);
  t.same(await found("events", "quokkamarsh"), [], "its old title no longer matches");
  t.same(await found("events", "wombatfield"), [id], "its new title does");
  t.equal((await found("events", "officials")).length, before, "an unchanged field still matches, once");

  const deleted = await app.inject({ method: "DELETE", url: `/v1/events/${id}`, headers: { ...auth, "if-match": (await current(app, `/v1/events/${id}`)).etag } });
  t.equal(deleted.statusCode, 204);
  t.same(await found("events", "wombatfield"), [], "a deleted event is not found");

  // Other records keep their own index rows: the seed's events are all still found by their words.
  t.ok((await found("events", "troops")).length > 0);

  const actor = "act_north-korea";
  t.same(await found("actors", "hermitkingdom"), []);
  const aliases = (await app.inject({ url: `/v1/actors/${actor}` })).json().aliases.map((a: { name: string; kind: string }) => ({ name: a.name, kind: a.kind }));
  const withAlias = await app.inject({
    method: "PATCH", url: `/v1/actors/${actor}`, headers: { ...auth, "if-match": (await current(app, `/v1/actors/${actor}`)).etag, "content-type": "application/merge-patch+json" },
    payload: JSON.stringify({ aliases: [...aliases, { name: "Hermitkingdom", kind: "metonym" }] }),
  });
  t.equal(withAlias.statusCode, 200, withAlias.body);
  t.same(await found("actors", "hermitkingdom"), [actor], "an actor is found by an alias added later");
  t.ok((await found("actors", "north korea")).includes(actor), "and still by its name");
});
