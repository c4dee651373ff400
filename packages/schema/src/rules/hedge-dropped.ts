import { quoteHedgeIn, statementReading } from "./hedges.js";
import { defineRule, type Finding } from "./rule.js";

export const hedgeDroppedRule = defineRule({
  code: "hedge-dropped",
  severity: "warning",
  description:
    'A claim whose every quote hedges ("apparently", "reportedly", "might"...) but whose statement does not: the statement says more firmly than any source what the sources only suggest.',
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims) {
      const hedges: string[] = [];
      for (const appearance of claim.appearances) {
        const hedge = quoteHedgeIn(appearance.quote);
        if (hedge === undefined) break;
        hedges.push(hedge.toLowerCase());
      }
      if (hedges.length < claim.appearances.length || statementReading(claim).hedged) continue;
      const words = [...new Set(hedges)].map((h) => `"${h}"`).join(", ");
      yield {
        recordKind: "claim",
        recordId: claim.id,
        path: ["statement"],
        message: `every quote hedges (${words}), the statement does not`,
        hint: `keep the hedge in the statement ("reportedly", "may have", "according to ..., apparently"), as the sources put it`,
      };
    }
  },
});
