import * as z from "zod";
import { CountryCode } from "../primitives/country.js";
import { ActorId } from "../primitives/id.js";
import { Line } from "../primitives/text.js";

export const AnonymousSource = z
  .strictObject({
    description: Line.describe(
      'How the source describes them, e.g. "a current and a former American official".',
    ),
    count: z
      .union([z.int().min(1), z.literal("several"), z.literal("unknown")])
      .default("unknown")
      .describe("How many people: a number, several, or unknown."),
    affiliation: Line.optional().describe(
      "Which body they belong to, as stated: US officials, White House officials.",
    ),
    country: CountryCode.optional().describe("The country they serve, where stated."),
    relayedBy: ActorId.optional().describe("The outlet or person that relayed their words."),
  })
  .describe(
    "An unnamed claimant, described as the source describes them: never turned into an invented actor, never described so closely that they could be identified.",
  );
/**
 * An unnamed claimant, described as the source describes them: never turned into an invented actor,
 * never described so closely that they could be identified.
 */
export interface AnonymousSource extends z.output<typeof AnonymousSource> {
  /** How the source describes them, e.g. "a current and a former American official". */
  description: z.output<typeof AnonymousSource>["description"];
  /** How many people: a number, several, or unknown. */
  count: z.output<typeof AnonymousSource>["count"];
  /** Which body they belong to, as stated: US officials, White House officials. */
  affiliation?: z.output<typeof AnonymousSource>["affiliation"];
  /** The country they serve, where stated. */
  country?: CountryCode | undefined;
  /** The outlet or person that relayed their words. */
  relayedBy?: z.output<typeof AnonymousSource>["relayedBy"];
}
