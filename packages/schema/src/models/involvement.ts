import * as z from "zod";
import { ActorId, ClaimId } from "../primitives/id.js";
import { AnonymousSource } from "./anonymous-source.js";

export const INVOLVEMENT_STATUSES = ["alleged", "reported", "confirmed"] as const;

/** A basis: the claims a statement of the record rests on. At least one. */
export const Basis = z
  .array(ClaimId)
  .min(1, { message: "cite at least one claim that says so" })
  .describe("The Claims this rests on: every fact in a record comes from a sourced claim.");

export const Involvement = z
  .union([
    z
      .strictObject({
        actor: ActorId.describe("The Actor involved."),
        status: z.enum(INVOLVEMENT_STATUSES).describe("How established the involvement is."),
        claims: Basis,
      })
      .describe("A named Actor's part."),
    z
      .strictObject({
        anonymous: AnonymousSource,
        status: z.enum(INVOLVEMENT_STATUSES).describe("How established the involvement is."),
        claims: Basis,
      })
      .describe("An unnamed party's part, described."),
  ])
  .describe(
    "A party to the incident (who leaked, who received, whose intelligence), named or described.",
  );
export type Involvement = z.output<typeof Involvement>;
