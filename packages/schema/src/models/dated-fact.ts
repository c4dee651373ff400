import * as z from "zod";
import { PartialDate } from "../primitives/partial-date.js";
import { DateBasis } from "./date-basis.js";
import { Basis } from "./involvement.js";

export const DatedFact = z
  .strictObject({
    date: PartialDate,
    inferred: DateBasis.optional().describe(
      "Where no source writes the date out: the expression it is inferred from.",
    ),
    claims: Basis,
  })
  .describe("A date and the claims it rests on.");
/** A date and the claims it rests on. */
export interface DatedFact extends z.output<typeof DatedFact> {
  /**
   * A partial date (EDTF subset): 2017, 2017-05 or 2017-05-16; suffix ~ approximate, ? uncertain, %
   * both; a range as 2017-05-10/2017-05-16.
   */
  date: PartialDate;
  /** Where no source writes the date out: the expression it is inferred from. */
  inferred?: DateBasis | undefined;
  /** The Claims this rests on: every fact in a record comes from a sourced claim. */
  claims: z.output<typeof DatedFact>["claims"];
}

export const IncidentDates = z
  .strictObject({
    happened: DatedFact.optional().describe(
      "When the leak itself took place, where the sources say.",
    ),
    public: DatedFact.optional().describe("When it became public (first reported)."),
    acknowledged: DatedFact.optional().describe("When an official party acknowledged it."),
  })
  .describe(
    "The incident's dates, each at the precision the sources support and only where they say: happened <= public <= acknowledged.",
  );
/**
 * The incident's dates, each at the precision the sources support and only where they say: happened
 * <= public <= acknowledged.
 */
export interface IncidentDates extends z.output<typeof IncidentDates> {
  /** When the leak itself took place, where the sources say. */
  happened?: DatedFact | undefined;
  /** When it became public (first reported). */
  public?: DatedFact | undefined;
  /** When an official party acknowledged it. */
  acknowledged?: DatedFact | undefined;
}
