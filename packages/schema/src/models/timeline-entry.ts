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
export interface TimelineEntry extends z.output<typeof TimelineEntry> {}
