/**
 * Words that make a statement less than certain, in one list so that the rules and their tests
 * agree. hedge-dropped: a claim whose every quote hedges keeps a hedge in its statement.
 * impact-overstated: a claim that speaks of a fear or a possibility supports a feared impact,
 * not one that occurred.
 */

/** Hedges of report: the source does not vouch for what it passes on. */
export const REPORT_HEDGES = [
  "allegedly",
  "apparently",
  "reportedly",
  "purportedly",
  "supposedly",
  "seemingly",
  "it seems",
  "seems",
  "seem",
  "seemed",
  "appears to",
  "appear to",
  "appeared to",
  "is said to",
  "are said to",
  "was said to",
  "were said to",
  "believed to",
  "thought to",
] as const;

/** Hedges of possibility: what may happen or may have happened, not what did. */
export const POSSIBILITY_HEDGES = [
  "may",
  "might",
  "could",
  "possibly",
  "perhaps",
  "probably",
  "likely",
] as const;

/** Words of fear or warning: an outcome someone worries about, not one that happened. */
export const FEAR_WORDS = [
  "fear",
  "fears",
  "feared",
  "fearing",
  "worry",
  "worries",
  "worried",
  "concern",
  "concerns",
  "concerned",
  "warn",
  "warns",
  "warned",
  "risk",
  "risks",
  "jeopardize",
  "jeopardise",
] as const;

/**
 * Further words that keep a statement as tentative as its quote, though too common to mark a
 * quote as hedged: "reported", "alleged", "suggests", "speculates", "asks"...
 */
export const STATEMENT_HEDGES = [
  "alleged",
  "alleges",
  "reported",
  "unconfirmed",
  "unverified",
  "suggest",
  "suggests",
  "suggested",
  "speculate",
  "speculates",
  "speculated",
  "believe",
  "believes",
  "asks",
  "asked",
  "whether",
  "would",
  "can",
  "if",
  "not clear",
  "unclear",
] as const;

/** Hedges whose presence in every quote of a claim asks for a hedge in its statement. */
export const QUOTE_HEDGES: readonly string[] = [...REPORT_HEDGES, ...POSSIBILITY_HEDGES];

/** Words any of which keeps a statement hedged. */
export const STATEMENT_HEDGE_WORDS: readonly string[] = [
  ...QUOTE_HEDGES,
  ...FEAR_WORDS,
  ...STATEMENT_HEDGES,
];

function matcher(words: readonly string[]): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "iu");
}

const QUOTE_HEDGE = matcher(QUOTE_HEDGES);
const STATEMENT_HEDGE = matcher(STATEMENT_HEDGE_WORDS);
const POSSIBILITY = matcher([...POSSIBILITY_HEDGES, ...FEAR_WORDS]);

/** The first hedge of a quote, as written, if any. */
export function quoteHedgeIn(text: string): string | undefined {
  return QUOTE_HEDGE.exec(text)?.[0];
}

/** Whether a statement keeps a hedge of any kind. */
export function statementIsHedged(text: string): boolean {
  return STATEMENT_HEDGE.test(text);
}

/** A fear said to have come true ("confirmed their worst fears") speaks of an outcome. */
const FEAR_COME_TRUE =
  /\b(?:confirm(?:s|ed)?|realis(?:es|ed)|realiz(?:es|ed))\b[^.;]{0,40}\bfears?\b|\bfears?\b[^.;]{0,40}\b(?:confirmed|realised|realized|came true|borne out)\b/giu;

/** Whether a text speaks of a fear, a risk or a possibility rather than an outcome. */
export function speaksOfPossibility(text: string): boolean {
  // Most texts name no fear: the search for one come true is spared them.
  return POSSIBILITY.test(/fear/i.test(text) ? text.replace(FEAR_COME_TRUE, "") : text);
}

/** What the corpus rules read of a claim's statement, and all that they read of it. */
export interface StatementReading {
  /** It keeps a hedge of any kind (`statementIsHedged`). */
  readonly hedged: boolean;
  /** It speaks of a fear, a risk or a possibility (`speaksOfPossibility`). */
  readonly possibility: boolean;
}

/**
 * Where a claim may carry its statement's reading, taken beforehand: a loader that keeps the
 * statements themselves out of memory sets it (not enumerable), and `statementReading` then
 * never touches the text.
 */
export const STATEMENT_READING: unique symbol = Symbol.for("@leaks/schema: statement reading");

/** Reads a statement as the corpus rules do. */
export function readStatement(text: string): StatementReading {
  return { hedged: statementIsHedged(text), possibility: speaksOfPossibility(text) };
}

/**
 * What the rules know of a claim's statement: the reading it carries, else the statement read
 * now. Rules go through this, never `claim.statement`, so that what they see of a statement is
 * exactly a `StatementReading`.
 */
export function statementReading(claim: {
  readonly statement: string;
  readonly [STATEMENT_READING]?: StatementReading;
}): StatementReading {
  return claim[STATEMENT_READING] ?? readStatement(claim.statement);
}
