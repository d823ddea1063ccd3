// Keyset cursors. A cursor names the sort it belongs to, the last row's sort
// key and its id; it is base64url JSON followed by an HMAC of that payload, so
// a client cannot forge or edit one, and a cursor from another sort is refused.
import { createHmac, timingSafeEqual } from "node:crypto";

export type Position = { sort: string; key: string | number | null; id: string };

export class CursorCodec {
  constructor(private readonly secret: string) {}

  private tag(payload: string): string {
    return createHmac("sha256", this.secret).update(payload).digest().subarray(0, 16).toString("base64url");
  }

  encode(p: Position): string {
    const payload = Buffer.from(JSON.stringify([p.sort, p.key, p.id])).toString("base64url");
    return `${payload}.${this.tag(payload)}`;
  }

  /**
   * The position, or null when the cursor is malformed or was not signed with
   * our secret. The signature is compared as text, character for character:
   * decoding it first would let through other spellings of the same bytes
   * (characters appended that base64 skips, different unused low bits).
   */
  decode(cursor: string): Position | null {
    const [payload, tag, extra] = cursor.split(".");
    if (!payload || !tag || extra !== undefined || !/^[A-Za-z0-9_-]+$/.test(payload)) return null;
    const given = Buffer.from(tag);
    const expected = Buffer.from(this.tag(payload));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const v = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
      if (!Array.isArray(v) || v.length !== 3 || typeof v[0] !== "string" || typeof v[2] !== "string") return null;
      if (v[1] !== null && typeof v[1] !== "string" && typeof v[1] !== "number") return null;
      return { sort: v[0], key: v[1], id: v[2] };
    } catch {
      return null;
    }
  }
}
