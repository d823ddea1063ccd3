// The request schemas of POST /v1/imports, as the document gives them, against
// what the server takes: every file a test imports through HTTP must validate
// against the schema of the media type it is sent as, and bodies the server
// refuses as malformed must not.
import t from "tap";
import { Ajv2020 } from "ajv/dist/2020.js";
import { build } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";
import { fixture } from "../helpers/store.ts";

const PLOVER = JSON.parse(fixture("plover/PLOVER_GSR_CAMEO.sample.json")).slice(0, 4);
const resolve = (doc: any, node: any): any => (node?.$ref ? resolve(doc, node.$ref.slice(2).split("/").reduce((o: any, k: string) => o?.[k], doc)) : node);

t.test("every body the server imports is one the document's schema accepts, and malformed ones are refused by both", async (t) => {
  // The seed: the bundle example refers to actors it has.
  const app = await build(t);
  const auth = await bearer(app, "importer");
  const doc = (await app.inject({ method: "GET", url: "/openapi.json" })).json();
  const content = doc.paths["/v1/imports"].post.requestBody.content;
  const ajv = new Ajv2020({ strict: false });
  const accepts = (type: string, body: unknown) => ajv.validate({ ...resolve(doc, content[type].schema), components: doc.components }, body);

  const sent: [string, string, unknown][] = [
    ["bundle", "application/json", JSON.parse(JSON.stringify(resolve(doc, content["application/json"].schema).example))],
    ["ucdp-json", "application/json", JSON.parse(fixture("ucdp-ged/gedevents_api_israel_2002.json"))],
    ["plover", "application/json", PLOVER],
    ["plover", "application/json", PLOVER[0]],
    ["plover", "application/x-ndjson", PLOVER.map((r: unknown) => JSON.stringify(r)).join("\n") + "\n"],
    ["ucdp-ged", "text/csv", fixture("ucdp-ged/GEDEvent_v26_0_5.russia-ukraine.csv")],
    ["acled", "text/csv", fixture("acled/acled-format.sample.csv")],
    ["gdelt", "text/tab-separated-values", fixture("gdelt-v2-events/20260703064500.export.korea.CSV")],
  ];
  for (const [format, type, body] of sent) {
    const res = await app.inject({
      method: "POST", url: `/v1/imports?format=${format}&dry_run=true`, headers: { ...auth, "content-type": type },
      payload: typeof body === "string" ? body : JSON.stringify(body),
    });
    t.equal(res.statusCode, 200, `${format} as ${type}: the server imports it`);
    t.ok(accepts(type, body), `${format} as ${type}: the document's schema accepts it ${ajv.errorsText(ajv.errors)}`);
  }

  for (const body of [42, "a string", null, true]) {
    const res = await app.inject({ method: "POST", url: "/v1/imports?format=bundle&dry_run=true", headers: { ...auth, "content-type": "application/json" }, payload: JSON.stringify(body) });
    t.equal(res.statusCode, 400, `${JSON.stringify(body)}: the server refuses it`);
    t.notOk(accepts("application/json", body), `${JSON.stringify(body)}: so does the schema`);
  }
});
