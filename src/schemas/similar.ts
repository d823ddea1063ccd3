import { z } from "zod";
import { integerFrom } from "./common.ts";
import { actorRef, eventRef } from "./refs.ts";

export const similarQuery = z.strictObject({
  within_km: z.coerce.number({ error: "must be a number of kilometres from 0 to 1000" }).min(0, "must be a number of kilometres from 0 to 1000").max(1000, "must be a number of kilometres from 0 to 1000").default(25)
    .meta({ description: "How far apart (great-circle distance between the events' places, in km) two events may be and still count as near.", example: 25 }),
  days: integerFrom(0, 30, 0)
    .meta({ description: "Widen the event's date interval by this many days on each side before looking for overlapping events. 0 means the intervals must overlap.", example: 1 }),
  limit: integerFrom(1, 100, 20)
    .meta({ description: "How many candidates to return at most, best first.", example: 10 }),
});

export const similarCandidate = z
  .object({
    event: eventRef,
    score: z.number().min(0).max(1).meta({ description: "How likely the two records describe the same real event, from 0 to 1: date agreement (up to 0.4), nearness (up to 0.45), shared actors (0.2, or 0.3 for two or more), same type (0.1). A ranking aid, not a probability.", example: 0.85 }),
    distance_km: z.number().nullable().meta({ description: "Great-circle distance between the two events' places, in km; null when either has no coordinates.", example: 3.2 }),
    shared_actors: z.array(actorRef).meta({ description: "Actors taking part in both events." }),
    reasons: z.array(z.string()).meta({ description: "Why this event is a candidate, one reason a line, for a person to judge.", example: ["same day (2026-05-01)", "places 3.2 km apart (within 25 km)", "same type (battle)"] }),
  })
  .meta({ id: "SimilarEvent", description: "An event that is probably the same real event as the one asked about, with a score and the reasons. Nothing is merged." });

export const similarList = z.object({
  data: z.array(similarCandidate).meta({ description: "Candidates, best score first." }),
});
