// Two client generators over openapi.yaml: openapi-typescript + openapi-fetch
// (examples/api.ts) and @hey-api/openapi-ts. A script that reads an actor's
// aliases through each must compile under strict TypeScript with no cast, and
// one that reads a field the actor does not have must not: a single record is
// typed exactly, not as a union with a free-form object.
import t from "tap";
import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { TMP_DIR } from "../helpers/paths.ts";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const READS_ALIASES = {
  "openapi-fetch.ts": `import createClient from "openapi-fetch";
import type { paths } from "../../../examples/api.ts";
const client = createClient<paths, "application/json">({ baseUrl: "http://127.0.0.1:3000" });
const actor = await client.GET("/v1/actors/{id}", { params: { path: { id: "act_georgiy-zinoviev" } } });
export const names: string[] | undefined = actor.data?.aliases.map((alias) => alias.name);
`,
  "hey-api.ts": `import { client } from "./hey-api/client.gen.ts";
import { getActor } from "./hey-api/sdk.gen.ts";
client.setConfig({ baseUrl: "http://127.0.0.1:3000" });
const actor = await getActor({ path: { id: "act_georgiy-zinoviev" } });
export const names: string[] | undefined = actor.data?.aliases.map((alias) => alias.name);
`,
};

/** The same reads, of a field no actor has: each must be a type error. */
const READS_UNKNOWN = Object.fromEntries(
  Object.entries(READS_ALIASES).map(([file, text]) => [file.replace(".ts", "-unknown.ts"), text.replace("actor.data?.aliases.map((alias) => alias.name)", "actor.data?.no_such_field")]),
);

async function tsc(dir: string): Promise<string> {
  try {
    await run(`${ROOT}node_modules/.bin/tsc`, ["-p", `${dir}tsconfig.json`], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    return "";
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? err);
  }
}

t.test("both generated clients type a single record exactly, under strict TypeScript", async (t) => {
  const dir = `${TMP_DIR}clients-${process.pid}/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  await run(`${ROOT}node_modules/.bin/openapi-ts`, ["-i", "openapi.yaml", "-o", `${dir}hey-api`, "-c", "@hey-api/client-fetch", "--no-log-file", "--silent"], { cwd: ROOT });
  for (const [file, text] of Object.entries({ ...READS_ALIASES, ...READS_UNKNOWN })) writeFileSync(dir + file, text);
  const config = (files: string[]) => JSON.stringify({
    compilerOptions: {
      target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: false,
      allowImportingTsExtensions: true, rewriteRelativeImportExtensions: false, types: [], lib: ["ES2022", "DOM", "DOM.Iterable"],
    },
    files,
  });

  writeFileSync(`${dir}tsconfig.json`, config(Object.keys(READS_ALIASES)));
  t.equal(await tsc(dir), "", "reading aliases compiles through each client, with the generated code itself");

  writeFileSync(`${dir}tsconfig.json`, config(Object.keys(READS_UNKNOWN)));
  const errors = await tsc(dir);
  for (const file of Object.keys(READS_UNKNOWN)) t.match(errors, new RegExp(`${file}\\(\\d+,\\d+\\): error TS\\d+: Property 'no_such_field'`), `${file}: a field the record does not have is a type error`);
});
