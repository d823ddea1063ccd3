// The collections are listed by hand in a few files only: their names
// (domain/collections.ts), their route descriptors (routes/v1/collections.ts),
// their records in a bundle (schemas/bundle.ts) and how a bundle writes each
// (services/bundle.ts). Everywhere else a list of every collection is derived
// from those, so adding a collection does not mean finding each copy. A list
// written out again shows as the five names (or the five Prisma delegates)
// close together in one file.
import t from "tap";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { COLLECTION_NAMES, SINGULAR, type Collection } from "../src/domain/collections.ts";

const src = fileURLToPath(new URL("../src/", import.meta.url));
const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts") && !f.startsWith("generated/")).sort();

/** Lines of `text` where every one of `words` occurs within `span` characters. */
function listsIn(text: string, words: Record<string, RegExp>, span: number): number[] {
  const seen = Object.entries(words)
    .flatMap(([word, re]) => [...text.matchAll(new RegExp(re, "g"))].map((m) => ({ word, at: m.index })))
    .sort((a, b) => a.at - b.at);
  const lines = new Set<number>();
  for (const [i, start] of seen.entries()) {
    const met = new Set<string>();
    for (const next of seen.slice(i)) {
      if (next.at - start.at > span) break;
      met.add(next.word);
      if (met.size === Object.keys(words).length) {
        lines.add(text.slice(0, start.at).split("\n").length);
        break;
      }
    }
  }
  return [...lines];
}

const collections = Object.keys(COLLECTION_NAMES) as Collection[];
/** The files where each collection is written out: its name, its route descriptor, its bundle record and how a bundle writes it. */
const LISTED_IN = ["domain/collections.ts", "routes/v1/collections.ts", "schemas/bundle.ts", "services/bundle.ts"];

t.test("only the collection files list every collection by name", async (t) => {
  const words = Object.fromEntries(collections.map((c) => [c, new RegExp(`\\b${c}\\b`)]));
  const found = files.flatMap((f) => listsIn(readFileSync(src + f, "utf8"), words, 200).map((line) => `${f}:${line}`));
  t.same(found.filter((at) => !LISTED_IN.includes(at.split(":")[0])), []);
});

t.test("only the bundle writer lists every collection's Prisma delegate", async (t) => {
  const words = Object.fromEntries(collections.map((c) => [c, new RegExp(`[."]${SINGULAR[c]}\\b`)]));
  const found = files.flatMap((f) => listsIn(readFileSync(src + f, "utf8"), words, 300).map((line) => `${f}:${line}`));
  t.same(found.filter((at) => at.split(":")[0] !== "services/bundle.ts"), []);
});

t.test("a list written out again is found", async (t) => {
  const words = Object.fromEntries(collections.map((c) => [c, new RegExp(`\\b${c}\\b`)]));
  t.same(listsIn(`const x = 1;\nconst tables = { ${collections.map((c) => `${c}: "${SINGULAR[c]}"`).join(", ")} };\n`, words, 200), [2]);
  t.same(listsIn(collections.map((c) => `${c}\n${"x".repeat(100)}`).join("\n"), words, 200), [], "names far apart are not a list");
});
