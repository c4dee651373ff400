import { certaintyRank, impactSupport } from "./impact-support.js";
import { defineRule, type Finding } from "./rule.js";

export const impactOverstatedRule = defineRule({
  code: "impact-overstated",
  severity: "error",
  description:
    "An impact whose certainty is firmer than any of its claims supports: occurred needs a corroborated or confirmed claim, or a party's own statement on the record; reported needs a claim that reports it; a claim that speaks of a fear or a possibility supports feared; a view supports speculated.",
  *check(corpus): Generator<Finding> {
    for (const incident of corpus.incidents)
      for (const [i, impact] of incident.impacts.entries()) {
        const { best, byClaim } = impactSupport(impact, corpus);
        // No known claim at all: unknown-reference says so.
        if (byClaim.length === 0) continue;
        if (best !== undefined && certaintyRank(impact.certainty) <= certaintyRank(best)) continue;
        const each = byClaim
          .map(({ claim, support }) => `"${claim}": ${support ?? "retracted"}`)
          .join(", ");
        yield {
          recordKind: "incident",
          recordId: incident.id,
          path: ["impacts", i, "certainty"],
          message:
            best === undefined
              ? `"${impact.certainty}", but every claim it cites is retracted`
              : `"${impact.certainty}", but its claims support at most "${best}" (${each})`,
          hint:
            best === undefined
              ? "cite a claim that still stands, or remove the impact"
              : `set the certainty to "${best}" and word the description to match, or cite a claim that supports "${impact.certainty}"`,
        };
      }
  },
});
