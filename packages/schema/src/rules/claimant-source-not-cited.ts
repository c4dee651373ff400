import { indexCorpus } from "./corpus-index.js";
import { defineRule, type Finding } from "./rule.js";

export const claimantSourceNotCitedRule = defineRule({
  code: "claimant-source-not-cited",
  severity: "error",
  description:
    "A claim made in a source's own voice (claimant source-author) that neither appears in that source nor reaches another through it (via): the quote that attributes it is missing.",
  *check(corpus): Generator<Finding> {
    const sources = indexCorpus(corpus).source;
    for (const claim of corpus.claims) {
      const { claimant } = claim;
      if (claimant.kind !== "source-author") continue;
      // A misspelled source is unknown-reference's to report, with the id it meant.
      if (claim.appearances.some((appearance) => !sources.has(appearance.source))) continue;
      // The claim may reach the record only through others that relay that source.
      if (
        claim.appearances.some(
          (appearance) =>
            appearance.source === claimant.source || appearance.via.includes(claimant.source),
        )
      )
        continue;
      yield {
        recordKind: "claim",
        recordId: claim.id,
        path: ["claimant", "source"],
        message: `the claim is attributed to the author of "${claimant.source}", which is neither among its appearances nor in their via`,
        hint: `add an appearance in "${claimant.source}" with the verbatim quote (or name it in the via of the appearance that relays it), or attribute the claim to whoever makes it`,
      };
    }
  },
});
