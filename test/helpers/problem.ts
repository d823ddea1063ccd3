// Asserts that a response is an RFC 9457 problem with the given status and
// nothing of the server's internals in it.
import type { Test } from "tap";

export function assertProblem(t: Test, res: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number, code?: string) {
  t.equal(res.statusCode, status, `HTTP ${status}`);
  t.equal(res.headers["content-type"], "application/problem+json; charset=utf-8");
  const body = JSON.parse(res.body);
  t.equal(body.status, status, "status repeats the HTTP status");
  t.type(body.title, "string");
  t.type(body.detail, "string");
  if (code) t.equal(body.code, code);
  t.notMatch(res.body, /at \/|\.ts:|SQLITE|Prisma|P20\d\d|SELECT /, "no stack trace, SQL or ORM code");
  return body;
}
