import { z } from "zod";
import { createWriteStream, rmSync, statSync } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { errorCodes, type FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { JOB_STATES, JobRunning } from "../../imports/jobs.ts";
import { importRunning } from "../../plugins/imports.ts";
import { cursorParam, integerFrom } from "../../schemas/common.ts";
import { importBundle, importDatasetFile } from "../../services/imports.ts";
import { FORMATS, type ImportFormat } from "../../formats/import.ts";
import { charsetOf, decodeText, toUtf8 } from "../../formats/encoding.ts";
import { Problem } from "../../domain/problems.ts";
import { writeProblems as P, writeProblemSchema } from "../../schemas/writes.ts";

import { COLLECTIONS } from "../../domain/collections.ts";

/** A bundle's members, in load order, as the docs write them. */
const BUNDLE_KEYS = `{ ${COLLECTIONS.join(", ")} }`;
const IMPORT_FORMATS = ["bundle", "ucdp-ged", "ucdp-json", "acled", "gdelt", "plover"] as const;

/** The media types a dataset file may be sent as, besides JSON. */
const TEXT_TYPES = ["text/csv", "text/tab-separated-values", "text/plain", "application/x-ndjson", "application/jsonl"];


const counts = z.object({
  created: z.number().int().meta({ description: "Records created.", example: 1 }),
  updated: z.number().int().meta({ description: "Records changed (their version went up).", example: 0 }),
  unchanged: z.number().int().meta({ description: "Records already exactly as given.", example: 0 }),
});
const byCollection = Object.fromEntries(COLLECTIONS.map((c) => [c, counts.meta({ description: `What happened to the ${c}.` })])) as Record<(typeof COLLECTIONS)[number], typeof counts>;

const importResult = z
  .object({
    format: z.literal("bundle").meta({ description: "The format read.", example: "bundle" }),
    dry_run: z.boolean().meta({ description: "`true`: nothing was written; the counts say what the import would have done.", example: false }),
    ...byCollection,
  })
  .meta({ id: "ImportResult", description: "What a bundle import did, by collection." });

const rowProblem = z.object({
  line: z.number().int().meta({ description: "The line of the file the row starts on (1 is a CSV's header; for a JSON array, the line its object starts on).", example: 19 }),
  external_id: z.string().optional().meta({ description: "The row's id in its dataset, where it could be read.", example: "632018" }),
  reason: z.string().meta({ description: "Why the row was rejected or skipped.", example: "evt_ucdp-ged-632018: best (6109) must not exceed high (4393)" }),
});

const fileReport = z
  .object({
    format: z.enum(IMPORT_FORMATS.filter((f) => f !== "bundle") as [ImportFormat, ...ImportFormat[]]).meta({ description: "The format read.", example: "ucdp-ged" }),
    dry_run: z.boolean().meta({ description: "`true`: nothing was written; the counts say what the import would have done.", example: false }),
    rows: z.number().int().meta({ description: "Records read from the file (a CSV's header not counted).", example: 150 }),
    imported: z.number().int().meta({ description: "Rows applied (or, in a dry run, that would have been).", example: 149 }),
    rejected: z.array(rowProblem).meta({ description: "Rows refused, with their line and reason, in file order. The other rows went in without them." }),
    skipped: z.array(rowProblem).meta({ description: "Rows that carry no event (a PLOVER DOCUMENT record, for example), with why." }),
    counts: z.object(byCollection).meta({ description: "What the import did to the records of each collection: one row makes an event, its claims, and the actors, places and sources they need." }),
    missing: z.object({
      scheme: z.string().meta({ description: "The external-id scheme of the format's dataset.", example: "ucdp-ged" }),
      count: z.number().int().meta({ description: "How many events of this dataset are stored but absent from the file.", example: 0 }),
      external_ids: z.array(z.string()).meta({ description: "The first 100 of them: rows a newer full export no longer has (the store keeps them; delete them if the dataset withdrew them).", example: [] }),
    }).meta({ description: "Events of this dataset the store holds that the file does not." }),
  })
  .meta({ id: "ImportReport", description: "What the import of one dataset file did: counts by collection, and each rejected row by line." });

const example = "imp_3f9a1c0d7e2b4a6c8d1e";
const importJob = z
  .object({
    id: z.string().meta({ description: "The job's id.", example }),
    format: fileReport.shape.format,
    dry_run: z.boolean().meta({ description: "`true`: the job checks and counts, then rolls back.", example: false }),
    state: z.enum(JOB_STATES).meta({ description: "`queued` (accepted, not started), `running`, `committed` (every record is in the store, all at once), `checked` (a dry run finished; nothing was written), or `failed` (nothing of it was written; `error` says why, and a job cut off by a crash or restart is failed too).", example: "running" }),
    author: z.string().meta({ description: "The API key whose name the import's revisions carry.", example: "analyst" }),
    rows_read: z.number().int().meta({ description: "Rows of the file read so far (all of them once the job has ended).", example: 125000 }),
    bytes_read: z.number().int().meta({ description: "Bytes of the file read so far.", example: 80000000 }),
    bytes_total: z.number().int().meta({ description: "The file's size in bytes.", example: 224000000 }),
    created_at: z.string().meta({ description: "When the file was received.", example: "2026-12-04T18:00:00.000Z" }),
    started_at: z.string().nullable().meta({ description: "When the worker started reading it.", example: "2026-12-04T18:00:00.050Z" }),
    finished_at: z.string().nullable().meta({ description: "When it committed, finished a dry run or failed.", example: null }),
    report: fileReport.nullable().meta({ description: "Once `committed` or `checked`: the same report a synchronous import answers with." }),
    error: z.string().nullable().meta({ description: "Once `failed`: why.", example: null }),
  })
  .meta({ id: "ImportJob", description: "A dataset file being imported in the background, or imported: where it stands, and its report once done." });

/** The order of the jobs list, named in its cursors. */
const JOB_ORDER = "imports:-created_at";

const jobList = z.object({
  data: z.array(importJob).meta({ description: "The jobs, newest first, without their reports (GET a job for its report)." }),
  page: z.object({
    limit: z.number().int().meta({ description: "The most jobs listed.", example: 50 }),
    next_cursor: z.string().nullable().meta({ description: "Pass as `cursor` to list the older jobs that follow; null on the last page.", example: null }),
    total: z.number().int().meta({ description: "How many jobs there are.", example: 3 }),
  }).meta({ description: "How many jobs were listed of how many, and where the next page starts." }),
});

const importBody = z.union([
  z.string().meta({ description: "A dataset file, read as text whatever its media type, so that a rejected row is named by its line: CSV (`ucdp-ged`, `acled`), GDELT's tab-separated export (`gdelt`), a JSON array (`ucdp-json`, `plover`) or JSON Lines (`plover`)." }),
  z.record(z.string(), z.unknown()).meta({ description: "A bundle (`bundle`)." }),
]).meta({
  description: `The file, as sent. With \`format=bundle\`, a bundle in the format of the seed files (\`src/schemas/bundle.ts\`): \`${BUNDLE_KEYS}\`, each a list of records as \`POST /v1/{collection}\` takes them, but with \`id\` required; records refer to each other, and to records already stored, by id. With a dataset format, the dataset's own file: \`text/csv\` for \`ucdp-ged\` and \`acled\`, \`text/tab-separated-values\` (or \`text/plain\`) for \`gdelt\`, \`application/json\` for \`ucdp-json\` and \`plover\` (or \`application/x-ndjson\` for PLOVER as JSON Lines). docs/formats.md describes each column's mapping.`,
  example: {
    places: [{ id: "plc_khabarovsk", name: "Khabarovsk", kind: "city", country: "RUS", geo_precision: "locality" }],
    events: [{
      id: "evt_2024-10-22-north-korean-troops-in-khabarovsk", type: "troop_deployment", title: "North Korean troops reported in Khabarovsk",
      summary: "North Korean troops were reported at a base near Khabarovsk.", start_date: "2024-10-22", date_precision: "day", place_id: "plc_khabarovsk", status: "reported",
      participants: [{ actor_id: "act_north-korea", role: "supplier" }],
    }],
  },
});

/** A file's bytes as text, in the charset its Content-Type names (see formats/encoding.ts). */
function decodeBody(contentType: string | undefined, body: Buffer, done: (err: Error | null, text?: string) => void) {
  let text: string;
  try {
    text = decodeText(body, charsetOf(contentType));
  } catch (err) {
    return done(err as Error);
  }
  done(null, text);
}

const formatList = Object.entries(FORMATS).map(([name, f]) => `\`${name}\` (${f.description})`).join(", ");

type SpooledRequest = FastifyRequest & { spooled?: { file: string; bytes: number } };

/** Whether a request asks for its answer later (RFC 7240's `respond-async`, among other preferences). */
const prefersAsync = (req: FastifyRequest) => String(req.headers.prefer ?? "").split(/[,;]/).some((p) => p.trim().toLowerCase() === "respond-async");

/** A stream that fails with Fastify's 413 once more than `limit` bytes have passed. */
function capped(limit: number, onBytes: (n: number) => void = () => {}) {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      onBytes(seen);
      done(seen > limit ? new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE() : null, chunk);
    },
  });
}

