// The baseline on PostgreSQL: bare node:http and a pg pool running exactly the
// statements our server sent for a request (captured by the harness, see
// bench/pg-bench.ts), in the same order on one client, as named statements
// where the server named them (planned once per connection), and
// JSON.stringify on the rows. No framework, no validation, no query building.
// Usage: node --import tsx bench/pg-baseline.ts DATABASE_URL PLAN_FILE PORT
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import pg from "pg";
import type { PgStep } from "./pg-bench.ts";

const [url, planFile, port] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile, "utf8")) as Record<string, PgStep[][]>;
// The server's read pool has 10 connections; idle ones are kept, so that a window does not pay for reconnecting
// after the server's window (the server's pool closes its idle ones after 10 s: `--duration` above 10 pays that).
const pool = new pg.Pool({ connectionString: url, max: 10, idleTimeoutMillis: 0 });
pool.on("error", () => {});

/** A step as pg sends it: a bare string (simple protocol), parameters (extended), or a named statement. */
const configOf = (s: PgStep, k: number): string | pg.QueryConfig =>
  s.name ? { name: `b${k}`, text: s.sql, values: s.params } : s.params ? { text: s.sql, values: s.params } : s.sql;
const names = new Map<string, number>();
const configs = Object.fromEntries(
  Object.entries(plan).map(([name, requests]) => [name, requests.map((steps) => steps.map((s) => configOf(s, names.get(s.sql) ?? names.set(s.sql, names.size).get(s.sql)!)))]),
);

createServer(async (req, res) => {
  // /case/<name>/<k>: run the k-th captured request of a case.
  const [, , name, k] = (req.url ?? "").split("/");
  const steps = configs[name]?.[Number(k) % (configs[name]?.length || 1)];
  if (!steps) {
    res.writeHead(404).end();
    return;
  }
  let client: pg.PoolClient | undefined;
  try {
    client = await pool.connect();
    const results = [];
    for (const s of steps) results.push((await client.query(s)).rows);
    client.release();
    const body = JSON.stringify({ data: results });
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) }).end(body);
  } catch (err) {
    client?.release(err as Error);
    res.writeHead(500).end(String(err));
  }
}).listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
