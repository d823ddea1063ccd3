// Signs and checks page cursors (see src/repositories/paging.ts) with
// CURSOR_SECRET or, when it is not set, with a random secret made on the first
// start and kept in the database, so that every instance on the file signs
// alike and no one can forge a cursor with a value known from the source.
import { randomBytes } from "node:crypto";
import fp from "fastify-plugin";
import { CursorCodec } from "../repositories/paging.ts";
import { storedSecret } from "../services/settings.ts";

declare module "fastify" {
  interface FastifyInstance {
    cursors: CursorCodec;
  }
}

export default fp(
  async (app, opts: { secret?: string }) => {
    const secret = opts.secret ?? (await storedSecret(app.prisma, "cursor_secret", () => randomBytes(32).toString("base64url")));
    app.decorate("cursors", new CursorCodec(secret));
  },
  { name: "cursors", dependencies: ["db"] },
);
