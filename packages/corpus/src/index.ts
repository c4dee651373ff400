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
  Redirect,
  ResolveId,
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

/**
 * The old ids of renamed or merged records, each with the id it leads to (`to`), why
 * (`renamed` or `merged`) and when; empty while no record was renamed or merged.
 */
export const redirects = view.redirects as readonly Redirect[];

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

/**
 * The id a record of this kind has now: a live id is itself, an old id (of a renamed or
 * merged record) the id it leads to, any other id undefined. Use it on ids kept from an
 * earlier version of the data (a link, a saved reference) before looking them up.
 */
export const resolveId: ResolveId = view.resolveId as ResolveId;

// Each helper with its documentation, CorpusView's (test/helper-docs.test.ts holds them alike).
/** The incident with this id; undefined for an id the corpus does not hold. */
export const getIncident: ShippedQueries["getIncident"] = queries.getIncident;
/** The claim with this id; undefined for an id the corpus does not hold. */
export const getClaim: ShippedQueries["getClaim"] = queries.getClaim;
/** The actor with this id; undefined for an id the corpus does not hold. */
export const getActor: ShippedQueries["getActor"] = queries.getActor;
/** The source with this id; undefined for an id the corpus does not hold. */
export const getSource: ShippedQueries["getSource"] = queries.getSource;
/** The claims about an incident (those listing it in `incidents`), in corpus order. */
export const claimsOfIncident: ShippedQueries["claimsOfIncident"] = queries.claimsOfIncident;
/** Those claims grouped by standing: see `ClaimsByStanding` for the groups. */
export const claimsByStanding: ShippedQueries["claimsByStanding"] = queries.claimsByStanding;
/** For each appearance of a claim: its source and the chain of sources back to the origin. */
export const relayChain: ShippedQueries["relayChain"] = queries.relayChain;
/**
 * Where a claim comes from, from its own appearances only: each appearance's chain, the
 * origins, and the origins grouped into independent ones (`independent.length` is what
 * corroboration is counted in). Undefined for an unknown claim.
 */
export const provenance: ShippedQueries["provenance"] = queries.provenance;
/**
 * Incidents an actor is part of: named as discloser, recipient or originator, as a party
 * to an impact, or as the claimant of one of the incident's claims.
 */
export const incidentsOfActor: ShippedQueries["incidentsOfActor"] = queries.incidentsOfActor;
/** The actors of an incident, by the same measure as `incidentsOfActor`, in corpus order. */
export const actorsOfIncident: ShippedQueries["actorsOfIncident"] = queries.actorsOfIncident;
/**
 * Sources of an incident: where its claims appear or whose authors make them, and the
 * sources those draw on (transitively), in corpus order.
 */
export const sourcesOfIncident: ShippedQueries["sourcesOfIncident"] = queries.sourcesOfIncident;
/** Impacts grouped by relationship, keyed by the sorted party ids joined by `--`. */
export const impactsByRelationship: ShippedQueries["impactsByRelationship"] =
  queries.impactsByRelationship;
/** The claims with an appearance in a source, in corpus order. */
export const claimsInSource: ShippedQueries["claimsInSource"] = queries.claimsInSource;
/**
 * The claims a claimant makes, in corpus order. An anonymous descriptor matches as written,
 * ignoring case and surrounding spaces ("US officials" is not "American officials").
 */
export const claimsByClaimant: ShippedQueries["claimsByClaimant"] = queries.claimsByClaimant;
/**
 * The claims whose record names an actor: as the claimant, as the relayer of an anonymous
 * claimant's words, or as a party to an impact that rests on the claim. In corpus order.
 */
export const claimsMentioningActor: ShippedQueries["claimsMentioningActor"] =
  queries.claimsMentioningActor;
/**
 * The claims the impacts on one relationship rest on (its parties in any order, or its
 * `relationshipKey`), in corpus order.
 */
export const claimsOfRelationship: ShippedQueries["claimsOfRelationship"] =
  queries.claimsOfRelationship;
/** The sources that draw on a source (relay, quote, summarise or cite it), in corpus order. */
export const citedBy: ShippedQueries["citedBy"] = queries.citedBy;
/**
 * A claim's independent origins: its origin sources grouped so that two groups are
 * independent (see `provenance`); corroboration is counted in groups. Empty for an unknown
 * claim.
 */
export const independentOrigins: ShippedQueries["independentOrigins"] = queries.independentOrigins;

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
  IdOfKind,
  Impact,
  Incident,
  IncidentId,
  Redirect,
  RelationshipImpacts,
  RelayChain,
  RelayStep,
  ResolveId,
  Shipped,
  ShippedQueries,
  Source,
  SourceId,
} from "./shipped.js";
