// Loaded into every test process (package.json, tap's node-arg) after tap has
// started that process's own coverage: from here on, processes the tests
// start (servers, scripts, Prisma's CLI) record none. c8 merges coverage by
// file and keeps one source map per file, and a child's transpilation of a
// src/ file (tsx, Prisma's loader, the built bundle) differs from the test
// process's, so children's coverage made the totals change from run to run
// (BENCHMARKS.md, "Coverage"). test/helpers/child.ts did this for the children
// it starts; this covers every child, whoever starts it.
process.env._TAPJS_PROCESSINFO_COVERAGE_ = "0";
