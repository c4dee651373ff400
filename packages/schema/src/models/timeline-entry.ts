import * as z from "zod";
import { PartialDate } from "../primitives/partial-date.js";
import { Line } from "../primitives/text.js";
import { DateBasis } from "./date-basis.js";
import { Basis } from "./involvement.js";

export const TimelineEntry = z
  .strictObject({
    date: PartialDate,
    inferred: DateBasis.optional().describe(
      "Where no source writes the date out: the expression it is inferred from.",
    ),
    event: Line.describe("What happened, in neutral words."),
    claims: Basis,
  })
  .describe("One dated event of the incident, with the claims it rests on.");
/** One dated event of the incident, with the claims it rests on. */
export interface TimelineEntry extends z.output<typeof TimelineEntry> {
  /**
   * A partial date (EDTF subset): 2017, 2017-05 or 2017-05-16; suffix ~ approximate, ? uncertain, %
   * both; a range as 2017-05-10/2017-05-16.
   */
  date: PartialDate;
  /** Where no source writes the date out: the expression it is inferred from. */
  inferred?: DateBasis | undefined;
  /** What happened, in neutral words. */
  event: z.output<typeof TimelineEntry>["event"];
  /** The Claims this rests on: every fact in a record comes from a sourced claim. */
  claims: z.output<typeof TimelineEntry>["claims"];
}
