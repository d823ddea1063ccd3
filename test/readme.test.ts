// Runs every recipe of the README's "Questions you can ask" and checks that
// each piece of the output it shows still appears, in order, in the real answer.
import t from "tap";
import { readFileSync } from "node:fs";
import { build } from "./helpers/build.ts";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const section = readme.slice(readme.indexOf("## Questions you can ask"), readme.indexOf("\n## ", readme.indexOf("## Questions you can ask") + 1));
const recipes = [...section.matchAll(/```sh\n(curl -s '([^']+)')\n```\n```text\n([\s\S]*?)```/g)].map((m) => ({ command: m[1], url: m[2], shown: m[3] }));

t.test("the README has about ten recipes", async (t) => {
  t.ok(recipes.length >= 10, `${recipes.length} recipes`);
  t.equal(recipes.length, (section.match(/```sh/g) ?? []).length, "every sh block is a recipe with its output");
});

t.test("each recipe prints what the README shows", async (t) => {
  const app = await build(t);
  for (const { command, url, shown } of recipes) {
    t.match(url, /^localhost:3000\//, `${command}: runs against npm start's default port`);
    const res = await app.inject({ method: "GET", url: url.slice("localhost:3000".length) });
    t.equal(res.statusCode, 200, command);
    const pieces = shown.split(/…|\n/).map((p) => p.trim()).filter((p) => p !== "");
    t.ok(pieces.length > 0);
    let from = 0;
    for (const piece of pieces) {
      const at = res.body.indexOf(piece, from);
      t.ok(at >= 0, `${command}: shows ${piece.slice(0, 80)}`);
      if (at >= 0) from = at + piece.length;
    }
  }
});
