// A merged actor's 308 Location is built from PUBLIC_URL (or is relative) and
// from the stored ids: never from the request's Host or its request line.
import t from "tap";
import { build } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";
import { listen, request } from "../helpers/raw.ts";

async function merged(t: Parameters<typeof build>[0], config = {}) {
  const app = await build(t, { config });
  const auth = await bearer(app);
  t.equal((await app.inject({ method: "POST", url: "/v1/actors", headers: auth, payload: { id: "act_zinovyev", kind: "person", name: "G. Zinovyev" } })).statusCode, 201);
  t.equal((await app.inject({ method: "POST", url: "/v1/actors/act_zinovyev/merge", headers: auth, payload: { into: "act_georgiy-zinoviev" } })).statusCode, 200);
  return app;
}

t.test("a forged Host, an absolute-form request line or an encoded id never steer the redirect", async (t) => {
  const app = await merged(t);
  const port = await listen(app);
  const cases = [
    ["GET /v1/actors/act_zinovyev/claims?limit=5 HTTP/1.1\r\nHost: evil.example", "/v1/actors/act_georgiy-zinoviev/claims?limit=5"],
    ["GET http://evil.example/v1/actors/act_zinovyev HTTP/1.1\r\nHost: evil.example", "/v1/actors/act_georgiy-zinoviev"],
    ["GET http://evil.example/v1/actors/act_zinovyev/events?x=1 HTTP/1.1\r\nHost: 127.0.0.1", "/v1/actors/act_georgiy-zinoviev/events?x=1"],
    ["GET /v1/actors/act%5Fzinovyev HTTP/1.1\r\nHost: 127.0.0.1", "/v1/actors/act_georgiy-zinoviev"],
    ["GET /v1/actors/%61ct_zinovyev/claims HTTP/1.1\r\nHost: 127.0.0.1", "/v1/actors/act_georgiy-zinoviev/claims"],
    ["GET /v1/actors/act_zinovyev HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-Host: evil.example", "/v1/actors/act_georgiy-zinoviev"],
  ] as const;
  for (const [head, location] of cases) {
    const res = await request(port, head);
    t.equal(res.status, 308, head.split("\r\n")[0]);
    t.equal(res.headers.location, location, "the survivor's canonical path, relative");
  }
});

t.test("with PUBLIC_URL, Location is absolute on that base", async (t) => {
  const app = await merged(t, { PUBLIC_URL: "https://api.example.org/records" });
  const port = await listen(app);
  const res = await request(port, "GET http://evil.example/v1/actors/act_zinovyev/claims?limit=5 HTTP/1.1\r\nHost: evil.example");
  t.equal(res.headers.location, "https://api.example.org/records/v1/actors/act_georgiy-zinoviev/claims?limit=5");
});
