import { didYouMean } from "../problems/suggest.js";
import { indexCorpus } from "./corpus-index.js";
import { redirectGraph } from "./redirects.js";
import { defineRule, type Finding } from "./rule.js";

export const redirectTargetMissingRule = defineRule({
  code: "redirect-target-missing",
  severity: "error",
  description:
    "A redirect to an id that no record of its kind has (and no other redirect leaves): the old id would resolve to nothing.",
  *check(corpus, context): Generator<Finding> {
    const graph = redirectGraph(corpus, context);
    for (const [at, redirect] of graph.redirects.entries()) {
      const { kind, from, to } = redirect;
      if (graph.isLive(kind, to) || graph.firstFrom(kind, to) !== undefined) continue;
      const close = didYouMean(to, [...indexCorpus(corpus)[kind].keys()]);
      yield {
        recordKind: kind,
        recordId: from,
        path: ["redirects", at, "to"],
        message: `the ${kind} id "${from}" leads to "${to}", but there is no ${kind} "${to}"`,
        hint:
          close === undefined
            ? `point "to" at the id of the ${kind} that holds the record now`
            : `did you mean "${close}"? Point "to" at the id of the ${kind} that holds the record now`,
      };
    }
  },
});
