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

/** How firmly an effect is known, firmest first: the site words an impact's label by it. */
export const IMPACT_CERTAINTIES = ["occurred", "reported", "feared", "speculated"] as const;

export const ImpactCertainty = z
  .enum(IMPACT_CERTAINTIES)
  .describe(
    "How firmly the effect is known: occurred (established: its claims are corroborated or confirmed, or a party to the relationship says so on the record), reported (sources report it happened), feared (officials or sources fear or warn it could happen), speculated (someone speculates or argues it).",
  );
export type ImpactCertainty = z.output<typeof ImpactCertainty>;

export const Impact = z
  .strictObject({
    parties: z
      .array(ActorId)
      .min(2, { message: "a relationship has at least two parties" })
      .describe(
        "The Actors whose relationship was affected, e.g. [united-states, israel] or [united-states, five-eyes].",
      ),
    effect: z.enum(IMPACT_EFFECTS).describe("How the relationship was affected."),
    certainty: ImpactCertainty,
    description: Line.describe(
      "The effect in neutral, attributed words, as firm as its certainty.",
    ),
    from: PartialDate.optional().describe("When the effect began, where known."),
    to: PartialDate.optional().describe("When it ended, where known."),
    claims: Basis,
  })
  .describe("An effect on a bilateral or alliance relationship, and the claims that say so.");
/** An effect on a bilateral or alliance relationship, and the claims that say so. */
export interface Impact extends z.output<typeof Impact> {
  /**
   * The Actors whose relationship was affected, e.g. [united-states, israel] or [united-states,
   * five-eyes].
   */
  parties: z.output<typeof Impact>["parties"];
  /** How the relationship was affected. */
  effect: z.output<typeof Impact>["effect"];
  /**
   * How firmly the effect is known: occurred (established: its claims are corroborated or
   * confirmed, or a party to the relationship says so on the record), reported (sources report it
   * happened), feared (officials or sources fear or warn it could happen), speculated (someone
   * speculates or argues it).
   */
  certainty: ImpactCertainty;
  /** The effect in neutral, attributed words, as firm as its certainty. */
  description: z.output<typeof Impact>["description"];
  /** When the effect began, where known. */
  from?: PartialDate | undefined;
  /** When it ended, where known. */
  to?: PartialDate | undefined;
  /** The Claims this rests on: every fact in a record comes from a sourced claim. */
  claims: z.output<typeof Impact>["claims"];
}
