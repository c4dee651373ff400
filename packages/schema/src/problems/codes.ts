/**
 * Every code a problem of @leaks/schema can have: stable, documented in docs/problem-codes.md.
 * A leaf module (it imports nothing), so that the problem type can name the codes.
 */

/** Codes for problems found by the record schemas (the corpus rules have their own). */
export const SCHEMA_PROBLEM_CODES = {
  "missing-field": "A required field is absent.",
  "unknown-key": "A key the schema does not know: usually a misspelling.",
  "wrong-type": "A value of the wrong type (text where a list is expected, and so on).",
  "invalid-value": "A value outside the allowed set (an enum or literal).",
  "invalid-format": "Text that does not match the required format (id, URL, date, hash...).",
  "unsafe-character":
    "A control, bidirectional or invisible character in a text or a URL (a right-to-left override, a zero-width space, a joiner that joins nothing...): it would hide or reorder what a reader sees.",
  "invalid-date":
    "A partial date that is not a calendar date, or a range that ends before it starts.",
  "invalid-language": "A language tag that is not well-formed BCP 47.",
  "out-of-range": "A number, text or list that is too small or too large.",
  "invalid-shape": "A value that matches none of the allowed shapes.",
  "unknown-kind": "A record kind other than incident, claim, actor and source.",
} as const;
export type SchemaProblemCode = keyof typeof SCHEMA_PROBLEM_CODES;

/** The codes of the corpus rules; a test holds this list to ALL_RULES. */
export const RULE_CODES = [
  "citation-cycle",
  "citation-date-order",
  "claim-basis-incident",
  "claimant-source-not-cited",
  "corroborated-single-origin",
  "credibility-needs-independent-sources",
  "duplicate-entry",
  "duplicate-id",
  "future-date",
  "hedge-dropped",
  "impact-overstated",
  "incident-date-order",
  "inferred-date-mismatch",
  "inferred-date-unanchored",
  "likely-duplicate-incident",
  "opinion-standing",
  "orphan-source",
  "period-order",
  "provenance-loop",
  "provenance-not-cited",
  "quote-length",
  "quote-without-text",
  "redirect-chain",
  "redirect-id-reused",
  "redirect-loop",
  "redirect-target-missing",
  "relation-conflict",
  "relation-not-mutual",
  "self-reference",
  "source-before-event",
  "source-unlocatable",
  "summary-basis-mismatch",
  "supersedes-cycle",
  "timeline-order",
  "unknown-reference",
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** The code of a problem of the record schemas or of the corpus rules. */
export type ProblemCode = SchemaProblemCode | RuleCode;
