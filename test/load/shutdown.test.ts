// SIGTERM on the real server: it stops taking connections, lets a request in
// progress finish, and closes the connections that carry no request, then
// exits 0. Before, a connection that had never sent a request (fetch's pool and
// browsers open spare ones) held close() until the 10 s safety timer exited 1.
import t from "tap";
import { connect, type Socket } from "node:net";
import { buildApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { copyDatabase } from "../helpers/build.ts";
import { tokenIn } from "../helpers/keys.ts";
import { startServer } from "../helpers/server.ts";

const open = (port: number) =>
  new Promise<Socket>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => resolve(socket)).once("error", reject);
  });

/** Everything the server sends on the socket until it closes it. */
const received = (socket: Socket) =>
  new Promise<string>((resolve) => {
    let text = "";
    socket.setEncoding("utf8").on("data", (d) => (text += d));
    socket.once("close", () => resolve(text));
  });

t.test("shutdown finishes a request in progress and closes connections that carry none", async (t) => {
  const file = copyDatabase(t);
  const token = await tokenIn(file, "shutdown test");

  const server = await startServer(t, file);
  const port = Number(new URL(server.base).port);

  // A connection that never sends anything.
  const silent = await open(port);
  const silentClosed = received(silent);

  // A write whose body is half sent when SIGTERM arrives.
  const body = JSON.stringify({ id: "plc_oulu", name: "Oulu", kind: "city", country: "FIN", geo_precision: "locality" });
  const writer = await open(port);
  const answer = received(writer);
  writer.write(
    `POST /v1/places HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
  );
  await new Promise((r) => setTimeout(r, 300));

  const stopped = server.stop(); // SIGTERM
  await new Promise((r) => setTimeout(r, 300));
  writer.write(body.slice(10));

  t.match(await answer, /^HTTP\/1\.1 201 /, "the write in progress was answered 201 after SIGTERM");
  t.equal(await silentClosed, "", "the silent connection was closed without an answer");
  await stopped;
  t.equal(server.child.exitCode, 0, "the server exited 0 (the safety timer exits 1)");
  t.notMatch(server.output(), /shutdown failed|request failed/, "nothing failed on the way");

  // The write landed.
  const check = await buildApp(loadConfig({}, { DATABASE_URL: `file:${file}`, LOG_LEVEL: "silent" }));
  t.teardown(() => check.close());
  const res = await check.inject({ method: "GET", url: "/v1/places/plc_oulu" });
  t.equal(res.statusCode, 200, "the place written during shutdown is stored");
});
