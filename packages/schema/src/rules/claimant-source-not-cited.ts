import { defineRule, type Finding } from "./rule.js";

export const claimantSourceNotCitedRule = defineRule({
  code: "claimant-source-not-cited",
  severity: "error",
  description:
    "A claim made in a source's own voice (claimant source-author) that does not appear in that source: the quote that attributes it is missing.",
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims) {
      const { claimant } = claim;
      if (claimant.kind !== "source-author") continue;
      if (claim.appearances.some((appearance) => appearance.source === claimant.source)) continue;
      yield {
        recordKind: "claim",
        recordId: claim.id,
        path: ["claimant", "source"],
        message: `the claim is attributed to the author of "${claimant.source}", which is not among its appearances`,
        hint: `add an appearance in "${claimant.source}" with the verbatim quote, or attribute the claim to whoever makes it`,
      };
    }
  },
});
