import t from "tap";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { copyDatabase } from "../helpers/build.ts";
import { EMPTY_TEMPLATE } from "../helpers/paths.ts";
import { childEnv, tsArgs } from "../helpers/child.ts";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const FILE = fileURLToPath(new URL("../fixtures/acled/acled-format.sample.csv", import.meta.url));

t.test("npm run import: a report with counts and each rejected line; --dry-run writes nothing", async (t) => {
  const file = copyDatabase(t, EMPTY_TEMPLATE);
  const env = childEnv({ ...process.env, DATABASE_URL: `file:${file}` });
  const cli = (...args: string[]) => run(process.execPath, tsArgs("scripts/import.ts", ...args), { cwd: root, env }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
  const dry = await cli("--format", "acled", "--dry-run", FILE);
  t.equal(dry.code, 1, "exit 1: a row was rejected");
  t.match(dry.stdout, /^Dry run \(nothing written\): acled: 6 rows, 5 imported, 1 rejected, 0 skipped/);
  t.match(dry.stdout, /events +created 5, updated 0, unchanged 0/);
  t.match(dry.stdout, /rejected line 8 \(TST0006\): event_type: "Skirmishes" is not an ACLED event type/);
  t.equal(dry.stderr, "", "no progress bar when stderr is not a terminal");
  const real = await cli("--format", "acled", FILE);
  t.match(real.stdout, /events +created 5, updated 0, unchanged 0/, "the dry run wrote nothing");
  const again = await cli("--format", "acled", FILE);
  t.match(again.stdout, /events +created 0, updated 0, unchanged 5/);
  const usage = await cli("--format", "csv", FILE);
  t.equal(usage.code, 2);
  t.match(usage.stderr, /^npm run import: --format must be one of ucdp-ged, ucdp-json, acled, gdelt, plover \(see npm run import -- --help\)\n$/);
});
