// READ_REQUIRES_KEY closes every read route, however its path is spelled. The
// router decodes percent-escapes before it matches, so a check on the URL text
// (`startsWith("/v1/")`) let `/%761/events` through; the check now asks which
// route matched. Every GET operation in the live document is tried with every
// spelling of its path below, with GET and HEAD.
import t from "tap";
import { build } from "../helpers/build.ts";
import { bearer } from "../helpers/keys.ts";
import { importJobWithId } from "../helpers/import-job.ts";

type Operation = { security?: Record<string, string[]>[]; parameters?: { in: string; name: string; schema?: { example?: unknown }; example?: unknown }[] };
type Parameter = NonNullable<Operation["parameters"]>[number];
type Document = { paths: Record<string, Record<string, Operation>>; components?: { parameters?: Record<string, Parameter> } };

const escape = (c: string) => "%" + c.charCodeAt(0).toString(16).padStart(2, "0");

/** Spellings of one path that a router may take for the same route. */
function spellings(path: string): string[] {
  const rest = path.slice("/v1".length);
  const everyChar = (s: string, upper: boolean) =>
    s.replace(/[^/]/g, (c) => (upper ? escape(c).toUpperCase() : escape(c)));
  return [
    path,
    `/%761${rest}`,
    `/v%31${rest}`,
    `/%76%31${rest}`,
    `/%76%31${everyChar(rest, false)}`,
    everyChar(path, false),
    everyChar(path, true),
    `/v1${everyChar(rest, true)}`,
    `${path}?`,
    `/%2576%31${rest}`, // a double escape is a different path, and must not be a read either
    `//v1${rest}`,
    `/V1${rest}`,
  ];
}

t.test("with READ_REQUIRES_KEY, no spelling of a read path is answered without a key", async (t) => {
  const app = await build(t, { config: { READ_REQUIRES_KEY: true } });
  await app.ready();
  const doc = app.swagger() as unknown as Document;
  // A key with each scope, and one with every scope but it.
  const keys = { read: await bearer(app, "reader", ["read"]), write: await bearer(app, "writer", ["write"]) };
  const lacking = { read: keys.write, write: keys.read };
  const reads = Object.entries(doc.paths)
    .filter(([path, ops]) => path.startsWith("/v1/") && ops.get)
    .map(([path, ops]) => ({
      // The scope the operation declares: `read` here, `write` for import jobs.
      scope: (ops.get.security?.flatMap((r) => Object.values(r).flat())[0] ?? "none") as keyof typeof keys,
      path: path.replace(/\{(\w+)\}/g, (_, name: string) => {
        // Parameters shared by several operations are in components.
        const params = (ops.get.parameters ?? []).map((p) => ("$ref" in p ? doc.components?.parameters?.[String(p.$ref).split("/").pop()!] : p));
        const param = params.find((p) => p?.in === "path" && p.name === name);
        return String(param?.schema?.example ?? param?.example);
      }),
    }));
  t.ok(reads.length >= 20, `the document lists the read routes (${reads.length})`);

  t.same([...new Set(reads.map((r) => r.scope))].sort(), ["read", "write"], "reads declare the read scope, import jobs the write scope");
  for (const { path, scope } of reads) {
    if (path.startsWith("/v1/imports/")) await importJobWithId(app, keys.write, path.split("/").pop()!);
    for (const url of spellings(path)) {
      for (const method of ["GET", "HEAD"] as const) {
        const res = await app.inject({ method, url });
        // 401 when the route matched; 404 when the spelling names no route.
        t.ok(res.statusCode === 401 || res.statusCode === 404, `${method} ${url} without a key: ${res.statusCode}`);
      }
    }
    // With a key the same spelling gets past the check (a 400 for a missing
    // required parameter still means the route matched), so the 401s above are
    // the key check, not a broken path.
    const keyed = await app.inject({ method: "GET", url: `/%761${path.slice(3)}`, headers: keys[scope] });
    t.notOk([401, 403, 404].includes(keyed.statusCode), `GET /%761${path.slice(3)} with a ${scope} key: ${keyed.statusCode}`);
    const other = await app.inject({ method: "GET", url: `/%761${path.slice(3)}`, headers: lacking[scope] });
    t.equal(other.statusCode, 403, `GET /%761${path.slice(3)} with a key lacking ${scope}: 403`);
  }
});

t.test("without READ_REQUIRES_KEY the same spellings read openly", async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: "GET", url: "/%761/events?limit=1" });
  t.equal(res.statusCode, 200);
  t.equal(JSON.parse(res.body).data.length, 1);
});
