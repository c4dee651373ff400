import type { Claim } from "../models/claim.js";
import type { PathSegment } from "../problems/problem.js";
import { defineRule, type Finding } from "./rule.js";

/** The first source met twice on an appearance's chain, and where to point at it. */
function loopOf(
  claim: Claim,
  index: number,
): { readonly path: readonly PathSegment[]; readonly chain: readonly string[] } | undefined {
  const appearance = claim.appearances[index];
  if (appearance === undefined) return undefined;
  const chain = [appearance.source];
  let via = appearance.via;
  let own = true;
  for (;;) {
    for (const [j, source] of via.entries()) {
      if (chain.includes(source))
        return {
          path: ["appearances", index, "via", own ? j : appearance.via.length - 1],
          chain: [...chain, source],
        };
      chain.push(source);
    }
    const last = chain[chain.length - 1];
    const onward = claim.appearances.find((a) => a.source === last && a.via.length > 0);
    if (via.length === 0 || onward === undefined) return undefined;
    via = onward.via;
    own = false;
  }
}

export const provenanceLoopRule = defineRule({
  code: "provenance-loop",
  severity: "error",
  description:
    "An appearance whose chain of `via` sources (its own, continued through the claim's appearances in those sources) comes back to a source already on it: a claim cannot reach a source through itself.",
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims)
      for (const i of claim.appearances.keys()) {
        const loop = loopOf(claim, i);
        if (loop === undefined) continue;
        yield {
          recordKind: "claim",
          recordId: claim.id,
          path: loop.path,
          message: `the chain comes back to a source already on it: ${loop.chain.map((s) => `"${s}"`).join(" ← ")}`,
          hint: "list each source once, nearest first, ending where the claim was first reported; an appearance in a source it was relayed from must not name the relay in its own via",
        };
      }
  },
});
