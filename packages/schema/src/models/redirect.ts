import * as z from "zod";
import { Id } from "../primitives/id.js";
import { CalendarDate } from "../primitives/partial-date.js";
import { RECORD_KINDS } from "../problems/problem.js";

export const REDIRECT_REASONS = ["renamed", "merged"] as const;

export const Redirect = z
  .strictObject({
    kind: z
      .enum(RECORD_KINDS)
      .describe(
        "The kind of record the old id named: incident, claim, actor or source (ids are unique within a kind only).",
      ),
    from: Id.describe("The old id: no record of this kind may have it again."),
    to: Id.describe(
      "The id of the live record of the same kind that now holds what the old id named.",
    ),
    reason: z
      .enum(REDIRECT_REASONS)
      .describe(
        "renamed (the record took a new id) or merged (the record was folded into another one).",
      ),
    date: CalendarDate.describe("The day of the rename or merge, YYYY-MM-DD."),
  })
  .describe(
    "An old id that leads to a live record: left when a record is renamed or merged, so that links and programs using the old id still find it.",
  );
/**
 * An old id that leads to a live record: left when a record is renamed or merged, so that links and
 * programs using the old id still find it.
 */
export interface Redirect extends z.output<typeof Redirect> {
  /**
   * The kind of record the old id named: incident, claim, actor or source (ids are unique within a
   * kind only).
   */
  kind: z.output<typeof Redirect>["kind"];
  /** The old id: no record of this kind may have it again. */
  from: z.output<typeof Redirect>["from"];
  /** The id of the live record of the same kind that now holds what the old id named. */
  to: z.output<typeof Redirect>["to"];
  /** renamed (the record took a new id) or merged (the record was folded into another one). */
  reason: z.output<typeof Redirect>["reason"];
  /** The day of the rename or merge, YYYY-MM-DD. */
  date: z.output<typeof Redirect>["date"];
}

export const RedirectsFile = z
  .strictObject({
    redirects: z
      .array(Redirect)
      .describe("Every redirect, oldest first; empty while no record was renamed or merged."),
  })
  .describe(
    "The redirects file of a data folder (redirects.yaml): the old ids and where they lead.",
  );
/** The redirects file of a data folder (redirects.yaml): the old ids and where they lead. */
export interface RedirectsFile extends z.output<typeof RedirectsFile> {
  /** Every redirect, oldest first; empty while no record was renamed or merged. */
  redirects: Redirect[];
}
