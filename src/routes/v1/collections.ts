// The collection table: one descriptor per collection. Its names and id
// prefix come from src/domain/collections.ts; here are its schemas, the
// repository that reads it, its list formats and its nested lists. The
// routes (list, get, nested lists, revisions and writes) are registered from
// this table by routes/v1/resources.ts and routes/v1/writes/records.ts.
// Per-collection code is only what differs: how a list is flattened into CSV
// or GeoJSON, and the datasets' formats.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { COLLECTION_NAMES, type Collection } from "../../domain/collections.ts";
import { listResponse } from "../../schemas/common.ts";
import { asOfQuery } from "../../schemas/changes.ts";
import { ACTOR_FIELDS, ACTOR_FORMATS, actorDetailSchema, actorList, actorListQuery } from "../../schemas/actors.ts";
import { CLAIM_FIELDS, CLAIM_FORMATS, claimDetailSchema, claimList, claimListQuery } from "../../schemas/claims.ts";
import { EVENT_FIELDS, EVENT_FORMATS, eventDetailSchema, eventFeatureCollection, eventGetQuery, eventList, eventListQuery } from "../../schemas/events.ts";
import { PLACE_FIELDS, PLACE_FORMATS, placeDetailSchema, placeList, placeListQuery } from "../../schemas/places.ts";
import { SOURCE_FIELDS, SOURCE_FORMATS, sourceDetailSchema, sourceList, sourceListQuery } from "../../schemas/sources.ts";
import { claimsJsonLdSchema } from "../../schemas/jsonld.ts";
import { exportActors, getActor, listActors } from "../../repositories/actors.ts";
import { claimIdBatches, exportClaims, getClaim, listClaims } from "../../repositories/claims.ts";
import { eventIdBatches, exportEvents, getEvent, listEvents } from "../../repositories/events.ts";
import { exportPlaces, getPlace, listPlaces } from "../../repositories/places.ts";
import { exportSources, getSource, listSources } from "../../repositories/sources.ts";
import type { Page, Paging, Sorting } from "../../repositories/pages.ts";
import type { Reader } from "../../db/query.ts";
import { acledCsv } from "../../formats/acled.ts";
import { ploverJsonl } from "../../formats/plover.ts";
import { claimNodesFrom, jsonLdDocument } from "../../formats/jsonld.ts";
import { claimStore, eventsForExportOf } from "../../repositories/exports.ts";
import { inOrder, sendChunks, type Format } from "./formats.ts";

type Row = { id: string; [field: string]: unknown };
type Shape = { include?: string[]; fields?: string[] };
// The repositories type their filters; the table passes the validated query's filter members on.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Filters = any;

/** The list query every collection's list takes, as validated (its filters besides). */
export type ListQuery = { sort: Sorting; limit: number; cursor?: string; include?: string[]; fields?: string[]; format?: string; [filter: string]: unknown };

/** The members of a list query that are not filters. */
export const LIST_CONTROLS = ["sort", "limit", "cursor", "include", "fields", "format"] as const;

/** A list format this collection sends its own way (a dataset's format): every matching record, streamed. */
type Stream = (app: FastifyInstance, reply: FastifyReply, filters: Filters, sort: Sorting) => Promise<unknown>;
/** A page this collection presents its own way (GeoJSON). */
type Present = (app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, filters: Filters, q: ListQuery, paging: Paging) => Promise<unknown>;

export type CollectionSpec = {
  name: Collection;
  singular: string;
  prefix: string;
  example_id: string;
  /** The list's query schema: its filters, sort, limit, cursor, include, fields and format. */
  listQuery: z.ZodObject;
  /** The list's 200 response, in every media type it is offered in. */
  listResponse: ReturnType<typeof listResponse>;
  list: { summary: string; description: string };
  get: { summary: string; description: string; query: z.ZodObject; read: (reader: Reader, id: string, query: { include?: string[] }) => Promise<unknown> };
  detailSchema: z.ZodType;
  fields: readonly string[];
  formats: readonly Format[];
  repository: {
    list: (reader: Reader, filters: Filters, paging: Paging, shape: Shape) => Promise<Page<Row>>;
    export: (reader: Reader, filters: Filters, sort: Sorting, shape: Shape) => Promise<AsyncIterable<object[]>>;
  };
  /** CSV: what to embed to fill the extra columns, the extra columns, and how a record becomes a row. */
  csv?: { include?: string[]; extra?: string[]; row?: (record: Row) => Row };
  streams?: Partial<Record<Format, Stream>>;
  present?: Partial<Record<Format, Present>>;
  /** Lists nested under one record: `/{name}/{id}/{path}`, the list of `of` narrowed by `scope`. */
  nested?: { path: string; of: Collection; scope: string; summary: string; description: string }[];
};

const csvDoc = (what: string, fields: readonly string[], more = "") =>
  `One row per ${what} (RFC 4180, with a header row). Columns: ${fields.join(", ")}${more}. \`external_ids\` is written \`scheme:value\` pairs separated by \`;\`. \`fields=\` chooses the columns. The paging is in the headers \`X-Total-Count\` and \`X-Next-Cursor\`.`;

