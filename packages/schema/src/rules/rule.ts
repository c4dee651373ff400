import type { RuleCode } from "../problems/codes.js";
import type { PathSegment, Problem, RecordKind, Severity } from "../problems/problem.js";
import type { Corpus } from "../records.js";

/** What a rule may know besides the records: today's date, so "no future dates" stays pure. */
export interface RuleContext {
  /** Today, `YYYY-MM-DD`. */
  readonly today: string;
  /**
   * Ids of records that exist but failed their schema, so are not in the corpus. References
   * to them resolve: the contributor sees the record's own problem, not one in every record
   * that names it.
   */
  readonly invalidIds?: InvalidIds;
}

/** Ids by record kind; a kind with none may be left out. */
export type InvalidIds = { readonly [K in RecordKind]?: ReadonlySet<string> };

/** A problem as a rule reports it: the rule fills in code and severity. */
export interface Finding {
  readonly message: string;
  readonly hint: string;
  readonly recordKind: RecordKind;
  readonly recordId: string;
  readonly path: readonly PathSegment[];
}

/** A corpus rule: a pure function over the whole set of records, with a stable code. */
export interface Rule<Code extends string = RuleCode> {
  readonly code: Code;
  readonly severity: Severity;
  readonly description: string;
  readonly check: (corpus: Corpus, context: RuleContext) => Iterable<Finding>;
}

export function defineRule<const Code extends string>(rule: Rule<Code>): Rule<Code> {
  return rule;
}

/** Runs rules over a corpus and returns their problems. */
export function checkCorpus<Code extends string = RuleCode>(
  corpus: Corpus,
  rules: readonly Rule<Code>[],
  context: RuleContext,
): Problem<Code>[] {
  const problems: Problem<Code>[] = [];
  for (const rule of rules) {
    for (const finding of rule.check(corpus, context)) {
      problems.push({ code: rule.code, severity: rule.severity, ...finding });
    }
  }
  return problems;
}
