import * as z from "zod";
import { ActorId } from "../primitives/id.js";
import { PartialDate } from "../primitives/partial-date.js";
import { Line } from "../primitives/text.js";
import { Basis } from "./involvement.js";

export const IMPACT_EFFECTS = [
  "trust-damaged",
  "sharing-paused",
  "sharing-restricted",
  "protest",
  "briefing-requested",
  "reassurance",
  "investigation",
  "visit-in-doubt",
  "no-change",
  "other",
] as const;

export const Impact = z
  .strictObject({
    parties: z
      .array(ActorId)
      .min(2, { message: "a relationship has at least two parties" })
      .describe(
        "The Actors whose relationship was affected, e.g. [united-states, israel] or [united-states, five-eyes].",
      ),
    effect: z.enum(IMPACT_EFFECTS).describe("How the relationship was affected."),
    description: Line.describe("The effect in neutral, attributed words."),
    from: PartialDate.optional().describe("When the effect began, where known."),
    to: PartialDate.optional().describe("When it ended, where known."),
    claims: Basis,
  })
  .describe("An effect on a bilateral or alliance relationship, and the claims that say so.");
export type Impact = z.output<typeof Impact>;
