// GET /: where a person who opens the server's address starts. It points to
// the docs, the OpenAPI document, and the README's questions as links that run.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

type Question = { question: string; path: string };

/** The README's questions, each with the path of its first `curl`: the README says them once. */
export function readmeQuestions(readme: string): Question[] {
  const out: Question[] = [];
  for (const section of readme.split(/\n(?=\*\*)/)) {
    const question = /^\*\*(.+?)\*\*/.exec(section)?.[1];
    const path = /```sh\n(?:.*\n)*?curl -s ['"]?localhost:\d+(\/[^'"\s]*)/.exec(section)?.[1];
    if (question && path) out.push({ question, path });
  }
  return out;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(questions: Question[]): string {
  const items = questions.map((q) => `<li><a href="${escape(q.path)}">${escape(q.question)}</a> <code>${escape(q.path)}</code></li>`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Conflict records API</title></head>
<body>
<h1>Conflict records API</h1>
<p>Attributed records of a conflict: events, actors, claims and sources.</p>
<ul>
<li><a href="/docs">/docs</a>: Swagger UI, to read about every operation and try it</li>
<li><a href="/openapi.json">/openapi.json</a> and <a href="/openapi.yaml">/openapi.yaml</a>: the OpenAPI document, to generate a client</li>
<li><a href="/healthz">/healthz</a>: liveness</li>
</ul>
${questions.length ? `<h2>Questions you can ask</h2>\n<ul>\n${items}\n</ul>` : ""}
</body></html>
`;
}

const routes: FastifyPluginAsyncZod = async (app) => {
  let questions: Question[] = [];
  try {
    // The server bundle sits two folders deep, as this file does, so the README is found from both.
    questions = readmeQuestions(readFileSync(new URL("../../README.md", import.meta.url), "utf8"));
  } catch {
    // A deployment without the README still gets the links.
  }
  const html = page(questions);
  app.get("/", {
    schema: {
      tags: ["meta"],
      summary: "Start here",
      description: "A small HTML page that links to the docs (`/docs`), the OpenAPI document (`/openapi.json`, `/openapi.yaml`) and the README's questions, each as a request that answers it.",
      response: {
        200: {
          description: "The page.",
          content: { "text/html": { schema: z.string().meta({ description: "An HTML page of links.", example: '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Conflict records API</title></head>' }) } },
        },
      },
    },
  }, async (_req, reply) => reply.type("text/html; charset=utf-8").send(html));
};

export default routes;
