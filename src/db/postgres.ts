// PostgreSQL connections: a pg pool, and Prisma Client on it (the client
// generated from prisma/postgres/schema.prisma, the same models as SQLite's).
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma-pg/client.ts";
import { DatabaseProblem, withoutPassword } from "./location.ts";

export type { PrismaClient as PgPrismaClient };

/** pg's type oids of `name` and `char`, and of `text`. */
const NAME_OIDS = new Set([19, 18]);
const TEXT_OID = 25;

type Queryable = { query: (...args: never[]) => unknown };

/**
 * Makes a pg client or pool report `name` and `char` columns as `text`.
 * Prisma's schema engine (migrate deploy, migrate status, db pull) reads
 * PostgreSQL's catalogues, whose names are of type `name`, and the pg driver
 * adapter cannot map that type: "Column type 'name' could not be deserialized"
 * (prisma/orm#27403). Used by the Prisma CLI's configuration only.
 */
function namesAsText<T extends Queryable>(client: T): T {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const fix = (res: unknown) => {
    for (const r of Array.isArray(res) ? res : [res]) {
      for (const f of (r as { fields?: { dataTypeID: number }[] })?.fields ?? []) if (NAME_OIDS.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
    }
    return res;
  };
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const r = query(...args);
    return r && typeof (r as Promise<unknown>).then === "function" ? (r as Promise<unknown>).then(fix) : r;
  };
  return client;
}

type ScriptRunner = { client: pg.Pool; onError: (err: unknown) => never; executeScript: (script: string) => Promise<void> };

/**
 * The driver adapter Prisma's CLI uses on PostgreSQL. Besides namesAsText, it
 * sends a migration's script as one simple query, as psql would: the adapter's
 * own executeScript splits the script at every `;`, which cuts a function body
 * (a trigger's `BEGIN … ; … END`) into pieces that fail.
 */
export function schemaEngineAdapter(url: string): PrismaPg {
  const pool = namesAsText(new pg.Pool({ connectionString: url, max: 2 }));
  pool.on("connect", (client) => void namesAsText(client));
  const factory = new PrismaPg(pool);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = (await connect()) as unknown as ScriptRunner;
    adapter.executeScript = async (script) => {
      try {
        await adapter.client.query(script);
      } catch (err) {
        adapter.onError(err);
      }
    };
    return adapter as never;
  };
  return factory;
}

/** Prisma Client on PostgreSQL, for writes. */
export function openPrismaPg(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

/**
 * A key for pg_advisory_lock that every process of this API agrees on:
 * migrations run while it is held, so that two instances starting at once
 * apply them once.
 */
export const MIGRATION_LOCK = 0x636f6e66; // "conf"

/** A one-line explanation of a PostgreSQL error met while reaching or using `url`'s database, or null when it is not one of those. */
export function explainPostgresError(err: unknown, url: string): string | null {
  const e = err as { code?: string; message?: string };
  const where = withoutPassword(url);
  let database = "";
  try {
    database = decodeURIComponent(new URL(url).pathname.slice(1));
  } catch {
    // an unparsable URL is refused before this
  }
  const text = `${e?.code ?? ""} ${e?.message ?? ""}`;
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|Can't reach database server/i.test(text)) return `cannot reach the PostgreSQL server of DATABASE_URL (${where}): is it running, and are the host and port right?`;
  if (/\b3D000\b|database ".*" does not exist/i.test(text)) return `the PostgreSQL database "${database}" does not exist: create it (createdb ${database}), or point DATABASE_URL elsewhere`;
  if (/\b28P01\b|\b28000\b|password authentication failed|no pg_hba.conf entry|role ".*" does not exist/i.test(text)) return `PostgreSQL refused the login of DATABASE_URL (${where}): check the user and password`;
  return null;
}

/** Checks that `url`'s database can be reached and has been migrated; throws a DatabaseProblem, one line, otherwise. */
export async function checkPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS migrated");
    if (!rows[0].migrated) throw new DatabaseProblem(`the database ${withoutPassword(url)} has not been migrated: run npm run db:migrate first`);
  } catch (err) {
    if (err instanceof DatabaseProblem) throw err;
    const why = explainPostgresError(err, url);
    if (why) throw new DatabaseProblem(why);
    throw err;
  } finally {
    await client.end().catch(() => {});
  }
}
