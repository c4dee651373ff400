import { CREDIBILITY_GRADES } from "../primitives/admiralty.js";
import { independentOriginCount, singleOriginReason } from "./provenance.js";
import { defineRule, type Finding } from "./rule.js";

export const credibilityNeedsIndependentSourcesRule = defineRule({
  code: "credibility-needs-independent-sources",
  severity: "error",
  description: `A claim graded credibility 1 ("${CREDIBILITY_GRADES[1]}") with fewer than two independent origins among its own appearances.`,
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims) {
      if (claim.credibility.grade !== 1) continue;
      if (independentOriginCount(claim, corpus) >= 2) continue;
      yield {
        recordKind: "claim",
        recordId: claim.id,
        path: ["credibility", "grade"],
        message: `credibility 1 ("${CREDIBILITY_GRADES[1]}"), but ${singleOriginReason(claim, corpus)}`,
        hint: "add an appearance in an independent source, or grade it 2 (probably true) or lower",
      };
    }
  },
});
