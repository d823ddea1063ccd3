// Redis for tests: TEST_REDIS_URL, or redis://127.0.0.1:6379 (every machine of
// this project runs one). Without one, the tests that need it are skipped and say why.
import { Redis } from "ioredis";

export const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** Why Redis tests cannot run here, or false when they can. */
export const REDIS_UNAVAILABLE: string | false = await (async () => {
  const r = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null });
  r.on("error", () => {});
  try {
    await r.connect();
    await r.ping();
    return false;
  } catch (err) {
    return `no Redis answers at ${REDIS_URL} (${(err as Error).message}): set TEST_REDIS_URL to one`;
  } finally {
    r.disconnect();
  }
})();
