import t from "tap";
import { build } from "../helpers/build.ts";

t.test("a GET carries a strong ETag, and If-None-Match with it gets a 304", async (t) => {
  const app = await build(t);
  for (const url of ["/v1/events?limit=3", "/v1/actors/act_georgiy-zinoviev", "/openapi.json"]) {
    const first = await app.inject({ method: "GET", url });
    t.equal(first.statusCode, 200);
    const tag = first.headers.etag as string;
    t.match(tag, /^"[\w-]{22}"$/, `${url}: a strong tag`);
    t.match(first.headers["cache-control"], /must-revalidate/);
    const again = await app.inject({ method: "GET", url, headers: { "if-none-match": tag } });
    t.equal(again.statusCode, 304, `${url}: not modified`);
    t.equal(again.body, "");
    t.equal(again.headers.etag, tag);
    const weak = await app.inject({ method: "GET", url, headers: { "if-none-match": `"other", W/${tag}` } });
    t.equal(weak.statusCode, 304, "weak comparison, and lists of tags");
    const stale = await app.inject({ method: "GET", url, headers: { "if-none-match": '"stale"' } });
    t.equal(stale.statusCode, 200);
  }
});

t.test("different representations get different tags; errors get none", async (t) => {
  const app = await build(t);
  const a = await app.inject({ method: "GET", url: "/v1/events?limit=3" });
  const b = await app.inject({ method: "GET", url: "/v1/events?limit=4" });
  t.not(a.headers.etag, b.headers.etag);
  const missing = await app.inject({ method: "GET", url: "/v1/events/evt_nope" });
  t.equal(missing.statusCode, 404);
  t.notOk(missing.headers.etag);
});

t.test("filtered lists, other formats and statistics carry strong ETags and answer 304", async (t) => {
  const app = await build(t);
  for (const url of ["/v1/claims?stance=denies,declines_to_comment&include=claimant", "/v1/stats/claims?group_by=stance", "/v1/stats/events?group_by=month&country=RUS",
    "/v1/events?format=csv&type=troop_deployment", "/v1/events?format=geojson&bbox=120,40,180,75"]) {
    const first = await app.inject({ method: "GET", url });
    t.equal(first.statusCode, 200, url);
    const tag = first.headers.etag as string;
    t.match(tag, /^"[\w-]{22}"$/, `${url}: a strong tag`);
    const again = await app.inject({ method: "GET", url, headers: { "if-none-match": tag } });
    t.equal(again.statusCode, 304, `${url}: not modified`);
  }
  const a = await app.inject({ method: "GET", url: "/v1/stats/claims?group_by=stance" });
  const b = await app.inject({ method: "GET", url: "/v1/stats/claims?group_by=stance&verification=unverified" });
  t.not(a.headers.etag, b.headers.etag, "another filter, another tag");
});
