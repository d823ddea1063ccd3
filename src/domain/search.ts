// The `q` search syntax, translated into a safe FTS5 expression and the same
// search as a PostgreSQL tsquery. Users write words (all must appear),
// "quoted phrases", prefix* and OR between two terms. The input is parsed
// once into terms, and each engine's text is written from those: every word
// is re-quoted, so no input can reach FTS5's own syntax (column filters, NEAR,
// ^, parentheses) or tsquery's (!, <N>, weights), or make either fail.

const TERM = /[\p{L}\p{N}]+/gu;

/** A phrase of one or more words; a prefix phrase's last word is a prefix. */
type Phrase = { words: string[]; prefix: boolean };

/** A search as each engine writes it (see search.ts): FTS5's MATCH expression and PostgreSQL's tsquery text. */
export type SearchExpressions = {
  /** The FTS5 expression, for `x_fts MATCH ?`. */
  expression: string;
  /**
   * The tsquery text, its words quoted as typed: the database folds them as it
   * folds the documents' words (fts_query, in the PostgreSQL migration
   * full_text_search), so the case and diacritics rules live in one place.
   */
  tsquery: string;
};

/** The terms of a search, all required, each a list of phrases of which any may match (OR); or an error message saying what to fix. */
function parse(input: string): { terms: Phrase[][] } | { error: string } {
  if ((input.match(/"/g) ?? []).length % 2 === 1) return { error: 'has an unclosed quote: close each "phrase" with a second "' };
  const terms: Phrase[][] = [];
  let pendingOr = false;
  const pattern = /"([^"]*)"|(\S+)/g;
  for (let m = pattern.exec(input); m; m = pattern.exec(input)) {
    if (m[2] === "OR") {
      if (terms.length === 0 || pendingOr) return { error: "has an OR that does not stand between two terms" };
      pendingOr = true;
      continue;
    }
    const words = (m[1] ?? m[2]).match(TERM);
    if (!words) continue;
    const phrase = { words, prefix: m[1] === undefined && /\*$/.test(m[2]) };
    if (pendingOr) {
      terms[terms.length - 1].push(phrase);
      pendingOr = false;
    } else terms.push([phrase]);
  }
  if (pendingOr) return { error: "has an OR that does not stand between two terms" };
  if (terms.length === 0) return { error: "must contain at least one word (letters or digits)" };
  return { terms };
}

/** FTS5: a phrase in double quotes (FTS5 tokenizes it as it tokenized the text), `*` after it for a prefix. */
function fts5(terms: Phrase[][]): string {
  const phrase = (p: Phrase) => `"${p.words.join(" ")}"${p.prefix ? "*" : ""}`;
  return terms.map((t) => (t.length > 1 ? `(${t.map(phrase).join(" OR ")})` : phrase(t[0]))).join(" AND ");
}

/**
 * tsquery: each word a quoted lexeme (quotes and backslashes doubled, though
 * words are letters and digits only), a phrase's words joined by `<->` (the
 * next position), `:*` after the last word of a prefix, `|` between the
 * phrases of an OR (in parentheses, as `&` binds more tightly) and `&`
 * between terms.
 */
function tsquery(terms: Phrase[][]): string {
  const lexeme = (w: string) => `'${w.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
  const phrase = (p: Phrase) => p.words.map(lexeme).join(" <-> ") + (p.prefix ? ":*" : "");
  return terms.map((t) => (t.length > 1 ? `(${t.map(phrase).join(" | ")})` : phrase(t[0]))).join(" & ");
}

/** The search for a user's query in each engine's syntax, or an error message saying what to fix. */
export function toSearchExpressions(input: string): SearchExpressions | { error: string } {
  const parsed = parse(input);
  return "error" in parsed ? parsed : { expression: fts5(parsed.terms), tsquery: tsquery(parsed.terms) };
}

/** The FTS5 expression for a user's query, or an error message saying what to fix. */
export function toFtsExpression(input: string): { expression: string } | { error: string } {
  const r = toSearchExpressions(input);
  return "error" in r ? r : { expression: r.expression };
}
