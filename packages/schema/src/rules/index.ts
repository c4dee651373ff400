import { citationCycleRule } from "./citation-cycle.js";
import { citationDateOrderRule } from "./citation-date-order.js";
import { claimBasisIncidentRule } from "./claim-basis-incident.js";
import { claimantSourceNotCitedRule } from "./claimant-source-not-cited.js";
import { confirmedNeedsIndependentSourcesRule } from "./confirmed-needs-independent-sources.js";
import { corroboratedSingleOriginRule } from "./corroborated-single-origin.js";
import { credibilityNeedsIndependentSourcesRule } from "./credibility-needs-independent-sources.js";
import { duplicateEntryRule } from "./duplicate-entry.js";
import { duplicateIdRule } from "./duplicate-id.js";
import { futureDateRule } from "./future-date.js";
import { incidentDateOrderRule } from "./incident-date-order.js";
import { opinionStandingRule } from "./opinion-standing.js";
import { orphanSourceRule } from "./orphan-source.js";
import { periodOrderRule } from "./period-order.js";
import { quoteLengthRule } from "./quote-length.js";
import { quoteWithoutTextRule } from "./quote-without-text.js";
import { relationConflictRule } from "./relation-conflict.js";
import { relationNotMutualRule } from "./relation-not-mutual.js";
import type { Rule } from "./rule.js";
import { selfReferenceRule } from "./self-reference.js";
import { sourceBeforeEventRule } from "./source-before-event.js";
import { sourceUnlocatableRule } from "./source-unlocatable.js";
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
  claimantSourceNotCitedRule,
  incidentDateOrderRule,
  timelineOrderRule,
  periodOrderRule,
  sourceBeforeEventRule,
  citationDateOrderRule,
  futureDateRule,
  citationCycleRule,
  confirmedNeedsIndependentSourcesRule,
  corroboratedSingleOriginRule,
  credibilityNeedsIndependentSourcesRule,
  opinionStandingRule,
  relationNotMutualRule,
  relationConflictRule,
  supersedesCycleRule,
  quoteLengthRule,
  quoteWithoutTextRule,
];

export {
  type AppearanceOrigins,
  appearanceOrigins,
  type CitationGraph,
  citationGraph,
  DEPENDENT_CITATIONS,
  dependenceOf,
  independentAppearances,
} from "./graph.js";
export { QUOTE_WARNING_LENGTH } from "./quote-length.js";
export { type Reference, referencesOf } from "./references.js";
export {
  citationCycleRule,
  citationDateOrderRule,
  claimantSourceNotCitedRule,
  claimBasisIncidentRule,
  confirmedNeedsIndependentSourcesRule,
  corroboratedSingleOriginRule,
  credibilityNeedsIndependentSourcesRule,
  duplicateEntryRule,
  duplicateIdRule,
  futureDateRule,
  incidentDateOrderRule,
  opinionStandingRule,
  orphanSourceRule,
  periodOrderRule,
  quoteLengthRule,
  quoteWithoutTextRule,
  relationConflictRule,
  relationNotMutualRule,
  selfReferenceRule,
  sourceBeforeEventRule,
  sourceUnlocatableRule,
  supersedesCycleRule,
  timelineOrderRule,
  unknownReferenceRule,
};
