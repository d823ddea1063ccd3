import { z } from "zod";

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Every setting comes from the environment; the README lists them all. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: z.string().default("file:./data/conflict.db"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SQLITE_SYNCHRONOUS: z.enum(["OFF", "NORMAL", "FULL", "EXTRA"]).default("NORMAL"),
  PUBLIC_URL: z.string().optional(),
  SEED_ON_EMPTY: bool.default(true),
  READ_REQUIRES_KEY: bool.default(false),
  /** Signs page cursors. Set it in production, so that cursors cannot be forged and survive restarts of every instance alike. */
  CURSOR_SECRET: z.string().min(16, "must be at least 16 characters").default("conflict-records-cursor-secret-change-me"),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, ...overrides };
}
