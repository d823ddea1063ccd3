/**
 * Characters a text field refuses: a lone UTF-16 surrogate (not Unicode at all:
 * it cannot be stored or sent as UTF-8), NUL and the other C0 control
 * characters but tab, line feed and carriage return, and DEL. They are
 * invisible, cut C strings short and break terminals and CSV readers.
 * Bidirectional controls and zero-width characters are kept: right-to-left
 * names and Persian or Indic text need them, and a quote is verbatim
 * (README, "Text fields").
 */
const LONE_SURROGATE = /\p{Cs}/u;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Why a text cannot be stored, or null when it can. */
export function textProblem(text: string): string | null {
  let m = LONE_SURROGATE.exec(text);
  if (m) return `holds a lone UTF-16 surrogate (\\u${m[0].charCodeAt(0).toString(16)} at character ${m.index + 1}), which is not Unicode text: send well-formed UTF-8, or escape pairs whole`;
  m = CONTROL.exec(text);
  if (m) return `holds the control character U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} at character ${m.index + 1}: text may hold tab and line breaks, not other control characters`;
  return null;
}

/** Bidirectional controls, zero-width characters and other invisible format characters (Unicode Cf): matching ignores them. */
const INVISIBLE = /\p{Cf}+/gu;

/** Folds a name for matching: Unicode NFKD, no diacritics, no invisible format characters, lower case, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(INVISIBLE, "")
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
