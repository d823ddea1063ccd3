// Child processes of the tests, and coverage.
//
// tap records the coverage of every process (the tests and what they spawn)
// and c8 merges it by file. That merge assumes one file is the same code in
// every process. A src/ file transpiled by tsx in a child and by tap's own
// TypeScript loader in the test is not: the generated code and its source map
// differ, and c8 keeps the source map of whichever coverage file it reads last
// (they are named by random uuids). The same run's coverage read in two orders
// gave 7,788 of 10,557 statements or 125 of 125. So a child that runs
// TypeScript loads it the way the test process does, and a child running other
// code built from src/ (the bundle, `npm start`) records no coverage.

/** The test process's own flags (tap's TypeScript loader, its coverage hooks), or tsx outside tap. */
const LOADER = process.execArgv.some((a) => /typescript|tsx/.test(a)) ? process.execArgv : ["--import", "tsx"];

/** Node's arguments that run a TypeScript file as this test process runs its own. */
export const tsArgs = (script: string, ...args: string[]): string[] => [...LOADER, script, ...args];

/** The environment of a child whose code is built otherwise (the bundle, npm scripts): it records no coverage. */
export const withoutCoverage = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...env, _TAPJS_PROCESSINFO_COVERAGE_: "0" });
