// npm run keys -- create --name NAME --scopes read,write[,admin]
//                 list
//                 revoke ID
// Manages API keys in DATABASE_URL. A new token is printed once and never again.
import { openPrismaFor } from "../src/db/prisma.ts";
import { cli, database } from "./cli.ts";
import { createKey, listKeys, parseScopes, revokeKey } from "../src/services/keys.ts";

const USAGE = "usage: npm run keys -- create --name NAME --scopes read,write[,admin] | list | revoke ID";
const { positionals, values } = cli({ usage: `${USAGE}\n\nManages the API keys of DATABASE_URL's database. A new key's token is printed once, and only its hash is stored.`, options: { name: { type: "string" }, scopes: { type: "string" } }, positionals: { min: 1, max: 2 } });
const prisma = openPrismaFor((await database({ postgres: true })).config.DATABASE_URL);
try {
  const [command, arg] = positionals;
  if (command === "create" && values.name && values.scopes) {
    const key = await createKey(prisma, values.name, parseScopes(values.scopes));
    console.log(`created ${key.id} (${key.name}, scopes ${key.scopes.join(",")}). The token is shown only now:\n${key.token}`);
  } else if (command === "list") {
    for (const k of await listKeys(prisma))
      console.log([k.id, k.name, k.scopes, `created ${k.created_at}`, k.revoked_at ? `revoked ${k.revoked_at}` : "active"].join("\t"));
  } else if (command === "revoke" && arg) {
    if (!(await revokeKey(prisma, arg))) throw new Error(`no active key has the id ${arg}`);
    console.log(`revoked ${arg}`);
  } else {
    console.error(USAGE);
    process.exitCode = 2;
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
