import { walkRelay } from "./provenance.js";
import { defineRule, type Finding } from "./rule.js";

export const provenanceLoopRule = defineRule({
  code: "provenance-loop",
  severity: "error",
  description:
    "An appearance whose chain of `via` sources (its own, continued through the claim's appearances in those sources) comes back to a source already on it: a claim cannot reach a source through itself.",
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims)
      for (const [i, appearance] of claim.appearances.entries()) {
        const { path, loop } = walkRelay(claim, i);
        if (loop === undefined) continue;
        // A loop met further along is pointed at from the last source this appearance names.
        const at = loop.own ? loop.index : appearance.via.length - 1;
        yield {
          recordKind: "claim",
          recordId: claim.id,
          path: ["appearances", i, "via", at],
          message: `the chain comes back to a source already on it: ${[...path, loop.source].map((s) => `"${s}"`).join(" ← ")}`,
          hint: "list each source once, nearest first, ending where the claim was first reported; an appearance in a source it was relayed from must not name the relay in its own via",
        };
      }
  },
});
