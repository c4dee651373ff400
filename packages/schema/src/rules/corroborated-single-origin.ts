import { dependenceOf, independentAppearances } from "./graph.js";
import { VIEW_NATURES } from "./opinion-standing.js";
import { defineRule, type Finding } from "./rule.js";

export const corroboratedSingleOriginRule = defineRule({
  code: "corroborated-single-origin",
  severity: "warning",
  description:
    'A claim, other than a view, with standing "corroborated" whose sources are not independent (a common origin in the citation graph, or one publisher): several relays of one report are one report.',
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims) {
      // A view is never "corroborated", however sourced: opinion-standing says so, with its own fix.
      if (claim.standing !== "corroborated" || VIEW_NATURES.has(claim.nature)) continue;
      if (independentAppearances(claim, corpus) !== undefined) continue;
      yield {
        recordKind: "claim",
        recordId: claim.id,
        path: ["standing"],
        message: `"corroborated", but ${dependenceOf(claim, corpus)}`,
        hint: 'add an appearance in an independent source, or set the standing to "reported"',
      };
    }
  },
});