const routes: FastifyPluginAsyncZod<{ bodyLimit: number; asyncAbove: number; jobLimit: number }> = async (app, opts) => {
  // Dataset files come as text. These parsers live in this plugin only, so every
  // other route still answers 415 to CSV and plain text.
  for (const type of TEXT_TYPES) app.addContentTypeParser(type, { parseAs: "buffer" }, (req, body, done) => decodeBody(req.headers["content-type"], body as Buffer, done));
  // A dataset's JSON file stays text too: its parser reports each rejected
  // record by the line it starts on. A bundle is parsed as JSON, as before.
  const json = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (req, body, done) => {
    decodeBody(req.headers["content-type"], body as Buffer, (err, text) => {
      if (err) return done(err);
      const format = (req.query as { format?: unknown }).format;
      if (format === undefined || format === "bundle") json(req, text as string, done);
      else done(null, text);
    });
  });

  app.post("/imports", {
    config: { scope: "write" },
    // A job's file may be far larger than a body read into memory: the route
    // takes up to the job limit, and preParsing holds a synchronous import to
    // IMPORT_BODY_LIMIT_BYTES.
    bodyLimit: Math.max(opts.bodyLimit, opts.jobLimit),
    // A dataset file sent with `Prefer: respond-async`, or larger than
    // IMPORT_ASYNC_ABOVE_BYTES, is written to disk as it arrives and imported
    // by a job; the body parsers then see an empty body.
    preParsing: async (req: SpooledRequest, _reply, payload) => {
      const format = (req.query as { format?: unknown }).format;
      const length = Number(req.headers["content-length"]);
      const dataset = typeof format === "string" && format !== "bundle" && Object.hasOwn(FORMATS, format);
      const type = String(req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
      // Anything else (a bundle, a media type this route does not read) is answered as before.
      if (!dataset || ![...TEXT_TYPES, "application/json"].includes(type) || !(prefersAsync(req) || length > opts.asyncAbove)) {
        if (length > opts.bodyLimit) throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
        return payload.pipe(capped(opts.bodyLimit));
      }
      const busy = await app.importJobs.busy();
      if (busy) throw importRunning(busy);
      const file = app.importJobs.spoolPath();
      let received = 0;
      let bytes = 0;
      try {
        // The job reads UTF-8: a file in another charset is converted as it arrives, and bytes not valid in it are a 400.
        await pipeline(payload, capped(opts.jobLimit, (n) => (received = n)), toUtf8(charsetOf(req.headers["content-type"])), createWriteStream(file));
        bytes = statSync(file).size;
      } catch (err) {
        rmSync(file, { force: true });
        throw err;
      }
      req.spooled = { file, bytes };
      // What Fastify checks against Content-Length: the bytes received, not the empty body passed on.
      return Object.assign(Readable.from([]), { receivedEncodedLength: Number.isNaN(length) ? undefined : received });
    },
    schema: {
      tags: ["imports"],
      summary: "Import a bundle or a dataset file",
      description: `Imports a whole file in one transaction. Records are matched by id (a dataset row's id is derived from its id in the dataset), so importing a file again changes nothing, and importing a newer export updates what changed. Every record written gets a revision naming the API key, so the change feed shows the import.\n\nWith \`format=bundle\` (the default) the import is all or nothing: on failure nothing is written and \`errors\` lists each bad record by JSON pointer (\`/claims/3/stance\`), with its id. With a dataset format (${formatList}) each row maps to an event with its claims, actors, places and sources; a row that cannot be mapped or is invalid is rejected with its line and reason, and the other rows go in together. A file that cannot be read at all (not CSV, not JSON, missing columns) is a 400 and writes nothing.\n\nAn import has no \`If-Match\`: a key with the \`write\` scope may add records (and import again what is already stored, unchanged), but an import that would change a record already stored needs the \`admin\` scope, and is otherwise refused with a 403 that writes nothing. A dry run needs only \`write\`.\n\n\`dry_run=true\` runs the whole import and rolls it back: the answer says what it would have done.`,
      consumes: ["application/json", ...TEXT_TYPES],
      querystring: z.strictObject({
        format: z.enum(IMPORT_FORMATS).default("bundle").meta({ description: "The body's format: `bundle` (the seed files' format), or a dataset's: `ucdp-ged`, `ucdp-json`, `acled`, `gdelt`, `plover`.", example: "ucdp-ged" }),
        dry_run: z.enum(["true", "false"]).default("false").transform((v) => v === "true").meta({ description: "`true`: check and count, then roll back; nothing is written.", example: "false" }),
      }),
      body: importBody,
      headers: z.object({
        prefer: z.string().optional().meta({ description: "`respond-async` (RFC 7240): import a dataset file as a job, answered at once with 202 and the job's location. A file larger than IMPORT_ASYNC_ABOVE_BYTES (1 MiB by default) is always imported as a job. Bundles are always imported at once.", example: "respond-async" }),
      }),
      response: {
        200: z.union([importResult, fileReport]).meta({ description: "What the import did (`ImportResult` for a bundle, `ImportReport` for a dataset file)." }),
        202: importJob.meta({ description: "The file was received and is being imported as a job; `Location` is where to follow it (GET /v1/imports/{id})." }),
        503: writeProblemSchema.meta({ description: "Another import job is running and holds the write lock: retry after the seconds `Retry-After` gives." }),
        400: P[400], 401: P[401],
        403: writeProblemSchema.meta({ description: "The key lacks the `write` scope, or the import would change records already stored and the key lacks the `admin` scope. Nothing was written." }),
        409: P[409],
        413: writeProblemSchema.meta({ description: "The file is larger than the import limit (IMPORT_BODY_LIMIT_BYTES, 50 MiB by default). Split it, or raise the limit." }),
        415: writeProblemSchema.meta({ description: "The body's media type is not one this route reads: send application/json, text/csv, text/tab-separated-values, text/plain or application/x-ndjson." }),
        422: P[422],
      },
    },
  }, async (req, reply) => {
    const { format, dry_run: dryRun } = req.query;
    const author = req.apiKey?.name ?? "import";
    // A write key adds records; changing records already stored (no If-Match guards an import) needs admin.
    const mayUpdate = req.apiKey?.scopes.includes("admin") ?? false;
    const spooled = (req as SpooledRequest).spooled;
    if (spooled && format !== "bundle") {
      const refuse = (busy: { id: string; retryAfter: number }) => {
        reply.header("retry-after", busy.retryAfter);
        return importRunning(busy);
      };
      const busy = await app.importJobs.busy();
      if (busy) throw refuse(busy);
      let job;
      try {
        job = await app.importJobs.start({ format, dryRun, author, mayUpdate, file: spooled.file, bytes: spooled.bytes });
      } catch (err) {
        // Another request started a job between the check above and this one.
        if (err instanceof JobRunning) throw refuse(err.busy);
        throw err;
      }
      delete (req as SpooledRequest).spooled;
      return reply.code(202).header("location", `/v1/imports/${job.id}`).send(job);
    }
    if (format === "bundle") {
      if (typeof req.body !== "object" || Array.isArray(req.body)) {
        throw new Problem(400, "invalid_request", `A bundle is a JSON object \`${BUNDLE_KEYS}\`, sent as application/json. For a dataset file, say which with \`format=\`.`);
      }
      return { format, dry_run: dryRun, ...(await importBundle(app.prisma, req.body, author, { dryRun, mayUpdate })) };
    }
    if (typeof req.body !== "string") throw new Problem(400, "invalid_request", `A ${format} file is sent as it is, not wrapped in JSON.`);
    return importDatasetFile(app.prisma, format, req.body, { dryRun, author, mayUpdate });
  });

  // A spooled file no job took (the request failed validation) is removed.
  app.addHook("onResponse", async (req: SpooledRequest) => {
    if (req.spooled) rmSync(req.spooled.file, { force: true });
  });

  app.get("/imports", {
    config: { scope: "write" },
    schema: {
      tags: ["imports"],
      summary: "List import jobs",
      description: "The import jobs, newest first: each one's state and progress. GET a job for its report.",
      querystring: z.strictObject({
        limit: integerFrom(1, 500).default(50).meta({ description: "How many jobs to list, from 1 to 500.", example: 20 }),
        cursor: cursorParam,
      }),
      response: { 200: jobList.meta({ description: "The jobs." }), 400: P[400], 401: P[401], 403: P[403] },
    },
  }, async (req) => {
    // A cursor names the last job of the previous page, in the list's own order, signed like the records' cursors.
    let after: { created_at: string; id: string } | undefined;
    if (req.query.cursor !== undefined) {
      const p = app.cursors.decode(req.query.cursor);
      if (!p || p.sort !== JOB_ORDER || typeof p.key !== "string") {
        const message = "must be a page.next_cursor value of this list, unchanged";
        throw new Problem(400, "invalid_request", `query cursor: ${message}`, { errors: [{ in: "query", name: "cursor", message }] });
      }
      after = { created_at: p.key, id: p.id };
    }
    const { jobs, total, more } = await app.importJobs.list(req.query.limit, after);
    const last = jobs.at(-1);
    const next_cursor = more && last ? app.cursors.encode({ sort: JOB_ORDER, key: last.created_at, id: last.id }) : null;
    return { data: jobs, page: { limit: req.query.limit, next_cursor, total } };
  });

  app.get("/imports/:id", {
    config: { scope: "write" },
    schema: {
      tags: ["imports"],
      summary: "Follow an import job",
      description: "Where an import job stands: `queued`, `running` (with rows and bytes read of the file's total), then `committed` (or `checked` for a dry run) with the same report a synchronous import answers with, or `failed` with why. A job is all or nothing: until it commits, none of its records is visible.",
      params: z.object({ id: z.string().min(1).max(100).meta({ description: "The job's id, from the `Location` of the 202.", example }) }),
      response: { 200: importJob.meta({ description: "The job." }), 401: P[401], 403: P[403], 404: P[404] },
    },
  }, async (req) => {
    const job = await app.importJobs.get(req.params.id);
    if (!job) throw new Problem(404, "not_found", `No import job has the id "${req.params.id}".`);
    return job;
  });
};

export default routes;
