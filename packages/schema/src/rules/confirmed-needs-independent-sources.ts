import { dependenceOf, independentAppearances } from "./graph.js";
import { defineRule, type Finding } from "./rule.js";

export const confirmedNeedsIndependentSourcesRule = defineRule({
  code: "confirmed-needs-independent-sources",
  severity: "error",
  description:
    'A claim with standing "confirmed" that does not appear in two independent sources: two sources are one when, following relays, quotes and summaries, they trace to a common origin or to origins from one publisher.',
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims) {
      if (claim.standing !== "confirmed") continue;
      if (independentAppearances(claim, corpus) !== undefined) continue;
      yield {
        recordKind: "claim",
        recordId: claim.id,
        path: ["standing"],
        message: `"confirmed", but ${dependenceOf(claim, corpus)}`,
        hint: 'add an appearance in a source with its own reporting (not a relay, quote or summary of these), or set the standing to "reported"',
      };
    }
  },
});