const names = <C extends Collection>(name: C) => ({ name, ...COLLECTION_NAMES[name] });

type Place = { name: string; country: string | null; latitude: number | null; longitude: number | null } | null;
const CSV_PLACE_COLUMNS = ["place_name", "country", "latitude", "longitude"];

/** Every matching event in the sort's order, in the exporters' shape. */
const eventsToExport = async (app: FastifyInstance, filters: Filters, sort: Sorting) =>
  inOrder(await eventIdBatches(app.reader, filters, sort), async function* (ids) { yield* await eventsForExportOf(app.reader, ids); }, (e) => e.id);

const events: CollectionSpec = {
  ...names("events"),
  listQuery: eventListQuery,
  listResponse: listResponse(eventList, {
    csv: `One row per event (RFC 4180, with a header row). Columns: ${EVENT_FIELDS.join(", ")}, then the place's ${CSV_PLACE_COLUMNS.join(", ")}. \`external_ids\` is written \`scheme:value\` pairs separated by \`;\`. \`fields=\` chooses the columns; \`include=\` does not apply. The paging is in the headers \`X-Total-Count\` and \`X-Next-Cursor\`.`,
    ndjson: "Every matching event, one JSON object per line, in the `sort` order, streamed (`limit` and `cursor` are ignored; filters, `include` and `fields` apply).",
    geojson: eventFeatureCollection,
    acled: true,
    plover: true,
  }),
  list: {
    summary: "List events",
    description: "Events matching every filter given (a comma-separated value matches any of its values), a page at a time, in the `sort` order (`id` by default). As JSON, CSV (`format=csv` or `Accept: text/csv`), GeoJSON (`format=geojson` or `Accept: application/geo+json`), or every matching event streamed as NDJSON (`format=ndjson` or `Accept: application/x-ndjson`).",
  },
  get: {
    summary: "Get an event",
    description: "One event with its place, participants and their roles, the claims about it and their sources.",
    query: eventGetQuery,
    read: (reader, id, q) => getEvent(reader, id, q.include),
  },
  detailSchema: eventDetailSchema,
  fields: EVENT_FIELDS,
  formats: EVENT_FORMATS,
  repository: { list: listEvents, export: exportEvents },
  csv: {
    include: ["place"],
    extra: CSV_PLACE_COLUMNS,
    row: (e) => {
      const { place, ...rest } = e as Row & { place: Place };
      return { ...rest, place_name: place?.name ?? null, country: place?.country ?? null, latitude: place?.latitude ?? null, longitude: place?.longitude ?? null };
    },
  },
  streams: {
    acled: async (app, reply, filters, sort) => sendChunks(reply, "acled", acledCsv(await eventsToExport(app, filters, sort))),
    plover: async (app, reply, filters, sort) => sendChunks(reply, "plover", ploverJsonl(await eventsToExport(app, filters, sort))),
  },
  present: {
    // GeoJSON needs every event's place, embedded whether or not `include` names it.
    geojson: async (app, _req, reply, filters, q, paging) => {
      const result = await listEvents(app.reader, filters, paging, { include: [...new Set([...(q.include ?? []), "place"])], fields: q.fields });
      const features = (result.data as unknown as (Row & { place: Place })[]).map((e) => {
        const place = e.place;
        const properties = q.include?.includes("place") ? e : (({ place: _, ...rest }) => rest)(e);
        const geometry = place && place.latitude !== null && place.longitude !== null ? { type: "Point", coordinates: [place.longitude, place.latitude] } : null;
        return { type: "Feature", id: e.id, geometry, properties };
      });
      return reply.type("application/geo+json; charset=utf-8").send(JSON.stringify({ type: "FeatureCollection", features, page: result.page }));
    },
  },
  nested: [
    { path: "claims", of: "claims", scope: "event_id", summary: "List an event's claims", description: "Claims about this event, whoever makes them. Takes the same filters, sorts, includes and formats as `/v1/claims`." },
  ],
};

