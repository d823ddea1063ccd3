// npm start: reads its arguments first (before anything is made or written),
// then applies pending migrations, builds the server, and runs it in this very
// process. npm's `exec` makes this process npm's child, so the SIGINT or
// SIGTERM a supervisor sends to npm reaches the server's own handlers, and npm
// exits with the server. (A `prestart` hook ran before the arguments were seen:
// `npm start -- --help` migrated, and so made, a database first.)
// Plain JavaScript, like scripts/build.mjs: it runs before anything is built.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log("npm start\n\nApplies pending migrations to DATABASE_URL's database (making it, and its folder, when missing; none with READ_ONLY=true), builds the server (npm run build), loads the seed into an empty database, and serves. It takes no arguments: every setting is an environment variable (PORT, HOST, DATABASE_URL, READ_ONLY, LOG_LEVEL, ...), listed in the README under Configuration.");
  process.exit(0);
}
if (args.length) {
  const what = args[0].startsWith("-") ? "option" : "argument";
  console.error(`npm start: unknown ${what} ${args[0]}: it takes no arguments; settings are environment variables (see npm start -- --help)`);
  process.exit(2);
}

/** Runs one step in a child process; a step that fails has said why, so this only stops. */
function step(...nodeArgs) {
  const run = spawnSync(process.execPath, nodeArgs, { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

step("--import", "tsx", "scripts/migrate.ts");
step("scripts/build.mjs");
// The server's arguments are this script's: none, as checked above.
await import(new URL("../dist/server/index.mjs", import.meta.url).href);
