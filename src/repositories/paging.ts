// Keyset paging over a table ordered by id. Cursors are opaque to clients.
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId })).toString("base64url");
}

/** Returns the id to continue after, or null when the cursor is not one of ours. */
export function decodeCursor(cursor: string): string | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return typeof v?.after === "string" ? v.after : null;
  } catch {
    return null;
  }
}
