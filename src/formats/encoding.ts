// A dataset file's text encoding. Files are read as UTF-8 unless their sender
// names another charset; bytes that are not valid in it stop the read, saying
// where: a Latin-1 file read as UTF-8 would otherwise be stored with U+FFFD in
// place of every accented letter. The same rule for a request body, a spooled
// import job and the import command.
import { Transform } from "node:stream";
import { Problem } from "../domain/problems.ts";

/** The charset a Content-Type names, or UTF-8. */
export const charsetOf = (contentType: string | undefined) => /;\s*charset="?([\w.:-]+)"?/i.exec(contentType ?? "")?.[1] ?? "utf-8";

export const unknownCharset = (charset: string) =>
  new Problem(400, "unknown_charset", `The Content-Type names the charset "${charset}", which this server does not know: send UTF-8, or name the file's charset (iso-8859-1, windows-1252, utf-16le, ...).`);

export const badEncoding = (encoding: string, line: number) =>
  new Problem(400, "bad_encoding", `The file is not valid ${encoding} (line ${line} holds bytes that are not); nothing was written. Convert it to UTF-8, or name its charset: Content-Type: text/csv; charset=iso-8859-1.`);

/** A strict decoder for `charset`, or the 400 that says the charset is unknown. */
function decoderFor(charset: string): TextDecoder {
  try {
    return new TextDecoder(charset, { fatal: true });
  } catch {
    throw unknownCharset(charset);
  }
}

/** The line of the first byte of `bytes` that is not valid UTF-8 (where a lenient decoder puts U+FFFD), counting from `firstLine`. */
function lineOfBadByte(bytes: Buffer, firstLine: number): number {
  const text = new TextDecoder("utf-8").decode(bytes);
  const at = text.indexOf("\uFFFD");
  return firstLine + (at < 0 ? 0 : text.slice(0, at).split("\n").length - 1);
}

/** A whole body as text in `charset`; throws the 400 that says what is wrong with it. */
export function decodeText(body: Buffer, charset = "utf-8"): string {
  const decoder = decoderFor(charset);
  try {
    return decoder.decode(body);
  } catch {
    throw badEncoding(decoder.encoding, lineOfBadByte(body, 1));
  }
}

/**
 * A stream that reads bytes in `charset` and passes on the same text as UTF-8,
 * failing with the bad_encoding problem at the first byte that is not valid.
 * Throws unknown_charset at once for a charset it does not know.
 */
export function toUtf8(charset = "utf-8"): Transform {
  const decoder = decoderFor(charset);
  let line = 1;
  const passOn = (chunk: Buffer | undefined, stream: boolean) => {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream });
    } catch {
      throw badEncoding(decoder.encoding, chunk ? lineOfBadByte(chunk, line) : line);
    }
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) line++;
    return text;
  };
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        done(null, Buffer.from(passOn(chunk, true), "utf8"));
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done) {
      try {
        const rest = passOn(undefined, false);
        done(null, rest ? Buffer.from(rest, "utf8") : undefined);
      } catch (err) {
        done(err as Error);
      }
    },
  });
}
