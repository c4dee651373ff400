/**
 * @leaks/corpus: the validated Leaks Dossier data, typed, with the loader and checks that
 * produce it. The data is bundled into this module at build time from dist/corpus.json,
 * which the build writes only when the data has no error-severity problem.
 */
import data from "virtual:leaks-corpus-data";
import { createCorpusView } from "./corpus-view.js";
import { deepFreeze } from "./deep-freeze.js";

const view = createCorpusView(deepFreeze(data));

/** Every incident, validated, defaults filled in, sorted by id. */
export const incidents = view.incidents;
/** Every claim, sorted by the folder of its first incident, then by id. */
export const claims = view.claims;
/** Every actor, sorted by id. */
export const actors = view.actors;
/** Every source, sorted by id. */
export const sources = view.sources;

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
} = view;

export type { Actor, Claim, Corpus, Impact, Incident, Problem, Source } from "@leaks/schema";
export {
  type ClaimsByStanding,
  groupByStanding,
  type StandingGroup,
  standingGroupOf,
} from "./claim-groups.js";
export {
  type CitingSource,
  type ClaimantQuery,
  type CorpusView,
  createCorpusView,
  type RelationshipImpacts,
  relationshipKey,
} from "./corpus-view.js";
export {
  CLAIMS_FOLDER,
  KIND_FOLDERS,
  type Placement,
  placementOf,
  RECORD_EXTENSION,
  recordFilePath,
} from "./layout.js";
export * from "./loader/index.js";
export {
  PROBLEM_CATALOGUE,
  type ProblemCodeInfo,
  type ProblemOrigin,
} from "./problem-catalogue.js";
export type { RelayChain, RelayStep } from "./relay-chain.js";
