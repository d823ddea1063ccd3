// The `q` search syntax, translated into a safe FTS5 expression. Users write
// words (all must appear), "quoted phrases", prefix* and OR between two terms.
// Every term is re-quoted for FTS5, so no input can reach FTS5's own syntax
// (column filters, NEAR, ^, parentheses) or make it fail.

const TERM = /[\p{L}\p{N}]+/gu;

/** The FTS5 expression for a user's query, or an error message saying what to fix. */
export function toFtsExpression(input: string): { expression: string } | { error: string } {
  if ((input.match(/"/g) ?? []).length % 2 === 1) return { error: 'has an unclosed quote: close each "phrase" with a second "' };
  const parts: string[] = [];
  let pendingOr = false;
  const pattern = /"([^"]*)"|(\S+)/g;
  for (let m = pattern.exec(input); m; m = pattern.exec(input)) {
    if (m[2] === "OR") {
      if (parts.length === 0 || pendingOr) return { error: "has an OR that does not stand between two terms" };
      pendingOr = true;
      continue;
    }
    let term: string | null;
    if (m[1] !== undefined) {
      const words = m[1].match(TERM);
      term = words ? `"${words.join(" ")}"` : null;
    } else {
      const words = m[2].match(TERM);
      const prefix = /\*$/.test(m[2]);
      term = words ? `"${words.join(" ")}"${prefix ? "*" : ""}` : null;
    }
    if (term === null) continue;
    if (pendingOr) {
      parts[parts.length - 1] = `${parts[parts.length - 1]} OR ${term}`;
      pendingOr = false;
    } else parts.push(term);
  }
  if (pendingOr) return { error: "has an OR that does not stand between two terms" };
  if (parts.length === 0) return { error: "must contain at least one word (letters or digits)" };
  return { expression: parts.map((p) => (p.includes(" OR ") ? `(${p})` : p)).join(" AND ") };
}
