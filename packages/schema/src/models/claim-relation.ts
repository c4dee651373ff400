import * as z from "zod";
import { ClaimId } from "../primitives/id.js";
import { Line } from "../primitives/text.js";

export const CLAIM_RELATION_TYPES = [
  "supports",
  "contradicts",
  "in-tension-with",
  "responds-to",
  "supersedes",
] as const;

/** Relations that hold both ways: each claim of the pair must say so. */
export const SYMMETRIC_CLAIM_RELATIONS = ["supports", "contradicts", "in-tension-with"] as const;

export const ClaimRelation = z
  .strictObject({
    type: z
      .enum(CLAIM_RELATION_TYPES)
      .describe(
        "supports / contradicts (they cannot both be true) / in-tension-with (they pull apart but can both be true); these three are symmetric: both claims say so. responds-to (this claim answers the other), supersedes (this claim corrects the other, which is kept).",
      ),
    claim: ClaimId.describe("The other Claim."),
    note: Line.optional().describe("How they relate, in a few words."),
  })
  .describe("A typed link to another claim.");
/** A typed link to another claim. */
export interface ClaimRelation extends z.output<typeof ClaimRelation> {
  /**
   * supports / contradicts (they cannot both be true) / in-tension-with (they pull apart but can
   * both be true); these three are symmetric: both claims say so. responds-to (this claim answers
   * the other), supersedes (this claim corrects the other, which is kept).
   */
  type: z.output<typeof ClaimRelation>["type"];
  /** The other Claim. */
  claim: z.output<typeof ClaimRelation>["claim"];
  /** How they relate, in a few words. */
  note?: z.output<typeof ClaimRelation>["note"];
}
