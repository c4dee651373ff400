import * as z from "zod";
import { ONE_LINE_TEXT } from "../primitives/unsafe-characters.js";
import { Basis } from "./involvement.js";

export const SummarySentence = z
  .strictObject({
    sentence: z
      .string()
      .check(ONE_LINE_TEXT)
      .trim()
      .min(1, { message: "must not be empty" })
      .max(1000, { message: "at most 1000 characters: one sentence of the summary" })
      .describe(
        "One sentence of the summary, copied exactly; the sentences, in order, make up the whole summary.",
      ),
    claims: Basis,
  })
  .describe("One sentence of an incident's summary, with the claims it rests on.");
/** One sentence of an incident's summary, with the claims it rests on. */
export interface SummarySentence extends z.output<typeof SummarySentence> {
  /**
   * One sentence of the summary, copied exactly; the sentences, in order, make up the whole
   * summary.
   */
  sentence: z.output<typeof SummarySentence>["sentence"];
  /** The Claims this rests on: every fact in a record comes from a sourced claim. */
  claims: z.output<typeof SummarySentence>["claims"];
}
