// Reads run in raw mode and make their row objects with a compiled function
// (rowMaker, src/db/query.ts). Its objects must be what better-sqlite3 itself
// would have made from the same statement.
import t from "tap";
import Database from "better-sqlite3";
import { rowMaker } from "../../src/db/sqlite-reader.ts";

t.test("rows are the objects better-sqlite3 makes, with the same keys in the same order", async (t) => {
  const db = new Database(":memory:");
  t.teardown(() => db.close());
  const text = `SELECT 1 AS id, 'a' AS name, NULL AS note, 2.5 AS x, 'first' AS dup, 'last' AS dup, x'00ff' AS blob`;
  const expected = db.prepare(text).get() as Record<string, unknown>;
  const stmt = db.prepare(text).raw(true);
  const made = rowMaker(stmt.columns().map((c) => c.name))(stmt.get() as unknown[]);
  t.same(made, expected);
  t.same(Object.keys(made), Object.keys(expected), "a name given twice keeps its first place");
  t.equal(made.dup, "last", "and its last value");
});

t.test("a column's name is data, never code, and never sets the prototype", async (t) => {
  const names = ["__proto__", `"); throw new Error("injected`, "constructor", "a\nb"];
  const row = rowMaker(names)([1, 2, 3, 4]);
  t.same(Object.keys(row), names);
  t.equal(Object.getPrototypeOf(row), Object.prototype);
  t.equal(row.__proto__ as unknown, 1, "__proto__ is an own property");
  t.equal(row[names[1]], 2);
});
