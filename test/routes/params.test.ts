// Every malformed, unknown or repeated parameter is a 400 problem that names
// the parameter and says what it accepts; none is ever a 500.
import t from "tap";
import { build, getJson } from "../helpers/build.ts";

const cases: [string, string, string, RegExp][] = [
  // path, query, parameter named, message
  ["/v1/events", "sort=colour", "sort", /must be one of: id, -id, start_date/],
  ["/v1/events", "sort=claimed_at", "sort", /must be one of/],
  ["/v1/claims", "sort=start_date", "sort", /claimed_at/],
  ["/v1/events", "sort=id&sort=-id", "sort", /given once, not repeated/],
  ["/v1/events", "from=2024-13-01", "from", /YYYY-MM-DD, YYYY-MM or YYYY/],
  ["/v1/events", "from=2024-02-30", "from", /YYYY-MM-DD/],
  ["/v1/events", "to=yesterday", "to", /YYYY-MM-DD/],
  ["/v1/events", "to=21/10/2024", "to", /YYYY-MM-DD/],
  ["/v1/events", "from=2024-10-01&from=2024-10-02", "from", /given once, not repeated/],
  ["/v1/claims", "from=2024-1-1", "from", /YYYY-MM-DD/],
  ["/v1/events", "updated_since=last-week", "updated_since", /date \(YYYY-MM-DD\) or an instant/],
  ["/v1/events", "updated_since=2024-10-21T09:00:00", "updated_since", /time zone/],
  ["/v1/events", "type=coup", "type", /one or more of: diplomatic_protest/],
  ["/v1/events", "type=troop_deployment,coup", "type", /coup is not/],
  ["/v1/events", "type=,", "type", /at least one value/],
  ["/v1/events", "type=agreement&type=other", "type", /given once, not repeated/],
  ["/v1/events", "country=Russia", "country", /alpha-3/],
  ["/v1/events", "bbox=1,2,3", "bbox", /min_lon,min_lat,max_lon,max_lat/],
  ["/v1/events", "bbox=0,0,200,10", "bbox", /-180 to 180/],
  ["/v1/events", "bbox=0,50,10,40", "bbox", /min_lat <= max_lat/],
  ["/v1/events", "bbox=a,b,c,d", "bbox", /min_lon/],
  ["/v1/events", "q=", "q", /not be empty/],
  ["/v1/events", "q=%22unclosed", "q", /unclosed quote/],
  ["/v1/claims", "q=OR", "q", /OR that does not stand between two terms/],
  ["/v1/actors", "q=***", "q", /at least one word/],
  ["/v1/actors", "q=a&q=b", "q", /given once, not repeated/],
  ["/v1/claims", "stance=doubts", "stance", /asserts/],
  ["/v1/claims", "verification=true", "verification", /unverified/],
  ["/v1/claims", "certainty=sure", "certainty", /certain/],
  ["/v1/claims", "contested=yes", "contested", /must be one of: true, false/],
  ["/v1/claims", "contested=true&contested=false", "contested", /given once, not repeated/],
  ["/v1/claims", "claimant=a&claimant=b", "claimant", /given once, not repeated/],
  ["/v1/events", "fields=title,colour", "fields", /one or more of: id, type/],
  ["/v1/events", "include=weather", "include", /participants, place, claims, sources/],
  ["/v1/claims", "include=participants", "include", /claimant/],
  ["/v1/events", "format=xml", "format", /json, csv, geojson, ndjson/],
  ["/v1/claims", "format=geojson", "format", /json, csv, ndjson/],
  ["/v1/sources", "kind=rumour", "kind", /news_report/],
  ["/v1/places", "bbox=1", "bbox", /min_lon/],
  ["/v1/actors", "kind=alien", "kind", /person/],
  ["/v1/actors/act_georgiy-zinoviev/claims", "stance=maybe", "stance", /asserts/],
  ["/v1/actors/act_georgiy-zinoviev/events", "from=soon", "from", /YYYY/],
  ["/v1/events/evt_2024-10-21-summons-russian-ambassador/claims", "limit=0", "limit", /1 to 500/],
  ["/v1/sources/src_nis-briefing-2024-10-18/claims", "sort=-nothing", "sort", /must be one of/],
  ["/v1/stats/events", "", "group_by", /./],
  ["/v1/stats/events", "group_by=weather", "group_by", /type, month, year, country, actor/],
  ["/v1/stats/claims", "group_by=type", "group_by", /stance, claimant, verification/],
  ["/v1/stats/claims", "group_by=stance&group_by=month", "group_by", /given once, not repeated/],
  ["/v1/stats/claims", "group_by=stance&cursor=abc", "cursor", /not a known parameter/],
  ["/v1/stats/claims", "group_by=stance&limit=0", "limit", /integer from 1 to 10000/],
  ["/v1/stats/events", "group_by=type&from=2024-99", "from", /YYYY-MM/],
];

t.test("each bad parameter gets a 400 problem that names it and says what it accepts", async (t) => {
  const app = await build(t);
  for (const [path, query, name, message] of cases) {
    const url = `${path}?${query}`;
    const { res, status, body } = await getJson(app, url);
    t.equal(status, 400, url);
    t.equal(res.headers["content-type"], "application/problem+json; charset=utf-8", `${url}: problem+json`);
    t.equal(body.code, "invalid_request");
    t.ok(
      body.errors?.some((e: any) => e.in === "query" && e.name === name && message.test(e.message)),
      `${url} names ${name}: ${JSON.stringify(body.errors)}`,
    );
    t.notMatch(JSON.stringify(body), /SQLITE|fts5|at \/|\.ts:/, `${url}: no SQL or stack`);
  }
});

t.test("no search text, however odd, reaches FTS5 as syntax", async (t) => {
  const app = await build(t);
  for (const q of ['"', 'a"b"c"', "NEAR(a b)", "title:x", "a AND", "AND", "NOT a", "(", ")", "^a", "a*b", "-", "'", "col:\"x\"", "*", "a OR OR b", "\u0000", "🙂"]) {
    for (const path of ["/v1/events", "/v1/claims", "/v1/actors", "/v1/sources", "/v1/stats/events?group_by=type"]) {
      const url = `${path}${path.includes("?") ? "&" : "?"}q=${encodeURIComponent(q)}`;
      const { status } = await getJson(app, url);
      t.ok(status === 200 || status === 400, `${url}: ${status}`);
    }
  }
});
