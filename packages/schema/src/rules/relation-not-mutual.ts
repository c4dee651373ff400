import { SYMMETRIC_CLAIM_RELATIONS } from "../models/claim-relation.js";
import { indexCorpus } from "./corpus-index.js";
import { defineRule, type Finding } from "./rule.js";

const SYMMETRIC: ReadonlySet<string> = new Set(SYMMETRIC_CLAIM_RELATIONS);

export const relationNotMutualRule = defineRule({
  code: "relation-not-mutual",
  severity: "error",
  description: `A ${SYMMETRIC_CLAIM_RELATIONS.join(" or ")} relation that the other claim does not declare back: these relations hold both ways, and both claims say so.`,
  *check(corpus): Generator<Finding> {
    const claims = indexCorpus(corpus).claim;
    for (const claim of corpus.claims)
      for (const [i, relation] of claim.relations.entries()) {
        if (!SYMMETRIC.has(relation.type) || relation.claim === claim.id) continue;
        const other = claims.get(relation.claim);
        // An unknown claim is reported by unknown-reference.
        if (other === undefined) continue;
        const back = other.relations.filter((r) => r.claim === claim.id);
        if (back.some((r) => r.type === relation.type)) continue;
        const instead = back.find((r) => SYMMETRIC.has(r.type));
        yield {
          recordKind: "claim",
          recordId: claim.id,
          path: ["relations", i, "type"],
          message: `${relation.type} "${relation.claim}", but "${relation.claim}" does not say it ${relation.type} "${claim.id}"${
            instead === undefined ? "" : ` (it says it ${instead.type} it)`
          }`,
          hint: `add { type: ${relation.type}, claim: ${claim.id} } to the relations of "${relation.claim}", or remove this relation`,
        };
      }
  },
});
