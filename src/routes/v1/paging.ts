import { Problem } from "../../plugins/problems.ts";
import { decodeCursor } from "../../repositories/paging.ts";

/** The position a `cursor` parameter points after, or a 400 naming the parameter. */
export function afterCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  const after = decodeCursor(cursor);
  if (after === null)
    throw new Problem(400, "invalid_request", "query cursor: is not a cursor this API issued; pass page.next_cursor unchanged", {
      errors: [{ in: "query", name: "cursor", message: "must be a page.next_cursor value, unchanged" }],
    });
  return after;
}
