// Starts the API: loads the seed into an empty database, then listens until
// SIGINT or SIGTERM, when it stops taking requests and finishes those in flight.
// Migrations run before this (`npm start` runs `prisma migrate deploy` first).
// With READ_ONLY=true nothing is written: no seed, and the file is opened read-only.
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { checkDatabaseFile, databaseLocation, DatabaseProblem, explainSqliteError, withoutPassword } from "./db/location.ts";
import { checkPostgres, explainPostgresError } from "./db/postgres.ts";
import { loadSeedIfEmpty } from "./services/seed.ts";
import { RedisUnavailable } from "./plugins/limits.ts";

/** A mistake in the settings or the database: one line that says what to do, no stack trace. */
function cannotStart(message: string): never {
  console.error(`cannot start: ${message}`);
  process.exit(1);
}

// `npm start -- --help`: the settings are environment variables, not arguments.
const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log("npm start (or npm run dev)\n\nServes the API. It takes no arguments: every setting is an environment variable (PORT, HOST, DATABASE_URL, LOG_LEVEL, ...), listed in the README under Configuration. `npm start` migrates the database and builds first.");
  process.exit(0);
}
if (args.length) cannotStart(`unknown argument ${args[0]}: the server takes no arguments; settings are environment variables (see --help)`);

let config: Config;
/** The database, as the log names it: a file, or a PostgreSQL URL without its password. */
let file: string;
let postgres = false;
try {
  config = loadConfig();
  postgres = databaseLocation(config.DATABASE_URL).engine === "postgresql";
  if (postgres) {
    await checkPostgres(config.DATABASE_URL);
    file = withoutPassword(config.DATABASE_URL);
  } else file = checkDatabaseFile(config.DATABASE_URL, { readOnly: config.READ_ONLY });
} catch (err) {
  if (err instanceof ConfigError || err instanceof DatabaseProblem) cannotStart(err.message);
  throw err;
}

const explained = (err: unknown) => {
  if (err instanceof RedisUnavailable) cannotStart(err.message);
  const why = postgres ? explainPostgresError(err, config.DATABASE_URL) : explainSqliteError(err, file);
  if (why) cannotStart(why);
  throw err;
};
const app = await buildApp(config).catch(explained);

if (config.READ_ONLY) app.log.info({ database: file }, `read-only mode (READ_ONLY=true): the database ${file} is open read-only; reads are served, every write gets a 503`);
else if (config.SEED_ON_EMPTY) {
  const loaded = await loadSeedIfEmpty(app.prisma).catch(explained);
  if (loaded) app.log.info(loaded, "database was empty: loaded the seed");
}

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    const timer = setTimeout(() => process.exit(1), 10_000).unref();
    app.close().then(
      () => { clearTimeout(timer); process.exit(0); },
      (err) => { app.log.error({ err }, "shutdown failed"); process.exit(1); },
    );
  });
}

try {
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  const base = config.PUBLIC_URL ?? address;
  app.log.info({ docs: `${base}/docs`, database: file }, `serving the API at ${base}/v1; docs at ${base}/docs; database ${file}`);
} catch (err) {
  app.log.error({ err }, "could not start");
  process.exit(1);
}
