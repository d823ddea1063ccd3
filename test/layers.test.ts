// The layer rules of .dependency-cruiser.cjs: src/ keeps them, an upward
// import breaks them, and no two folders of src/ import each other.
import t from "tap";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { cruise, type ICruiseResult, type IConfiguration } from "dependency-cruiser";

const root = fileURLToPath(new URL("..", import.meta.url));
const config = createRequire(import.meta.url)("../.dependency-cruiser.cjs") as IConfiguration;

async function cruised(baseDir: string): Promise<ICruiseResult> {
  const { options, forbidden } = config;
  const result = await cruise(["src"], { ...options, baseDir, ruleSet: { forbidden }, validate: true, tsConfig: undefined, outputType: "json" });
  return (typeof result.output === "string" ? JSON.parse(result.output) : result.output) as ICruiseResult;
}

/** A module's folder under src/; a file at the top (app.ts, config.ts) stands alone. */
const folderOf = (path: string) => path.replace(/^src\//, "").split("/")[0];

t.test("src/ keeps the layer rules", async (t) => {
  const result = await cruised(root);
  t.same(result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`), []);
  t.ok(result.modules.length > 50, "every module was read");

  // Folder pairs that import each other: none.
  const edges = new Set<string>();
  for (const m of result.modules) {
    for (const d of m.dependencies) {
      if (!d.resolved.startsWith("src/") || d.resolved.startsWith("src/generated/")) continue;
      const [from, to] = [folderOf(m.source), folderOf(d.resolved)];
      if (from !== to) edges.add(`${from} ${to}`);
    }
  }
  const pairs = [...edges].filter((e) => e.split(" ")[0] < e.split(" ")[1] && edges.has(e.split(" ").reverse().join(" ")));
  t.same(pairs, [], "no two folders import each other");
});

t.test("an upward import fails the check", async (t) => {
  const result = await cruised(fileURLToPath(new URL("fixtures/layers/", import.meta.url)));
  t.same(result.summary.violations.map((v) => [v.rule.name, v.from, v.to]), [["domain-imports-downward", "src/domain/names.ts", "src/routes/list.ts"]]);
});
