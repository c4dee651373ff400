import { defineRule, type Finding } from "./rule.js";

export const relationConflictRule = defineRule({
  code: "relation-conflict",
  severity: "error",
  description: "A claim that both supports and contradicts the same other claim.",
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims) {
      const firstOfType = new Map<string, number>();
      for (const [i, relation] of claim.relations.entries()) {
        if (relation.type !== "supports" && relation.type !== "contradicts") continue;
        const opposite = relation.type === "supports" ? "contradicts" : "supports";
        const earlier = firstOfType.get(`${opposite}\u0000${relation.claim}`);
        if (earlier !== undefined)
          yield {
            recordKind: "claim",
            recordId: claim.id,
            path: ["relations", i, "type"],
            message: `${relation.type} "${relation.claim}", which relations[${earlier}] says it ${opposite}`,
            hint: "keep the one relation that holds; if the claim agrees in part, split it into two claims",
          };
        const key = `${relation.type}\u0000${relation.claim}`;
        if (!firstOfType.has(key)) firstOfType.set(key, i);
      }
    }
  },
});
