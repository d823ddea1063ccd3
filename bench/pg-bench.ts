// The PostgreSQL side of `npm run bench -- --engine postgres`: a database per
// dataset size, the statements the server sends for a request, and the CPU
// time PostgreSQL spends for them.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { withoutPassword } from "../src/db/location.ts";
import { loadIntoPostgres } from "./pg-load.ts";

/** One statement as the server sent it: `params` absent for a bare string (simple protocol), `name` for a named statement. */
export type PgStep = { sql: string; params?: unknown[]; name?: boolean };

const log = (...a: unknown[]) => console.error(...a);

/** The URL of `database` on the server `adminUrl` names. */
export const databaseUrl = (adminUrl: string, database: string) => {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
};

/**
 * The database `bench_<events>` on `adminUrl`'s server, made, migrated and loaded (COPY from the generated
 * SQLite file) when missing or empty, reused otherwise. One holding another number of events is an error:
 * its figures would not be this size's.
 */
export async function ensureDatabase(adminUrl: string, events: number, sqliteFile: string): Promise<string> {
  const name = `bench_${events}`;
  const url = databaseUrl(adminUrl, name);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      log(`creating database ${name}`);
      await admin.query(`CREATE DATABASE "${name}"`);
    }
  } finally {
    await admin.end();
  }
  // As `npm start` does: a database made before a new migration gets it.
  execFileSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "ignore", "inherit"] });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows: [held] } = await client.query<{ n: string }>("SELECT count(*)::text AS n FROM events").finally(() => client.end());
  if (Number(held.n) === 0) {
    log(`copying ${sqliteFile} into ${withoutPassword(url)}`);
    const loaded = await loadIntoPostgres(sqliteFile, url);
    log(`${loaded.records} records in ${loaded.seconds.toFixed(1)} s (${Math.round(loaded.recordsPerSecond)} records/s)`);
  } else if (Number(held.n) !== events) {
    throw new Error(`${withoutPassword(url)} holds ${held.n} events, not ${events}: drop it (DROP DATABASE "${name}") and run again`);
  }
  return url;
}

/**
 * Runs each target through the app in-process on `url`, recording every statement pg sends and its parameters.
 * The hook is pg's own Client.prototype.query, which every path to the database goes through (the read pool,
 * a snapshot's client, Prisma's adapter): it sees the text and values exactly as sent, in order, including the
 * snapshot's BEGIN and COMMIT and the data version's read, which are work PostgreSQL does for the request too.
 * (log_statement would see the same, but in a server log shared with every other client of the server, and it
 * prints a named statement's parameters apart from its text.) The requests run one at a time, so every
 * statement between the start and the end of one belongs to it.
 */
export async function capturePgPlan(url: string, cases: Record<string, string[]>): Promise<Record<string, PgStep[][]>> {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const query = proto.query;
  let steps: PgStep[] = [];
  proto.query = function (this: unknown, config: unknown, values?: unknown, ...rest: unknown[]) {
    if (typeof config === "string") steps.push(Array.isArray(values) ? { sql: config, params: values } : { sql: config });
    else if (config && typeof (config as pg.QueryConfig).text === "string") {
      const c = config as pg.QueryConfig;
      const params = c.values ?? (Array.isArray(values) ? values : undefined);
      steps.push({ sql: c.text, ...(params ? { params } : {}), ...(c.name ? { name: true } : {}) });
    }
    return query.call(this, config, values, ...rest);
  };
  const app = await buildApp(loadConfig({}, { DATABASE_URL: url, LOG_LEVEL: "silent", SEED_ON_EMPTY: false }));
  const plan: Record<string, PgStep[][]> = {};
  try {
    for (const [name, urls] of Object.entries(cases)) {
      plan[name] = [];
      for (const target of urls) {
        // Recorded on the second request, as on SQLite: the first fills what the server remembers.
        const first: PgStep[] = (steps = []);
        await app.inject({ method: "GET", url: target });
        steps = [];
        const res = await app.inject({ method: "GET", url: target });
        if (steps.length > first.length) throw new Error(`the second request of ${target} recorded ${steps.length} statements, the first ${first.length}`);
        if (res.statusCode !== 200) log(`warning: ${target} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
        if (!steps.some((s) => /^\s*(select|with)\b/i.test(s.sql) && !/pg_current_snapshot/.test(s.sql)))
          throw new Error(`no SELECT was recorded for ${target}: the plan capture no longer sees the server's statements`);
        plan[name].push(steps);
        steps = [];
      }
    }
  } finally {
    proto.query = query;
    await app.close();
  }
  return plan;
}

/** CPU seconds (user + system) of a process so far, or undefined once it has exited. */
export const cpuOfPid = (pid: number): number | undefined => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
};

/**
 * The CPU PostgreSQL spends on one database: the backends connected to it (pg_stat_activity), read from
 * /proc, so it needs the server on this machine. Only this database's backends count: the server is shared
 * with other databases' clients, whose work is not ours. A backend that opens during a window counts from
 * zero (its start is work done for us); one that exits during it loses its share (an idle pool's, ~0).
 */
export class PgCpu {
  private constructor(private readonly admin: pg.Client, private readonly database: string) {}

  static async open(url: string) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    return new PgCpu(admin, new URL(url).pathname.slice(1));
  }

  /** Seconds used so far by each backend of the database (but this one). */
  async sample(): Promise<Map<number, number>> {
    const { rows } = await this.admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [this.database]);
    const out = new Map<number, number>();
    for (const { pid } of rows) {
      const s = cpuOfPid(pid);
      if (s !== undefined) out.set(pid, s);
    }
    return out;
  }

  /** CPU seconds between two samples. */
  static between(before: Map<number, number>, after: Map<number, number>) {
    let s = 0;
    for (const [pid, t] of after) s += t - (before.get(pid) ?? 0);
    return s;
  }

  async maxConnections(): Promise<number> {
    return Number((await this.admin.query<{ max_connections: string }>("SHOW max_connections")).rows[0].max_connections);
  }

  close() {
    return this.admin.end();
  }
}
