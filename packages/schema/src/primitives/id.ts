import * as z from "zod";

/** Lowercase ASCII letters and digits in hyphen-separated words: safe in a URL and a file name. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 80;

function idOf(kind: string) {
  return z
    .string()
    .max(ID_MAX_LENGTH, { message: `an id is at most ${ID_MAX_LENGTH} characters` })
    .regex(ID_PATTERN, {
      message:
        "an id is lowercase letters a-z and digits in words joined by single hyphens, e.g. 2017-oval-office-disclosure",
    })
    .describe(
      kind === "record"
        ? "A stable record id: lowercase a-z, 0-9 and single hyphens; also the file name."
        : `The id of ${kind}.`,
    );
}

/** A record's own id. */
export const Id = idOf("record");
export const IncidentId = idOf("an Incident");
export const ClaimId = idOf("a Claim");
export const ActorId = idOf("an Actor");
export const SourceId = idOf("a Source");
export type Id = z.output<typeof Id>;
