import * as z from "zod";
import { IncidentId } from "../primitives/id.js";
import { Line } from "../primitives/text.js";

export const RELATED_INCIDENT_TYPES = [
  "same-trove",
  "follow-on",
  "contrasted-with",
  "same-period",
  "related",
] as const;

export const RelatedIncident = z
  .strictObject({
    incident: IncidentId.describe("The other Incident."),
    type: z
      .enum(RELATED_INCIDENT_TYPES)
      .describe(
        "same-trove (same leaked material), follow-on (caused or followed from), contrasted-with (sources compare the two), same-period, related.",
      ),
    note: Line.optional().describe("How they relate, in a few words."),
  })
  .describe("A typed link to another incident.");
/** A typed link to another incident. */
export interface RelatedIncident extends z.output<typeof RelatedIncident> {
  /** The other Incident. */
  incident: z.output<typeof RelatedIncident>["incident"];
  /**
   * same-trove (same leaked material), follow-on (caused or followed from), contrasted-with
   * (sources compare the two), same-period, related.
   */
  type: z.output<typeof RelatedIncident>["type"];
  /** How they relate, in a few words. */
  note?: z.output<typeof RelatedIncident>["note"];
}
