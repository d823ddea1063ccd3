// Starts the API: loads the seed into an empty database, then listens until
// SIGINT or SIGTERM, when it stops taking requests and finishes those in flight.
// Migrations run before this (`npm start` runs `prisma migrate deploy` first).
import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import { loadSeedIfEmpty } from "./services/seed.ts";

const config = loadConfig();
const app = await buildApp(config);

if (config.SEED_ON_EMPTY) {
  const loaded = await loadSeedIfEmpty(app.prisma);
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
  await app.listen({ port: config.PORT, host: config.HOST });
} catch (err) {
  app.log.error({ err }, "could not start");
  process.exit(1);
}
