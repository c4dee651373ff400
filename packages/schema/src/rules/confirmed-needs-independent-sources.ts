import { dependenceOf, independentAppearances } from "./graph.js";
import { VIEW_NATURES } from "./opinion-standing.js";
import { defineRule, type Finding } from "./rule.js";

export const confirmedNeedsIndependentSourcesRule = defineRule({
  code: "confirmed-needs-independent-sources",
  severity: "error",
  description:
    'A claim, other than a view, with standing "confirmed" not in two independent sources: two are one when, through relays, quotes and summaries, they trace to one origin or to origins from one publisher.',
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims) {
      // A view is never "confirmed", however sourced: opinion-standing says so, with its own fix.
      if (claim.standing !== "confirmed" || VIEW_NATURES.has(claim.nature)) continue;
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
