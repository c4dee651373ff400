import { quoted, redirectGraph } from "./redirects.js";
import { defineRule, type Finding } from "./rule.js";

export const redirectLoopRule = defineRule({
  code: "redirect-loop",
  severity: "error",
  description:
    "Redirects that lead back to the old id they start from (a → b → a, or a → a): the old id would resolve to no record.",
  *check(corpus, context): Generator<Finding> {
    const graph = redirectGraph(corpus, context);
    for (const [at, redirect] of graph.redirects.entries()) {
      if (graph.firstFrom(redirect.kind, redirect.from) !== at || !graph.onLoop(at)) continue;
      yield {
        recordKind: redirect.kind,
        recordId: redirect.from,
        path: ["redirects", at, "to"],
        message: `the ${redirect.kind} id "${redirect.from}" leads back to itself: ${quoted(graph.walk(at))}`,
        hint: `point "to" at the live ${redirect.kind} that holds the record now, and remove the redirect from that id if there is one`,
      };
    }
  },
});
