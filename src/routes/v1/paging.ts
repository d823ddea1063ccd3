import type { FastifyInstance } from "fastify";
import { Problem } from "../../domain/problems.ts";
import type { Paging, Sorting } from "../../repositories/pages.ts";

const badCursor = (message: string) =>
  new Problem(400, "invalid_request", `query cursor: ${message}`, { errors: [{ in: "query", name: "cursor", message }] });

/**
 * The paging a list request asks for. A cursor must be one this API signed,
 * for the same `sort`; anything else is a 400 naming the parameter.
 */
export function pagingOf(app: FastifyInstance, q: { limit: number; cursor?: string; sort: Sorting }): Paging {
  let after = null;
  if (q.cursor !== undefined) {
    after = app.cursors.decode(q.cursor);
    if (after === null) throw badCursor("must be a page.next_cursor value, unchanged");
    if (after.sort !== q.sort.text) throw badCursor(`was issued for sort=${after.sort}, not sort=${q.sort.text}; keep the sort when you pass next_cursor`);
  }
  return { limit: q.limit, sort: q.sort, after, encode: (p) => app.cursors.encode(p) };
}
