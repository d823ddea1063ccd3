import { z } from "zod";
import { parseDatabaseUrl } from "./db/location.ts";

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Every setting comes from the environment; the README lists them all. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  /** `file:PATH`, an SQLite file (its folder is made when missing), or `postgresql://…` (src/db/location.ts says what each engine supports). */
  DATABASE_URL: z
    .string()
    .default("file:./data/conflict.db")
    .superRefine((url, ctx) => {
      const parsed = parseDatabaseUrl(url);
      if ("error" in parsed) ctx.addIssue({ code: "custom", message: parsed.error });
    }),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SQLITE_SYNCHRONOUS: z.enum(["OFF", "NORMAL", "FULL", "EXTRA"]).default("NORMAL"),
  /** The URL clients reach the API at (behind a proxy): absolute links and redirects start with it. */
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/, "must be an absolute http(s) URL such as https://api.example.org, with no query")
    .transform((u) => u.replace(/\/+$/, ""))
    .optional(),
  SEED_ON_EMPTY: bool.default(true),
  READ_REQUIRES_KEY: bool.default(false),
  /** Serve reads only: the database is opened read-only, nothing is written (no migrations, no seed, no stored secret), and every write gets a 503. */
  READ_ONLY: bool.default(false),
  /** Signs page cursors. Unset, a random secret is made on the first start and kept in the database (every instance on the file shares it). */
  CURSOR_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  TRUST_PROXY: bool.default(false),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1).default(1_048_576),
  /** The largest file POST /v1/imports takes: dataset exports are far larger than any record. */
  IMPORT_BODY_LIMIT_BYTES: z.coerce.number().int().min(1).default(52_428_800),
  /** A dataset file larger than this is always imported as a job (202), as with `Prefer: respond-async`. */
  IMPORT_ASYNC_ABOVE_BYTES: z.coerce.number().int().min(0).default(1_048_576),
  /** The largest file an import job takes: it is streamed to disk, never held in memory. */
  IMPORT_JOB_LIMIT_BYTES: z.coerce.number().int().min(1).default(4_294_967_296),
  /** The folder import jobs spool uploads to; by default beside the SQLite file, or for PostgreSQL in the system's temporary folder (src/imports/jobs.ts, defaultSpoolDir). */
  IMPORT_SPOOL_DIR: z.string().min(1).optional(),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(60_000),
  MAX_URL_LENGTH: z.coerce.number().int().min(16).default(4096),
  MAX_QUERY_LENGTH: z.coerce.number().int().min(0).default(2048),
  MAX_QUERY_PARAMS: z.coerce.number().int().min(0).default(50),
  RATE_LIMIT_ENABLED: bool.default(true),
  RATE_LIMIT_READ_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_WRITE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Redis, shared by every instance: with it, rate limits count across instances; without it, each instance counts alone. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, "must be a redis:// (or rediss://) URL such as redis://127.0.0.1:6379")
    .optional(),
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(1000),
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((o) => o.trim()).filter(Boolean)),
  CORS_CREDENTIALS: bool.default(false),
}).superRefine((c, ctx) => {
  if (c.CORS_CREDENTIALS && c.CORS_ORIGINS.includes("*")) {
    ctx.addIssue({ code: "custom", path: ["CORS_CREDENTIALS"], message: "cannot be true when CORS_ORIGINS is `*`: list the origins that may send credentials" });
  }
  for (const origin of c.CORS_ORIGINS) {
    if (origin !== "*" && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      ctx.addIssue({ code: "custom", path: ["CORS_ORIGINS"], message: `"${origin}" is not an origin like https://example.org (scheme and host, no path), nor *` });
    }
  }
});

export type Config = z.infer<typeof configSchema>;

/** A setting is wrong: the message names it and says what it must be, on one line. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${lines.join("; ")}`);
  }
  return { ...parsed.data, ...overrides };
}
