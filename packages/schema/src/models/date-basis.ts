import * as z from "zod";
import { SourceId } from "../primitives/id.js";
import { Line } from "../primitives/text.js";

// Why a date is known although no source writes it out: the words of a source ("on Tuesday",
// "last week", "April 9") read against the date of a dated source.
export const DateBasis = z
  .strictObject({
    expression: Line.describe(
      'The words of the source that give the date, copied as written: "on Tuesday", "last week", "April 9".',
    ),
    in: SourceId.optional().describe(
      "The Source whose words these are, where it is not the anchor (an undated source whose weekday is read against a dated one it relates to).",
    ),
    anchor: SourceId.describe(
      "The dated Source the expression is read against (usually the one that uses it): its published date fixes the weekday, the week or the year.",
    ),
    note: Line.optional().describe("How the date follows, where it is not plain."),
  })
  .describe(
    "The basis of an inferred date: a relative or partial expression in a source, read against a dated source. The date is shown as inferred, never more precisely than the basis allows.",
  );
/**
 * The basis of an inferred date: a relative or partial expression in a source, read against a dated
 * source. The date is shown as inferred, never more precisely than the basis allows.
 */
export interface DateBasis extends z.output<typeof DateBasis> {
  /**
   * The words of the source that give the date, copied as written: "on Tuesday", "last week",
   * "April 9".
   */
  expression: z.output<typeof DateBasis>["expression"];
  /**
   * The Source whose words these are, where it is not the anchor (an undated source whose weekday
   * is read against a dated one it relates to).
   */
  in?: z.output<typeof DateBasis>["in"];
  /**
   * The dated Source the expression is read against (usually the one that uses it): its published
   * date fixes the weekday, the week or the year.
   */
  anchor: z.output<typeof DateBasis>["anchor"];
  /** How the date follows, where it is not plain. */
  note?: z.output<typeof DateBasis>["note"];
}
