// Responses are serialized by fast-json-stringify from the same zod schemas
// that document them: zod -> JSON Schema once per route at start-up, then a
// compiled stringifier per response. Validating every response with zod would
// cost far more than the query behind it.
import fastJson from "fast-json-stringify";
import { z } from "zod";
import type { FastifySerializerCompiler } from "fastify";

type Json = Record<string, unknown>;

/**
 * The serializer only writes what is there: dropping `required` lets one
 * schema serve both whole records and records trimmed by `fields=`.
 */
const DROPPED = new Set(["required", "example", "examples", "description", "$schema", "id"]);

function relax(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(relax);
  if (!node || typeof node !== "object") return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if (DROPPED.has(k)) continue;
    // Under these keys the children are named schemas, whose names are data.
    out[k] = k === "properties" || k === "definitions" ? mapValues(v as Json, relax) : relax(v);
  }
  return out;
}

const mapValues = (o: Json, f: (v: unknown) => unknown) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

export function serializerSchema(schema: z.ZodType): Json {
  return relax(z.toJSONSchema(schema, { target: "draft-7", io: "output", unrepresentable: "any" })) as Json;
}

/**
 * Compiled stringifiers by schema: several routes share a response schema
 * (every claims list), and tests build many apps in one process.
 */
const compiled = new WeakMap<z.ZodType, (data: unknown) => string>();

export const zodFastSerializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  if (!(schema instanceof z.ZodType)) return (data) => JSON.stringify(data);
  let stringify = compiled.get(schema);
  if (!stringify) {
    stringify = fastJson(serializerSchema(schema) as unknown as Parameters<typeof fastJson>[0]) as (data: unknown) => string;
    compiled.set(schema, stringify);
  }
  return stringify;
};
