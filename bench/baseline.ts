// The baseline: bare node:http and prepared better-sqlite3 statements running
// exactly the SQL our server runs for a request (captured by the harness), and
// JSON.stringify on the rows. No framework, no validation, no query building.
// Usage: node --import tsx bench/baseline.ts DB_FILE PLAN_FILE PORT
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";

type Step = { sql: string; params: unknown[]; mode: "all" | "get" };
const [file, planFile, port] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile, "utf8")) as Record<string, Step[][]>;
const db = new Database(file, { readonly: true });
db.pragma("busy_timeout = 5000");
const statements = new Map<string, Database.Statement>();
const prepare = (sql: string) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)!;

createServer((req, res) => {
  // /case/<name>/<k>: run the k-th captured request of a case.
  const [, , name, k] = (req.url ?? "").split("/");
  const steps = plan[name]?.[Number(k) % (plan[name]?.length || 1)];
  if (!steps) {
    res.writeHead(404).end();
    return;
  }
  const results = steps.map((s) => (s.mode === "get" ? prepare(s.sql).get(...s.params) : prepare(s.sql).all(...s.params)));
  const body = JSON.stringify({ data: results });
  res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) }).end(body);
}).listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
