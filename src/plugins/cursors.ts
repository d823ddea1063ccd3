// Signs and checks page cursors (see src/repositories/paging.ts) with
// CURSOR_SECRET or, when it is not set, with a random secret made on the first
// start and kept in the database, so that every instance on the file signs
// alike and no one can forge a cursor with a value known from the source.
import { randomBytes } from "node:crypto";
import fp from "fastify-plugin";
import { CursorCodec } from "../repositories/paging.ts";
import { storedSetting } from "../repositories/settings.ts";
import { storedSecret } from "../services/settings.ts";

declare module "fastify" {
  interface FastifyInstance {
    cursors: CursorCodec;
  }
}

export default fp(
  async (app, opts: { secret?: string }) => {
    const make = () => randomBytes(32).toString("base64url");
    let secret = opts.secret;
    if (!secret && app.readOnly) {
      // Read-only, the secret cannot be stored: the stored one, or one for this process alone.
      secret = await storedSetting(app.reader, "cursor_secret");
      if (!secret) app.log.warn("READ_ONLY=true and no cursor secret is stored in the database (no server has written to it): page cursors are signed with a secret of this process, valid until it stops. Set CURSOR_SECRET to share them between instances.");
    }
    secret ??= app.readOnly ? make() : await storedSecret(app.prisma, "cursor_secret", make);
    app.decorate("cursors", new CursorCodec(secret));
  },
  { name: "cursors", dependencies: ["db"] },
);
