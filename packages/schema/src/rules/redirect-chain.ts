import { quoted, redirectGraph } from "./redirects.js";
import { defineRule, type Finding } from "./rule.js";

export const redirectChainRule = defineRule({
  code: "redirect-chain",
  severity: "error",
  description:
    "A redirect whose target is itself an old id that redirects on (a → b, b → c): every redirect leads straight to a live record.",
  *check(corpus, context): Generator<Finding> {
    const graph = redirectGraph(corpus, context);
    for (const [at, redirect] of graph.redirects.entries()) {
      if (graph.firstFrom(redirect.kind, redirect.to) === undefined || graph.onLoop(at)) continue;
      const ids = graph.walk(at);
      const last = ids.at(-1) as string;
      const endsInLoop = ids.indexOf(last) !== ids.length - 1;
      yield {
        recordKind: redirect.kind,
        recordId: redirect.from,
        path: ["redirects", at, "to"],
        message: `the ${redirect.kind} id "${redirect.from}" leads to "${redirect.to}", itself redirected: ${quoted(ids)}`,
        hint: endsInLoop
          ? "the redirects it leads through loop: fix that loop first, then point this one at the live record"
          : `point "to" at "${last}", where the chain ends, directly`,
      };
    }
  },
});
