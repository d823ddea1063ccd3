// Raw HTTP over a socket, for requests no client library sends: an
// absolute-form request line, a forged Host, a malformed header, a body that
// trickles in.
import { connect } from "node:net";
import type { Test } from "tap";
import type { build } from "./build.ts";

/** Listens on a free port of 127.0.0.1 (closed with the app) and returns the port. */
export async function listen(app: Awaited<ReturnType<typeof build>>): Promise<number> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  return (app.server.address() as { port: number }).port;
}

export type RawResponse = { status: number; headers: Record<string, string>; body: string; raw: string };

export function parseRaw(raw: string): RawResponse {
  const end = raw.indexOf("\r\n\r\n");
  const [statusLine, ...lines] = raw.slice(0, end < 0 ? raw.length : end).split("\r\n");
  const headers: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf(":");
    headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
  }
  return { status: Number(statusLine.split(" ")[1]), headers, body: end < 0 ? "" : raw.slice(end + 4), raw };
}

/**
 * Writes `parts` (with `gapMs` between them) and reads until the server closes
 * the connection or `timeoutMs` passes; the answer, with when it came.
 */
export function rawRequest(port: number, parts: string | string[], opts: { gapMs?: number; timeoutMs?: number } = {}): Promise<RawResponse & { ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let raw = "";
    let firstByte = 0;
    const timer = setTimeout(() => socket.destroy(), opts.timeoutMs ?? 10_000);
    socket.on("data", (d) => {
      if (!firstByte) firstByte = Date.now();
      raw += d.toString("latin1");
    });
    socket.on("error", (err) => (raw ? undefined : reject(err)));
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ ...parseRaw(raw), ms: (firstByte || Date.now()) - started });
    });
    const list = typeof parts === "string" ? [parts] : parts;
    let i = 0;
    const next = () => {
      if (socket.destroyed) return;
      if (i < list.length) socket.write(list[i++], () => setTimeout(next, opts.gapMs ?? 0));
    };
    socket.on("connect", next);
  });
}

/** One request with `Connection: close`, its headers given whole. */
export const request = (port: number, head: string) => rawRequest(port, `${head}\r\nConnection: close\r\n\r\n`);

export type { Test };
