// What every `npm run` script does with its arguments: --help (or -h) prints
// its usage and exits 0; an unknown option, or a missing or extra argument, is
// one line and exit 2, before anything is read or written.
import { basename } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Config } from "../src/config.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function cli<O extends Options>(spec: { usage: string; options: O; positionals?: { min?: number; max?: number }; argv?: string[] }) {
  const name = process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}` : basename(process.argv[1] ?? "script");
  const argv = spec.argv ?? process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(spec.usage);
    process.exit(0);
  }
  const fail = (message: string): never => {
    console.error(`${name}: ${message} (see ${name} -- --help)`);
    process.exit(2);
  };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: spec.options, allowPositionals: true, strict: true });
  } catch (err) {
    return fail((err as Error).message.replace(/\. To specify a positional argument.*$/s, "").replace(/^Unknown option/, "unknown option"));
  }
  const { min = 0, max = 0 } = spec.positionals ?? {};
  const count = parsed.positionals.length;
  if (count < min) fail(`expects ${min === max ? min : `at least ${min}`} argument${min > 1 ? "s" : ""}, got ${count}`);
  if (count > max) fail(max === 0 ? `takes no arguments, got ${parsed.positionals.join(" ")}` : `takes at most ${max} argument${max > 1 ? "s" : ""}, got ${count}`);
  for (const p of parsed.positionals) if (p.startsWith("-") && p !== "-") fail(`unknown option ${p}`);
  return parsed;
}

/**
 * The settings and the database file a script works on, checked first: a bad
 * DATABASE_URL, a missing, damaged or unmigrated file is one line and exit 1.
 */
export async function database(opts: {
  migrated?: boolean;
  /** false: only the URL is checked (restore replaces a damaged file) */ inspect?: boolean;
  /** true: a postgresql:// database is accepted too (checked reachable and migrated); file is then "" */ postgres?: boolean;
} = {}): Promise<{ config: Config; file: string }> {
  const { ConfigError, loadConfig } = await import("../src/config.ts");
  const { checkDatabaseFile, databaseFile, databaseLocation, DatabaseProblem } = await import("../src/db/location.ts");
  const name = process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}` : basename(process.argv[1] ?? "script");
  try {
    const config = loadConfig();
    if (opts.postgres && databaseLocation(config.DATABASE_URL).engine === "postgresql") {
      const { checkPostgres } = await import("../src/db/postgres.ts");
      await checkPostgres(config.DATABASE_URL);
      return { config, file: "" };
    }
    if (opts.inspect === false) return { config, file: databaseFile(config.DATABASE_URL) };
    const file = checkDatabaseFile(config.DATABASE_URL);
    if (opts.migrated !== false && file !== ":memory:") {
      const { existsSync } = await import("node:fs");
      if (!existsSync(file)) throw new DatabaseProblem(`the database ${file} does not exist: run npm run db:migrate first (npm start does it), or set DATABASE_URL`);
      const Database = (await import("better-sqlite3")).default;
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = '_prisma_migrations'").get()) throw new DatabaseProblem(`the database ${file} has not been migrated: run npm run db:migrate first`);
      } catch (err) {
        if (err instanceof DatabaseProblem) throw err;
        throw new DatabaseProblem(`the database ${file} cannot be read (${(err as Error).message}): restore a backup with npm run restore -- BACKUP`);
      } finally {
        db.close();
      }
    }
    return { config, file };
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DatabaseProblem) {
      console.error(`${name}: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}
