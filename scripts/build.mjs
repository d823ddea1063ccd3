// npm run build: bundles the server into dist/server/index.mjs, the file
// `npm start` runs. Packages stay external (node_modules is read as usual);
// our TypeScript is compiled once here instead of by a loader inside the
// server process. The bundle sits two directories deep, as src/services/ does,
// so paths the code resolves from its own location (the seed) stay the same.
// It is written beside the target and renamed over it, so a process starting
// while another build runs never reads half a file.
import { build } from "esbuild";
import { renameSync } from "node:fs";

// Plain JavaScript (it runs before anything is compiled), so scripts/cli.ts's rule by hand: --help, or one line for anything else.
const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log("npm run build\n\nBundles the server into dist/server/index.mjs and the import worker into dist/server/import-worker.mjs (esbuild): the files npm start runs.");
  process.exit(0);
}
if (args.length) {
  console.error(`npm run build: takes no arguments, got ${args.join(" ")} (see npm run build -- --help)`);
  process.exit(2);
}

// The import worker (src/imports/worker.ts) runs in a thread of its own, so
// it is a bundle of its own, beside the server's (src/imports/jobs.ts finds it there).
for (const [entry, outfile] of [["src/imports/worker.ts", "dist/server/import-worker.mjs"], ["src/server.ts", "dist/server/index.mjs"]]) {
  const partial = `${outfile}.${process.pid}.tmp`;
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    target: "node20",
    outfile: partial,
    logLevel: "warning",
  });
  renameSync(partial, outfile);
}
