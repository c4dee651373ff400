import * as z from "zod";
import { Line } from "../primitives/text.js";
import { Basis } from "./involvement.js";

export const CLASSIFICATION_LEVELS = [
  "top-secret",
  "secret",
  "confidential",
  "restricted",
  "unclassified",
  "unknown",
] as const;

export const Marking = z
  .strictObject({
    level: z.enum(CLASSIFICATION_LEVELS).describe("The classification level as reported."),
    marking: Line.optional().describe(
      'The marking as written, e.g. "TOP SECRET//SI//NOFORN", where a source gives it.',
    ),
    claims: Basis,
  })
  .describe("A classification marking of the leaked material, where known.");
/** A classification marking of the leaked material, where known. */
export interface Marking extends z.output<typeof Marking> {
  /** The classification level as reported. */
  level: z.output<typeof Marking>["level"];
  /** The marking as written, e.g. "TOP SECRET//SI//NOFORN", where a source gives it. */
  marking?: z.output<typeof Marking>["marking"];
  /** The Claims this rests on: every fact in a record comes from a sourced claim. */
  claims: z.output<typeof Marking>["claims"];
}
