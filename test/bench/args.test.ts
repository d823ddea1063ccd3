// npm run bench's options that cannot go together are one line and exit 2,
// before any data is generated or any server started.
import t from "tap";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { childEnv, tsArgs } from "../helpers/child.ts";

const run = promisify(execFile);
const bench = (...args: string[]) =>
  run(process.execPath, tsArgs("bench/run.ts", ...args), { timeout: 60_000, env: childEnv() }).then(
    () => ({ code: 0, stdout: "", stderr: "" }),
    (err: { code: number; stdout: string; stderr: string }) => err,
  );

for (const [args, message] of [
  [["--instances", "2"], /--instances needs --engine postgres/],
  [["--engine", "sqlite", "--instances", "2"], /--instances needs --engine postgres/],
  [["--engine", "mysql"], /--engine must be sqlite or postgres, got mysql/],
  [["--postgres", "postgresql://localhost/x"], /--postgres needs --engine postgres/],
  [["--engine", "postgres", "--rate", "0"], /--rate must be a positive number/],
] as const) {
  t.test(`npm run bench ${args.join(" ")} is refused with one line`, async (t) => {
    const { code, stdout, stderr } = await bench(...args);
    t.equal(code, 2);
    t.equal(stdout, "", "nothing measured");
    t.match(stderr, message);
    t.equal(stderr.trim().split("\n").length, 1, "one line");
  });
}
