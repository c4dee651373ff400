import { citationCycleRule } from "./citation-cycle.js";
import { citationDateOrderRule } from "./citation-date-order.js";
import { claimBasisIncidentRule } from "./claim-basis-incident.js";
import { claimantSourceNotCitedRule } from "./claimant-source-not-cited.js";
import { corroboratedSingleOriginRule } from "./corroborated-single-origin.js";
import { credibilityNeedsIndependentSourcesRule } from "./credibility-needs-independent-sources.js";
import { duplicateEntryRule } from "./duplicate-entry.js";
import { duplicateIdRule } from "./duplicate-id.js";
import { futureDateRule } from "./future-date.js";
import { hedgeDroppedRule } from "./hedge-dropped.js";
import { impactOverstatedRule } from "./impact-overstated.js";
import { incidentDateOrderRule } from "./incident-date-order.js";
import { inferredDateMismatchRule } from "./inferred-date-mismatch.js";
import { inferredDateUnanchoredRule } from "./inferred-date-unanchored.js";
import { likelyDuplicateIncidentRule } from "./likely-duplicate-incident.js";
import { opinionStandingRule } from "./opinion-standing.js";
import { orphanSourceRule } from "./orphan-source.js";
import { periodOrderRule } from "./period-order.js";
import { provenanceLoopRule } from "./provenance-loop.js";
import { provenanceNotCitedRule } from "./provenance-not-cited.js";
import { quoteLengthRule } from "./quote-length.js";
import { quoteWithoutTextRule } from "./quote-without-text.js";
import { redirectChainRule } from "./redirect-chain.js";
import { redirectIdReusedRule } from "./redirect-id-reused.js";
import { redirectLoopRule } from "./redirect-loop.js";
import { redirectTargetMissingRule } from "./redirect-target-missing.js";
import { relationConflictRule } from "./relation-conflict.js";
import { relationNotMutualRule } from "./relation-not-mutual.js";
import type { Rule } from "./rule.js";
import { selfReferenceRule } from "./self-reference.js";
import { sourceBeforeEventRule } from "./source-before-event.js";
import { sourceUnlocatableRule } from "./source-unlocatable.js";
import { summaryBasisMismatchRule } from "./summary-basis.js";
import { supersedesCycleRule } from "./supersedes-cycle.js";
import { timelineOrderRule } from "./timeline-order.js";
import { unknownReferenceRule } from "./unknown-reference.js";

/** Every corpus rule, grouped as a contributor meets them: ids, references, dates, sourcing. */
export const ALL_RULES: readonly Rule[] = [
  duplicateIdRule,
  unknownReferenceRule,
  selfReferenceRule,
  duplicateEntryRule,
  orphanSourceRule,
  sourceUnlocatableRule,
  claimBasisIncidentRule,
  summaryBasisMismatchRule,
  claimantSourceNotCitedRule,
  incidentDateOrderRule,
  timelineOrderRule,
  periodOrderRule,
  sourceBeforeEventRule,
  citationDateOrderRule,
  futureDateRule,
  inferredDateUnanchoredRule,
  inferredDateMismatchRule,
  citationCycleRule,
  provenanceNotCitedRule,
  provenanceLoopRule,
  corroboratedSingleOriginRule,
  credibilityNeedsIndependentSourcesRule,
  opinionStandingRule,
  hedgeDroppedRule,
  impactOverstatedRule,
  relationNotMutualRule,
  relationConflictRule,
  supersedesCycleRule,
  likelyDuplicateIncidentRule,
  quoteLengthRule,
  quoteWithoutTextRule,
  redirectIdReusedRule,
  redirectTargetMissingRule,
  redirectLoopRule,
  redirectChainRule,
];

export { type CitationGraph, citationGraph, DEPENDENT_CITATIONS } from "./graph.js";
export {
  FEAR_WORDS,
  POSSIBILITY_HEDGES,
  QUOTE_HEDGES,
  quoteHedgeIn,
  REPORT_HEDGES,
  readStatement,
  STATEMENT_HEDGE_WORDS,
  STATEMENT_HEDGES,
  STATEMENT_READING,
  type StatementReading,
  speaksOfPossibility,
  statementIsHedged,
  statementReading,
} from "./hedges.js";
export { certaintyRank, impactSupport, supportOf } from "./impact-support.js";
export { expressionMismatch, type InferredDate, inferredDates } from "./inferred-dates.js";
export {
  type AppearanceChain,
  type ChainNode,
  type ClaimOrigin,
  type ClaimProvenance,
  claimProvenance,
  independentOriginCount,
  type OriginLink,
  type RelayRelation,
  type RelayWalk,
  relayPath,
  singleOriginReason,
  walkRelay,
} from "./provenance.js";
export { QUOTE_WARNING_LENGTH } from "./quote-length.js";
export { type Reference, referencesOf } from "./references.js";
export {
  type SummaryMismatch,
  type SummaryPart,
  summaryParts,
  textParagraphs,
} from "./summary-basis.js";
export {
  citationCycleRule,
  citationDateOrderRule,
  claimantSourceNotCitedRule,
  claimBasisIncidentRule,
  corroboratedSingleOriginRule,
  credibilityNeedsIndependentSourcesRule,
  duplicateEntryRule,
  duplicateIdRule,
  futureDateRule,
  hedgeDroppedRule,
  impactOverstatedRule,
  incidentDateOrderRule,
  inferredDateMismatchRule,
  inferredDateUnanchoredRule,
  likelyDuplicateIncidentRule,
  opinionStandingRule,
  orphanSourceRule,
  periodOrderRule,
  provenanceLoopRule,
  provenanceNotCitedRule,
  quoteLengthRule,
  quoteWithoutTextRule,
  redirectChainRule,
  redirectIdReusedRule,
  redirectLoopRule,
  redirectTargetMissingRule,
  relationConflictRule,
  relationNotMutualRule,
  selfReferenceRule,
  sourceBeforeEventRule,
  sourceUnlocatableRule,
  summaryBasisMismatchRule,
  supersedesCycleRule,
  timelineOrderRule,
  unknownReferenceRule,
};
