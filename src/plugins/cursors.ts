// Signs and checks page cursors with CURSOR_SECRET (see src/repositories/paging.ts).
import fp from "fastify-plugin";
import { CursorCodec } from "../repositories/paging.ts";

declare module "fastify" {
  interface FastifyInstance {
    cursors: CursorCodec;
  }
}

export default fp(
  async (app, opts: { secret: string }) => {
    app.decorate("cursors", new CursorCodec(opts.secret));
  },
  { name: "cursors" },
);
