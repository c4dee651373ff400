import * as z from "zod";
import { SourceId } from "../primitives/id.js";
import { Line, Quote } from "../primitives/text.js";

export const Appearance = z
  .strictObject({
    source: SourceId.describe("The Source the claim appears in."),
    quote: Quote,
    locator: Line.optional().describe("Where in the source: paragraph 3, the headline, page 2."),
    via: z
      .array(SourceId)
      .default([])
      .describe(
        "How this source got the claim: the sources it came through, nearest first (this source relays, quotes or summarises via[0], which draws on via[1], ...). The last one, or this source when via is empty, is where the claim entered the record: it had it first-hand (its own reporting, statement, document or view), or was told it by the claimant. Leave empty when this source has the claim first-hand.",
      ),
  })
  .describe(
    "Where a claim appears: a source, a verbatim quote that locates it, and the sources it came through.",
  );
/** What a contributor writes for {@link Appearance}: fields with defaults may be left out. */
export interface AppearanceInput extends z.input<typeof Appearance> {
  /** The Source the claim appears in. */
  source: z.input<typeof Appearance>["source"];
  /** A short verbatim excerpt of the source that carries the claim, copied exactly. */
  quote: z.input<typeof Appearance>["quote"];
  /** Where in the source: paragraph 3, the headline, page 2. */
  locator?: z.input<typeof Appearance>["locator"];
  /**
   * How this source got the claim: the sources it came through, nearest first (this source relays,
   * quotes or summarises via[0], which draws on via[1], ...). The last one, or this source when via
   * is empty, is where the claim entered the record: it had it first-hand (its own reporting,
   * statement, document or view), or was told it by the claimant. Leave empty when this source has
   * the claim first-hand.
   */
  via?: z.input<typeof Appearance>["via"];
}
/**
 * Where a claim appears: a source, a verbatim quote that locates it, and the sources it came
 * through.
 */
export interface Appearance extends z.output<typeof Appearance> {
  /** The Source the claim appears in. */
  source: z.output<typeof Appearance>["source"];
  /** A short verbatim excerpt of the source that carries the claim, copied exactly. */
  quote: z.output<typeof Appearance>["quote"];
  /** Where in the source: paragraph 3, the headline, page 2. */
  locator?: z.output<typeof Appearance>["locator"];
  /**
   * How this source got the claim: the sources it came through, nearest first (this source relays,
   * quotes or summarises via[0], which draws on via[1], ...). The last one, or this source when via
   * is empty, is where the claim entered the record: it had it first-hand (its own reporting,
   * statement, document or view), or was told it by the claimant. Leave empty when this source has
   * the claim first-hand.
   */
  via: z.output<typeof Appearance>["via"];
}
