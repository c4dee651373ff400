import type { ClaimRelation } from "../models/claim-relation.js";
import { defineRule, type Finding } from "./rule.js";

/** Relations that cannot hold together between the same two claims. */
const OPPOSITES: Readonly<
  Partial<Record<ClaimRelation["type"], readonly ClaimRelation["type"][]>>
> = {
  supports: ["contradicts"],
  contradicts: ["supports", "in-tension-with"],
  "in-tension-with": ["contradicts"],
};

export const relationConflictRule = defineRule({
  code: "relation-conflict",
  severity: "error",
  description:
    "A claim that both supports and contradicts the same other claim, or that both contradicts it and is in tension with it (claims in tension can both be true; contradicting ones cannot).",
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims) {
      const firstOfType = new Map<string, number>();
      for (const [i, relation] of claim.relations.entries()) {
        const opposites = OPPOSITES[relation.type];
        if (opposites === undefined) continue;
        for (const opposite of opposites) {
          const earlier = firstOfType.get(`${opposite}\u0000${relation.claim}`);
          if (earlier !== undefined)
            yield {
              recordKind: "claim",
              recordId: claim.id,
              path: ["relations", i, "type"],
              message: `${relation.type} "${relation.claim}", which relations[${earlier}] says it ${opposite}`,
              hint: "keep the one relation that holds; if the claim agrees in part, split it into two claims",
            };
        }
        const key = `${relation.type}\u0000${relation.claim}`;
        if (!firstOfType.has(key)) firstOfType.set(key, i);
      }
    }
  },
});
