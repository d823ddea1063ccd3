// Watches every statement a connection runs, however it was prepared (cached,
// raw mode, pluck): each runs through Statement#all or #get. Restored when the
// test ends.
import type Database from "better-sqlite3";

type Watched = { source: string; database: Database.Database };

export function watchStatements(t: { teardown: (fn: () => void) => void }, db: Database.Database, seen: (stmt: Watched) => void) {
  const Statement = Object.getPrototypeOf(db.prepare("SELECT 1")) as Record<"all" | "get", (...a: unknown[]) => unknown>;
  for (const method of ["all", "get"] as const) {
    const original = Statement[method];
    Statement[method] = function (this: Watched, ...a: unknown[]) {
      if (this.database === db) seen(this);
      return original.apply(this, a);
    };
    t.teardown(() => void (Statement[method] = original));
  }
}
