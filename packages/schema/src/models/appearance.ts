import * as z from "zod";
import { SourceId } from "../primitives/id.js";
import { Line, Quote } from "../primitives/text.js";

export const Appearance = z
  .strictObject({
    source: SourceId.describe("The Source the claim appears in."),
    quote: Quote,
    locator: Line.optional().describe("Where in the source: paragraph 3, the headline, page 2."),
  })
  .describe("Where a claim appears: a source and a verbatim quote that locates it.");
export type Appearance = z.output<typeof Appearance>;
