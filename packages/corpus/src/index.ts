/**
 * @leaks/corpus: the validated Leaks Dossier data, frozen and typed, with query helpers over
 * it. This entry has no runtime dependency and touches no Node API, so that it bundles for
 * browsers: the data is the package's corpus.json, imported as JSON, which the build writes only when
 * the data has no error-severity problem. The loader and the checks live in
 * `@leaks/corpus/loader` (Node only).
 */
import data from "virtual:leaks-corpus-data" with { type: "json" };
import metaData from "virtual:leaks-corpus-meta" with { type: "json" };
import { createCorpusView } from "./corpus-view.js";
import { deepFreeze } from "./deep-freeze.js";
import type {
  Actor,
  ActorId,
  Claim,
  ClaimId,
  DataIds,
  DataMeta,
  Incident,
  IncidentId,
  ShippedQueries,
  Source,
  SourceId,
} from "./shipped.js";

const view = createCorpusView(deepFreeze(data));
const queries = view as unknown as ShippedQueries;

/** What the data is: its version, licence, the day it last changed and how many records. */
export const meta: DataMeta = deepFreeze(metaData);

/** Every incident, validated, defaults filled in, sorted by id. */
export const incidents = view.incidents as readonly Incident[];
/** Every claim, sorted by the folder of its first incident, then by id. */
export const claims = view.claims as readonly Claim[];
/** Every actor, sorted by id. */
export const actors = view.actors as readonly Actor[];
/** Every source, sorted by id. */
export const sources = view.sources as readonly Source[];

/** The ids of every record, by kind, in the order of the lists above. */
export const ids: DataIds = deepFreeze({
  incidents: incidents.map((record) => record.id),
  claims: claims.map((record) => record.id),
  actors: actors.map((record) => record.id),
  sources: sources.map((record) => record.id),
});

const known = {
  incidents: new Set<string>(ids.incidents),
  claims: new Set<string>(ids.claims),
  actors: new Set<string>(ids.actors),
  sources: new Set<string>(ids.sources),
};
/** Whether a string (from a URL, say) is the id of a shipped incident. */
export const isIncidentId = (value: string): value is IncidentId => known.incidents.has(value);
/** Whether a string is the id of a shipped claim. */
export const isClaimId = (value: string): value is ClaimId => known.claims.has(value);
/** Whether a string is the id of a shipped actor. */
export const isActorId = (value: string): value is ActorId => known.actors.has(value);
/** Whether a string is the id of a shipped source. */
export const isSourceId = (value: string): value is SourceId => known.sources.has(value);

export const {
  getIncident,
  getClaim,
  getActor,
  getSource,
  claimsOfIncident,
  claimsByStanding,
  relayChain,
  provenance,
  incidentsOfActor,
  actorsOfIncident,
  sourcesOfIncident,
  impactsByRelationship,
  claimsInSource,
  claimsByClaimant,
  claimsMentioningActor,
  claimsOfRelationship,
  citedBy,
  independentOrigins,
}: ShippedQueries = queries;

export {
  type GroupedClaim,
  groupByStanding,
  type StandingGroup,
  standingGroupOf,
} from "./claim-groups.js";
export {
  type ClaimantQuery,
  type CorpusView,
  createCorpusView,
  relationshipKey,
} from "./corpus-view.js";
export type {
  Actor,
  ActorId,
  CitingSource,
  Claim,
  ClaimId,
  ClaimProvenance,
  ClaimsByStanding,
  DataIds,
  DataMeta,
  DeepReadonly,
  Impact,
  Incident,
  IncidentId,
  RelationshipImpacts,
  RelayChain,
  RelayStep,
  Shipped,
  ShippedQueries,
  Source,
  SourceId,
} from "./shipped.js";
