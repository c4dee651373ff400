import * as z from "zod";
import { CountryCode } from "../primitives/country.js";
import { ActorId, ClaimId, Id } from "../primitives/id.js";
import { PartialDate } from "../primitives/partial-date.js";
import { Line, Prose } from "../primitives/text.js";

export const ACTOR_KINDS = [
  "person",
  "state",
  "government",
  "agency",
  "military",
  "organisation",
  "media-outlet",
  "alliance",
  "other",
] as const;

export const ActorKind = z
  .enum(ACTOR_KINDS)
  .describe(
    "person, state (a country as a party to relations), government, agency (intelligence, police), military, organisation, media-outlet, alliance (e.g. Five Eyes), or other.",
  );

export const Position = z
  .strictObject({
    title: Line.describe("The position as the sources name it, e.g. Foreign Minister."),
    organisation: ActorId.optional().describe("The Actor the position is held in."),
    from: PartialDate.optional().describe("Start of the term, where the sources say."),
    to: PartialDate.optional().describe("End of the term, where the sources say."),
    claims: z.array(ClaimId).default([]).describe("Claims that attest the position."),
  })
  .describe("A position held, as of the events recorded.");
/** A position held, as of the events recorded. */
export interface Position extends z.output<typeof Position> {}

export const Affiliation = z
  .strictObject({
    actor: ActorId.describe("The Actor this one belongs to or serves, e.g. Mossad -> Israel."),
    role: Line.optional().describe("The nature of the tie: agency of, member of, outlet owned by."),
  })
  .describe("A tie to another Actor.");
/** A tie to another Actor. */
export interface Affiliation extends z.output<typeof Affiliation> {}

export const ExternalIds = z
  .strictObject({
    wikidata: z
      .string()
      .regex(/^Q[1-9]\d*$/, { message: "a Wikidata item id such as Q42" })
      .optional()
      .describe("Wikidata item id (Q...), only where verified."),
  })
  .describe("Identifiers in other datasets.");

export const Actor = z
  .strictObject({
    id: Id,
    kind: ActorKind,
    name: Line.describe("The name most sources use."),
    aliases: z
      .array(Line)
      .default([])
      .describe("Other names and spellings found in sources (Sergey/Sergei)."),
    country: CountryCode.optional().describe(
      "The country the actor belongs to or represents (ISO 3166-1 alpha-2).",
    ),
    members: z.array(ActorId).default([]).describe("For alliances and groups: member Actors."),
    positions: z.array(Position).default([]).describe("Positions held, with dates where known."),
    affiliations: z.array(Affiliation).default([]).describe("Ties to other Actors."),
    identifiers: ExternalIds.default({}),
    notes: Prose.optional().describe("Editorial notes."),
  })
  .describe("A person, organisation, government, agency, media outlet, alliance or state.");
/** What a contributor writes for {@link Actor}: fields with defaults may be left out. */
export interface ActorInput extends z.input<typeof Actor> {}
/** A person, organisation, government, agency, media outlet, alliance or state. */
export interface Actor extends z.output<typeof Actor> {}
