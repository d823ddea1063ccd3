// Child processes of the tests, and coverage.
//
// tap records the coverage of every process (the tests and what they spawn)
// and c8 merges it by file. That merge assumes one file is the same code in
// every process. A src/ file transpiled by tsx in a child and by tap's own
// TypeScript loader in the test is not: the generated code and its source map
// differ, and c8 keeps the source map of whichever coverage file it reads last
// (they are named by random uuids), so the totals changed from run to run
// (BENCHMARKS.md, "Coverage"). Children keep tsx, which starts the server
// several times faster than tap's loader, and record no coverage: what counts
// is what the test processes run, the same code every run.

import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Node's arguments that run a TypeScript file in a child process. */
export const tsArgs = (script: string, ...args: string[]): string[] => ["--import", "tsx", script, ...args];

/** A child's environment: this one's, with coverage recording off (see above). */
export const childEnv = (env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv => ({ ...env, _TAPJS_PROCESSINFO_COVERAGE_: "0" });

/**
 * Runs a TypeScript file of the project (`scripts/migrate.ts`) in a child with
 * these variables added to this environment, and no coverage. Never rejects:
 * it answers with the exit code and what the child printed.
 */
export function runTs(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, tsArgs(file, ...args), { cwd: ROOT, env: childEnv({ ...process.env, ...env }), maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, out: String(stdout), err: String(stderr) });
    });
  });
}
