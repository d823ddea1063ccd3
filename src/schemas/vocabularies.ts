// Each controlled vocabulary as one schema: its values, each with what it
// means, written once in the document (components/schemas/<Name>). Every field
// that takes a vocabulary refers to it, with its own description beside.
import { z } from "zod";
import {
  ACTOR_KINDS, ALIAS_KINDS, ANNOTATION_MARKS, CERTAINTIES, COMPARATORS, DATE_PRECISIONS, EVENT_STATUSES, EVENT_TYPES, GEO_PRECISIONS,
  PARTICIPANT_ROLES, PLACE_KINDS, RELATION_KINDS, SOURCE_KINDS, STANCES, VERIFICATIONS, describeVocabulary, keysOf,
} from "../domain/vocabulary.ts";

type Values = Record<string, string | { description: string }>;

const schemas = new Map<Values, z.ZodEnum>();
const vocabulary = <V extends Values>(id: string, lead: string, values: V) => {
  const schema = z.enum(keysOf(values)).meta({ id, description: describeVocabulary(lead, values) });
  schemas.set(values, schema as unknown as z.ZodEnum);
  return schema;
};

export const VOCABULARIES = {
  actorKind: vocabulary("ActorKind", "A kind of actor.", ACTOR_KINDS),
  aliasKind: vocabulary("AliasKind", "A kind of alias.", ALIAS_KINDS),
  placeKind: vocabulary("PlaceKind", "A kind of place.", PLACE_KINDS),
  geoPrecision: vocabulary("GeoPrecision", "What a place's coordinates stand for.", GEO_PRECISIONS),
  datePrecision: vocabulary("DatePrecision", "How precisely a date is known.", DATE_PRECISIONS),
  eventType: vocabulary("EventType", "The event type, from a small controlled vocabulary; its PLOVER category and ACLED type follow from it.", EVENT_TYPES),
  eventStatus: vocabulary("EventStatus", "How established an event is.", EVENT_STATUSES),
  participantRole: vocabulary("ParticipantRole", "An actor's part in an event.", PARTICIPANT_ROLES),
  sourceKind: vocabulary("SourceKind", "A kind of source.", SOURCE_KINDS),
  stance: vocabulary("Stance", "A claimant's stance.", STANCES),
  certainty: vocabulary("Certainty", "A claimant's own hedging.", CERTAINTIES),
  verification: vocabulary("Verification", "Independent verification of a claim, apart from the claimant's hedging.", VERIFICATIONS),
  comparator: vocabulary("Comparator", "A claimant's hedging of a figure.", COMPARATORS),
  relationKind: vocabulary("RelationKind", "How one claim bears on another.", RELATION_KINDS),
  annotationMark: vocabulary("AnnotationMark", "How a field of a record stands to its source.", ANNOTATION_MARKS),
};

/** The schema of a vocabulary, by its list of values. */
export function vocabularyOf<V extends Values>(values: V): z.ZodEnum<{ [K in keyof V & string]: K }> {
  const schema = schemas.get(values);
  if (!schema) throw new Error(`no vocabulary schema for ${Object.keys(values).join(", ")}`);
  return schema as unknown as z.ZodEnum<{ [K in keyof V & string]: K }>;
}
