// Controlled vocabularies. Each value is documented here once; the zod schemas
// and the OpenAPI document take their enums and descriptions from these lists.

export const ACTOR_KINDS = {
  state: "A sovereign state, as a whole (its government acting for it).",
  government_body: "A ministry, office, embassy or other part of a government.",
  person: "A named individual.",
  military_unit: "An armed force, formation or unit.",
  intelligence_agency: "A state intelligence or security service.",
  international_organisation: "An alliance or intergovernmental body such as NATO or the UN.",
  research_institute: "A think tank, university or research body.",
  media_organisation: "A news agency, broadcaster or publisher.",
  armed_group: "A non-state armed group.",
  other: "Anything that fits none of the above.",
} as const;

export const ALIAS_KINDS = {
  spelling: "Another spelling or transliteration of the same name (Zinoviev / Zinovyev).",
  metonym: "A place name used for the actor (\"Seoul\" for South Korea's government).",
  abbreviation: "An acronym or short form (NIS, ROK).",
  short_name: "A shortened or informal name (\"the North\", \"the Kremlin\").",
  former_name: "A name the actor no longer uses.",
  native_name: "The name in the actor's own language or script.",
} as const;

export const PLACE_KINDS = {
  city: "A city or town.",
  region: "A province, krai, oblast or other sub-national region.",
  country: "A whole country.",
  area: "A wider area without formal borders (a front line, the Far East).",
  sea: "A sea or other body of water.",
  facility: "A base, port or other installation.",
} as const;

export const GEO_PRECISIONS = {
  exact: "The coordinates are the place itself.",
  locality: "The coordinates are the centre of the town or city.",
  region: "The coordinates are the centre of the region.",
  country: "The coordinates are the centre of the country.",
  approximate: "The location is only roughly known.",
} as const;

export const DATE_PRECISIONS = {
  day: "Known to the day.",
  week: "Known to the week (Monday to Sunday).",
  month: "Known to the month.",
  year: "Known to the year.",
} as const;

/**
 * Event types. Each maps to a PLOVER category and, where one fits, to an ACLED
 * event type and sub-event type. ACLED codes violent and demonstration events
 * and a few "strategic developments"; most diplomatic events have no ACLED type.
 */
export const EVENT_TYPES = {
  diplomatic_protest: { plover: "ACCUSE", acled: null, description: "A formal protest: summoning an ambassador, a démarche, an official condemnation." },
  consultation: { plover: "CONSULT", acled: null, description: "A meeting, call or visit between officials." },
  state_visit: { plover: "CONSULT", acled: null, description: "A head of state's or minister's visit to another country." },
  agreement: { plover: "AGREE", acled: ["Strategic developments", "Agreement"], description: "A treaty, deal or other agreement is signed or concluded." },
  troop_deployment: { plover: "MOBILIZE", acled: ["Strategic developments", "Change to group/activity"], description: "Troops are moved to, stationed in or sent to another theatre or country." },
  troop_training: { plover: "MOBILIZE", acled: null, description: "Troops are trained or prepared for an operation." },
  military_aid: { plover: "AID", acled: null, description: "Weapons, ammunition or other military support are supplied to another party." },
  arms_trade: { plover: "COOPERATE", acled: null, description: "Weapons are sold under a commercial or state contract." },
  armed_assault: { plover: "ASSAULT", acled: ["Battles", "Armed clash"], description: "An armed attack, offensive or invasion." },
  intelligence_release: { plover: "CONSULT", acled: null, description: "An intelligence service or government discloses intelligence or imagery." },
  statement: { plover: "CONSULT", acled: null, description: "A public statement that is itself the event." },
  // Violent and demonstration events, as ACLED and UCDP code them.
  battle: { plover: "ASSAULT", acled: ["Battles", "Armed clash"], description: "A clash between organised armed groups (ACLED Battles; UCDP state-based and non-state violence)." },
  remote_violence: { plover: "ASSAULT", acled: ["Explosions/Remote violence", "Shelling/artillery/missile attack"], description: "Shelling, missile, air or drone strikes, mines and other explosions at a distance." },
  violence_against_civilians: { plover: "ASSAULT", acled: ["Violence against civilians", "Attack"], description: "Violence by an armed group against unarmed civilians (ACLED; UCDP one-sided violence)." },
  protest: { plover: "PROTEST", acled: ["Protests", "Peaceful protest"], description: "A public demonstration, peaceful or met with force." },
  riot: { plover: "PROTEST", acled: ["Riots", "Violent demonstration"], description: "A violent demonstration or mob violence." },
  strategic_development: { plover: "OTHER", acled: ["Strategic developments", "Other"], description: "A non-violent development that ACLED records as context (arrests, looting, headquarters established...)." },
  // One generic type for each PLOVER category that no type above covers, so a PLOVER record keeps its category.
  support: { plover: "SUPPORT", acled: null, description: "Verbal support, praise or endorsement (PLOVER SUPPORT)." },
  cooperation: { plover: "COOPERATE", acled: null, description: "Material, economic or security cooperation (PLOVER COOPERATE)." },
  aid: { plover: "AID", acled: null, description: "Humanitarian, economic or other aid (PLOVER AID)." },
  concession: { plover: "CONCEDE", acled: null, description: "Yielding: easing sanctions, releasing prisoners, returning property (PLOVER CONCEDE)." },
  retreat: { plover: "RETREAT", acled: null, description: "Withdrawal of forces or de-escalation (PLOVER RETREAT)." },
  request: { plover: "REQUEST", acled: null, description: "A demand, appeal or request (PLOVER REQUEST; DEMAND in PLOVER 0.5)." },
  accusation: { plover: "ACCUSE", acled: null, description: "Criticism, accusation or an investigation (PLOVER ACCUSE; DISAPPROVE and INVESTIGATE in PLOVER 0.5)." },
  rejection: { plover: "REJECT", acled: null, description: "Rejecting a proposal, demand or accusation (PLOVER REJECT)." },
  threat: { plover: "THREATEN", acled: null, description: "A threat of force, sanctions or other action (PLOVER THREATEN)." },
  sanction: { plover: "SANCTION", acled: null, description: "Sanctions, embargoes, cutting ties (PLOVER SANCTION)." },
  mobilization: { plover: "MOBILIZE", acled: null, description: "Raising alert, mobilising forces or resources (PLOVER MOBILIZE)." },
  coercion: { plover: "COERCE", acled: null, description: "Arrests, expulsions, seizures and other coercion short of assault (PLOVER COERCE)." },
  other: { plover: "OTHER", acled: null, description: "Anything that fits none of the above." },
} as const;