const actors: CollectionSpec = {
  ...names("actors"),
  listQuery: actorListQuery,
  listResponse: listResponse(actorList, {
    csv: `One row per actor (RFC 4180, with a header row). Columns: ${ACTOR_FIELDS.join(", ")}. \`aliases\` is written as the alias names separated by \`;\`, \`external_ids\` as \`scheme:value\` pairs separated by \`;\`. \`fields=\` chooses the columns. The paging is in the headers \`X-Total-Count\` and \`X-Next-Cursor\`.`,
    ndjson: "Every matching actor, one JSON object per line, in the `sort` order, streamed (`limit` and `cursor` are ignored).",
  }),
  list: {
    summary: "List actors",
    description: "Actors matching every filter given, a page at a time, each with its aliases and external ids. `q` searches names and every alias, so `q=Zinoviev` and `q=Zinovyev` find the same ambassador. As JSON, CSV or streamed NDJSON (see `format`).",
  },
  get: {
    summary: "Get an actor",
    description: "One actor with its aliases, external ids, affiliations (roles it holds) and members (roles held in it).",
    query: asOfQuery,
    read: (reader, id) => getActor(reader, id),
  },
  detailSchema: actorDetailSchema,
  fields: ACTOR_FIELDS,
  formats: ACTOR_FORMATS,
  repository: { list: listActors, export: exportActors },
  csv: { row: (a) => ({ ...a, aliases: (a.aliases as { name: string }[] | undefined)?.map((x) => x.name).join(";") }) },
  nested: [
    { path: "events", of: "events", scope: "actor_id", summary: "List an actor's events", description: "Events the actor takes part in, in any role. Takes the same filters, sorts, includes and formats as `/v1/events`." },
    { path: "claims", of: "claims", scope: "claimant_id", summary: "List an actor's claims", description: "Claims the actor makes, as claimant. Takes the same filters, sorts, includes and formats as `/v1/claims`." },
  ],
};

const claims: CollectionSpec = {
  ...names("claims"),
  listQuery: claimListQuery,
  listResponse: listResponse(claimList, {
    csv: `One row per claim (RFC 4180, with a header row). Columns: ${CLAIM_FIELDS.join(", ")}. \`fields=\` chooses the columns; \`include=\` does not apply. The paging is in the headers \`X-Total-Count\` and \`X-Next-Cursor\`.`,
    ndjson: "Every matching claim, one JSON object per line, in the `sort` order, streamed (`limit` and `cursor` are ignored; filters, `include` and `fields` apply).",
    jsonld: claimsJsonLdSchema,
  }),
  list: {
    summary: "List claims",
    description: "Claims matching every filter given (a comma-separated value matches any of its values), a page at a time, in the `sort` order (`id` by default). As JSON, CSV (`format=csv` or `Accept: text/csv`), or every matching claim streamed as NDJSON (`format=ndjson` or `Accept: application/x-ndjson`).",
  },
  get: {
    summary: "Get a claim",
    description: "One claim with its claimant, source, event, the actors it is about, its figures (quantities) and its links to other claims in both directions.",
    query: asOfQuery,
    read: (reader, id) => getClaim(reader, id),
  },
  detailSchema: claimDetailSchema,
  fields: CLAIM_FIELDS,
  formats: CLAIM_FORMATS,
  repository: { list: listClaims, export: exportClaims },
  streams: {
    jsonld: async (app, reply, filters, sort) =>
      sendChunks(reply, "jsonld", jsonLdDocument(inOrder(await claimIdBatches(app.reader, filters, sort), (ids) => claimNodesFrom(claimStore(app.reader), { ids }), (n) => String(n["@id"]).slice("cr:".length)))),
  },
};

const sources: CollectionSpec = {
  ...names("sources"),
  listQuery: sourceListQuery,
  listResponse: listResponse(sourceList, {
    csv: csvDoc("source", SOURCE_FIELDS),
    ndjson: "Every matching source, one JSON object per line, in the `sort` order, streamed (`limit` and `cursor` are ignored).",
  }),
  list: {
    summary: "List sources",
    description: "Sources matching every filter given, a page at a time, in the `sort` order (`id` by default). As JSON, CSV or streamed NDJSON (see `format`).",
  },
  get: {
    summary: "Get a source",
    description: "One source with its publisher, the source it is known through (`parent`), the sources known through it (`children`) and the claims recorded in it.",
    query: asOfQuery,
    read: (reader, id) => getSource(reader, id),
  },
  detailSchema: sourceDetailSchema,
  fields: SOURCE_FIELDS,
  formats: SOURCE_FORMATS,
  repository: { list: listSources, export: exportSources },
  nested: [
    { path: "claims", of: "claims", scope: "source_id", summary: "List a source's claims", description: "Claims recorded in this source. Takes the same filters, sorts, includes and formats as `/v1/claims`." },
  ],
};

const places: CollectionSpec = {
  ...names("places"),
  listQuery: placeListQuery,
  listResponse: listResponse(placeList, {
    csv: csvDoc("place", PLACE_FIELDS),
    ndjson: "Every matching place, one JSON object per line, in the `sort` order, streamed (`limit` and `cursor` are ignored).",
  }),
  list: {
    summary: "List places",
    description: "Places matching every filter given, a page at a time, in the `sort` order (`id` by default). As JSON, CSV or streamed NDJSON (see `format`).",
  },
  get: {
    summary: "Get a place",
    description: "One place with the events that happened there.",
    query: asOfQuery,
    read: (reader, id) => getPlace(reader, id),
  },
  detailSchema: placeDetailSchema,
  fields: PLACE_FIELDS,
  formats: PLACE_FORMATS,
  repository: { list: listPlaces, export: exportPlaces },
};

/** In the order their routes are registered (and so listed in the OpenAPI document). */
export const COLLECTION_TABLE: Record<Collection, CollectionSpec> = { events, actors, claims, sources, places };
