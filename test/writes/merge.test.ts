// Merging a duplicate actor: references and names move, the old id redirects.
import t from "tap";
import { build, getJson } from "../helpers/build.ts";
import { bearer, current } from "../helpers/keys.ts";

t.test("merging an actor moves every reference and alias to the survivor", async (t) => {
  const app = await build(t);
  const auth = await bearer(app);
  // A duplicate, as a careless import might create it.
  const dup = await app.inject({
    method: "POST", url: "/v1/actors", headers: auth,
    payload: { id: "act_zinovyev", kind: "person", name: "G. Zinovyev", aliases: [{ name: "Ambassador Zinovyev", kind: "short_name" }], external_ids: { acled: "zin-1" }, affiliations: [{ organisation_id: "act_russian-embassy-seoul", role: "head" }] },
  });
  t.equal(dup.statusCode, 201, dup.body);
  const claim = await app.inject({
    method: "POST", url: "/v1/claims", headers: auth,
    payload: { id: "clm_zinovyev-says", claimant_id: "act_zinovyev", source_id: "src_russian-embassy-statement-2024-10-21", statement: "A statement.", stance: "asserts", certainty: "certain", verification: "unverified", about_actor_ids: ["act_zinovyev", "act_georgiy-zinoviev"] },
  });
  t.equal(claim.statusCode, 201, claim.body);
  const survivorBefore = (await current(app, "/v1/actors/act_georgiy-zinoviev")).body;

  const merge = (id: string, payload: object, headers: Record<string, string> = {}) =>
    app.inject({ method: "POST", url: `/v1/actors/${id}/merge`, headers: { ...auth, ...headers }, payload });
  t.equal((await merge("act_zinovyev", { into: "act_zinovyev" })).statusCode, 422, "not into itself");
  t.equal((await merge("act_zinovyev", { into: "act_nobody" })).statusCode, 422, "not into nothing");
  t.equal((await merge("act_zinovyev", { into: "Zinoviev" })).statusCode, 400, "into must be an actor id");
  t.equal((await merge("act_nobody", { into: "act_georgiy-zinoviev" })).statusCode, 404);
  t.equal((await merge("act_zinovyev", { into: "act_georgiy-zinoviev" }, { "if-match": '"stale"' })).statusCode, 412);

  const res = await merge("act_zinovyev", { into: "act_georgiy-zinoviev" });
  t.equal(res.statusCode, 200, res.body);
  const survivor = JSON.parse(res.body);
  t.equal(survivor.id, "act_georgiy-zinoviev");
  t.equal(survivor.version, survivorBefore.version + 1);
  const names = survivor.aliases.map((a: { name: string }) => a.name);
  t.ok(names.includes("G. Zinovyev"), "the merged name is an alias");
  t.ok(names.includes("Ambassador Zinovyev"), "and so are its aliases");
  t.equal(survivor.external_ids.acled, "zin-1", "external ids move");
  t.ok(survivor.affiliations.some((a: { role: string }) => a.role === "head"), "affiliations move");
  t.equal(res.headers.etag, (await current(app, "/v1/actors/act_georgiy-zinoviev")).etag);

  const moved = (await getJson(app, "/v1/claims/clm_zinovyev-says")).body;
  t.equal(moved.claimant_id, "act_georgiy-zinoviev");
  t.same(moved.about_actors.map((a: { id: string }) => a.id), ["act_georgiy-zinoviev"], "about the survivor once");

  const redirect = await app.inject({ method: "GET", url: "/v1/actors/act_zinovyev/claims?limit=5" });
  t.equal(redirect.statusCode, 308);
  t.equal(redirect.headers.location, "/v1/actors/act_georgiy-zinoviev/claims?limit=5");
  t.equal(JSON.parse(redirect.body).merged_into, "act_georgiy-zinoviev");
  t.equal((await app.inject({ method: "GET", url: "/v1/actors/act_zinovyev" })).headers.location, "/v1/actors/act_georgiy-zinoviev");
  t.equal((await merge("act_zinovyev", { into: "act_georgiy-zinoviev" })).statusCode, 410, "a merged actor cannot be merged again");

  const feed = (await getJson(app, "/v1/changes?collections=actors&limit=1000")).body.data;
  t.match(feed[feed.length - 1], { id: "act_zinovyev", action: "merge", merged_into: "act_georgiy-zinoviev", record: null });

  // A later merge of the survivor carries the old redirect along.
  await app.inject({ method: "POST", url: "/v1/actors", headers: auth, payload: { id: "act_zinoviev-2", kind: "person", name: "Georgiy Zinoviev (2)" } });
  t.equal((await merge("act_georgiy-zinoviev", { into: "act_zinoviev-2" })).statusCode, 200);
  t.equal((await app.inject({ method: "GET", url: "/v1/actors/act_zinovyev" })).headers.location, "/v1/actors/act_zinoviev-2");
});