export const EVENT_STATUSES = {
  reported: "Reported by at least one source, not independently confirmed.",
  confirmed: "Confirmed by the parties or by independent evidence.",
  scheduled: "Announced for a future date.",
  expected: "Forecast or said to be coming, with no date fixed (\"soon\", \"likely\").",
  ongoing: "Under way at the time of the latest source.",
  disputed: "Reported by some sources and denied or contested by others.",
  denied: "Denied by a party and not confirmed.",
} as const;

export const PARTICIPANT_ROLES = {
  initiator: "Carries out or starts the event.",
  target: "The event is directed at it.",
  supplier: "Supplies weapons, troops or other support.",
  recipient: "Receives the support or the goods.",
  host: "Hosts a visit or a meeting.",
  visitor: "Makes a visit.",
  party: "A party to an agreement or a call.",
  summoned: "Is summoned or called to account.",
  observer: "Observes or comments without taking part.",
} as const;

export const SOURCE_KINDS = {
  news_report: "An article or wire story by a news organisation.",
  government_statement: "A statement by a government, ministry, office or embassy.",
  intelligence_briefing: "A briefing by an intelligence service, usually to lawmakers or the press.",
  satellite_imagery: "Satellite or aerial images released by someone.",
  social_media_post: "A post on a social-media platform.",
  press_briefing: "Remarks to journalists at a briefing or press conference.",
  interview: "Remarks given in an interview.",
  intelligence_report: "An intelligence report that is cited but not published.",
  dataset: "A record in another dataset (ACLED, UCDP, GDELT...).",
  other: "Anything that fits none of the above.",
} as const;

export const STANCES = {
  asserts: "States that something is so.",
  denies: "States that something is not so.",
  demands: "Demands or urges that someone act.",
  condemns: "Criticises or condemns an act.",
  predicts: "Says what will or is likely to happen.",
  declines_to_comment: "Refuses to confirm or deny.",
  does_not_confirm: "Says it cannot or has not yet confirmed something.",
  pledges: "Commits the claimant to act.",
} as const;

export const CERTAINTIES = {
  certain: "Stated as fact.",
  likely: "Hedged by the claimant as likely (\"likely\", \"expected to\").",
  uncertain: "Hedged by the claimant as uncertain (\"remains to be seen\", \"would\").",
} as const;

export const VERIFICATIONS = {
  unverified: "Nobody independent has checked it.",
  corroborated: "Independent evidence or another party supports it.",
  disputed: "Another party contests it.",
  refuted: "Independent evidence shows it is false.",
} as const;

export const COMPARATORS = {
  exact: "The figure is given as exact.",
  approximately: "\"about\", \"around\", \"some\": value is the stated figure.",
  more_than: "\"more than\": low is the stated figure, exclusive.",
  less_than: "\"less than\": high is the stated figure, exclusive.",
  at_least: "\"at least\", or a vague plural such as \"thousands\": low is the floor.",
  up_to: "\"up to\": high is the ceiling.",
} as const;

export const RELATION_KINDS = {
  supports: "This claim supports the related one.",
  contradicts: "This claim contradicts the related one.",
  responds_to: "This claim answers the related one (a reply, a denial, a refusal to comment).",
  qualified_by: "This claim is hedged or made conditional because of the related one (\"would mark\" while the related claim says the fact is unconfirmed).",
  same_occasion: "This claim was made on the same occasion (briefing, statement, call) as the related one.",
} as const;

/**
 * How a part of a record stands to its source, where it is not simply what
 * the source says. Each mark names the field it is about and gives a reason.
 */
export const ANNOTATION_MARKS = {
  inferred: "Read from the source's context, not stated in it: a date, status or attribution the curator worked out (the reason says how).",
  added: "Outside knowledge the source does not give, added by the curator: an external id, an official name, a title, a coordinate, a kind.",
} as const;

export type Vocabulary = Record<string, string>;
export const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** Describes a vocabulary for a person reading the API docs. */
export function describeVocabulary(lead: string, vocab: Record<string, string | { description: string }>): string {
  const lines = Object.entries(vocab).map(([k, v]) => `- \`${k}\`: ${typeof v === "string" ? v : v.description}`);
  return `${lead}\n\n${lines.join("\n")}`;
}
