import { indexCorpus } from "./corpus-index.js";
import { DEPENDENT_CITATIONS } from "./graph.js";
import { defineRule, type Finding } from "./rule.js";

export const provenanceNotCitedRule = defineRule({
  code: "provenance-not-cited",
  severity: "error",
  description:
    "An appearance whose `via` says a source got the claim from another that it does not relay, quote or summarise in its `cites`: the chain and the citation graph must agree.",
  *check(corpus): Generator<Finding> {
    const sources = indexCorpus(corpus).source;
    for (const claim of corpus.claims)
      for (const [i, appearance] of claim.appearances.entries()) {
        let citing = appearance.source;
        const seen = new Set([citing]);
        for (const [j, next] of appearance.via.entries()) {
          // A loop is provenance-loop's to report, once; unknown sources unknown-reference's.
          if (seen.has(next)) break;
          seen.add(next);
          const source = sources.get(citing);
          if (source !== undefined && sources.has(next)) {
            const citation = source.cites.find((c) => c.source === next);
            if (citation === undefined || !DEPENDENT_CITATIONS.has(citation.relation))
              yield {
                recordKind: "claim",
                recordId: claim.id,
                path: ["appearances", i, "via", j],
                message:
                  citation === undefined
                    ? `"${citing}" got the claim from "${next}", says via, but its cites do not list "${next}"`
                    : `"${citing}" got the claim from "${next}", says via, but only "cites" it (a reference, not a relay)`,
                hint: `add { source: ${next}, relation: relays | quotes | summarises } to the cites of "${citing}", or correct via`,
              };
          }
          citing = next;
        }
      }
  },
});
