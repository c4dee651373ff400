import * as z from "zod";
import { ActorId, SourceId } from "../primitives/id.js";
import { AnonymousSource } from "./anonymous-source.js";

export const Claimant = z
  .discriminatedUnion("kind", [
    z
      .strictObject({
        kind: z.literal("actor"),
        actor: ActorId.describe("The named Actor who asserts it."),
      })
      .describe("A named Actor."),
    z
      .strictObject({
        kind: z.literal("anonymous"),
        anonymous: AnonymousSource,
      })
      .describe("Unnamed people, described."),
    z
      .strictObject({
        kind: z.literal("source-author"),
        source: SourceId.describe(
          "The Source in whose own voice the claim is made (its author or outlet).",
        ),
      })
      .describe("The author of a source, speaking in the source's own voice."),
  ])
  .describe(
    "Who originally asserts the claim: a named actor, an anonymous descriptor, or a source's author.",
  );
export type Claimant = z.output<typeof Claimant>;
