// Representations of a list: JSON (default), CSV (RFC 4180), GeoJSON for
// events, and NDJSON, which streams every matching record in constant memory;
// and the datasets' formats (ACLED CSV and PLOVER JSONL for events, JSON-LD for
// claims), which stream too (src/formats/).
import { Readable } from "node:stream";
import type { FastifyReply, FastifyRequest } from "fastify";
import { neutralise } from "../../formats/csv.ts";

import { MEDIA_TYPES, type Format } from "../../domain/media-types.ts";

export { MEDIA_TYPES, type Format };

/** `format=` wins; otherwise the first media type of the Accept header that this list offers; otherwise JSON. */
export function formatOf(req: FastifyRequest, given: string | undefined, offered: readonly string[]): Format {
  if (given) return given as Format;
  const accept = req.headers.accept ?? "";
  const wanted = accept
    .split(",")
    .map((part, i) => {
      const [type, ...params] = part.trim().toLowerCase().split(";");
      const qv = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { type: type.trim(), q: qv ? Number(qv.slice(2)) : 1, i };
    })
    .filter((w) => w.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const w of wanted) {
    const f = (Object.keys(MEDIA_TYPES) as Format[]).find((k) => MEDIA_TYPES[k] === w.type);
    if (f && offered.includes(f)) return f;
    if (w.type === "application/json" || w.type === "*/*" || w.type === "application/*") return "json";
  }
  return "json";
}

/** One CSV field: formulas neutralised; quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text: string;
  // annotations (a list of objects): JSON, which keeps each reason whole.
  if (Array.isArray(value)) text = value.length ? JSON.stringify(value) : "";
  else if (typeof value === "object") {
    // external_ids: scheme:value pairs, separated by semicolons.
    text = neutralise(Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}:${v}`).join(";"));
  } else text = neutralise(typeof value === "number" ? value : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: a header row, then one row per record, CRLF line ends. */
export function toCsv(columns: readonly string[], rows: Record<string, unknown>[]): string {
  const lines = [columns.join(",")];
  for (const r of rows) lines.push(columns.map((c) => csvField(r[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * Lets the event loop run (timers, other sockets) before the next chunk. A
 * stream whose writes the socket keeps accepting (a client on a fast link)
 * would otherwise make every chunk in microtasks and never give the loop a
 * turn: other requests waited for the whole export (1.3–2 s for 100k events),
 * and the overload check, seeing no loop at all, answered 503 after it.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** NDJSON: one record per line, streamed batch by batch as the client reads. */
export function ndjsonStream(batches: AsyncIterable<object[]>): Readable {
  async function* lines() {
    for await (const batch of batches) {
      let chunk = "";
      for (const record of batch) chunk += `${JSON.stringify(record)}\n`;
      yield chunk;
      await nextTurn();
    }
  }
  return Readable.from(lines(), { objectMode: false });
}

type Page = { data: Record<string, unknown>[]; page: { limit: number; next_cursor: string | null; total: number } };

/** Sends a page as CSV, with the paging in headers (the body has no room for it). */
export function sendCsv(reply: FastifyReply, columns: readonly string[], result: Page) {
  reply.header("x-total-count", String(result.page.total));
  if (result.page.next_cursor) reply.header("x-next-cursor", result.page.next_cursor);
  return reply.type("text/csv; charset=utf-8; header=present").send(toCsv(columns, result.data));
}

declare module "fastify" {
  interface FastifyInstance {
    /**
     * The app's exports being streamed now. Shutdown ends them (a preClose hook
     * in app.ts): a client that stops reading an export without closing its
     * connection would otherwise keep the server from closing, and keep the
     * export's statement (and its read snapshot) open.
     */
    activeExports: Set<Readable>;
  }
}

function tracked(reply: FastifyReply, stream: Readable): Readable {
  const active = reply.server.activeExports;
  active.add(stream);
  stream.once("close", () => active.delete(stream));
  return stream;
}

export function sendNdjson(reply: FastifyReply, batches: AsyncIterable<object[]>) {
  return reply.type("application/x-ndjson; charset=utf-8").send(tracked(reply, ndjsonStream(batches)));
}

/** Streams an exporter's text chunks (src/formats/) as the client reads them. */
export function sendChunks(reply: FastifyReply, format: "acled" | "plover" | "jsonld", chunks: AsyncIterable<string>) {
  const type = { acled: "text/csv; charset=utf-8; header=present; profile=acled", plover: "application/x-ndjson; charset=utf-8; profile=plover", jsonld: "application/ld+json; charset=utf-8" }[format];
  return reply.type(type).send(tracked(reply, Readable.from(chunks, { objectMode: false })));
}

/**
 * Records for an exporter, batch by batch: the read path picks the ids (every
 * filter and the sort apply), an exporter's loader reads their shape, and they
 * come out in the ids' order. Memory holds one batch.
 */
export async function* inOrder<T>(batches: AsyncIterable<string[]>, load: (ids: string[]) => AsyncIterable<T>, idOf: (record: T) => string): AsyncGenerator<T> {
  for await (const ids of batches) {
    await nextTurn(); // see nextTurn
    const loaded = new Map<string, T>();
    for await (const record of load(ids)) loaded.set(idOf(record), record);
    for (const id of ids) {
      const record = loaded.get(id);
      if (record !== undefined) yield record;
    }
  }
}

/** The CSV columns: the collection's own fields (those `fields=` names, with id), flattened. */
export function csvColumns(all: readonly string[], fields: readonly string[] | undefined, extra: readonly string[] = []): string[] {
  const base = fields ? all.filter((c) => c === "id" || fields.includes(c)) : [...all];
  return [...base, ...extra];
}
