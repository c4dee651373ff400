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
export interface Position extends z.output<typeof Position> {
  /** The position as the sources name it, e.g. Foreign Minister. */
  title: z.output<typeof Position>["title"];
  /** The Actor the position is held in. */
  organisation?: z.output<typeof Position>["organisation"];
  /** Start of the term, where the sources say. */
  from?: PartialDate | undefined;
  /** End of the term, where the sources say. */
  to?: PartialDate | undefined;
  /** Claims that attest the position. */
  claims: z.output<typeof Position>["claims"];
}

export const Affiliation = z
  .strictObject({
    actor: ActorId.describe("The Actor this one belongs to or serves, e.g. Mossad -> Israel."),
    role: Line.optional().describe("The nature of the tie: agency of, member of, outlet owned by."),
  })
  .describe("A tie to another Actor.");
/** A tie to another Actor. */
export interface Affiliation extends z.output<typeof Affiliation> {
  /** The Actor this one belongs to or serves, e.g. Mossad -> Israel. */
  actor: z.output<typeof Affiliation>["actor"];
  /** The nature of the tie: agency of, member of, outlet owned by. */
  role?: z.output<typeof Affiliation>["role"];
}

export const ExternalIds = z
  .strictObject({
    wikidata: z
      .string()
      .regex(/^Q[1-9]\d*$/, { message: "a Wikidata item id such as Q42" })
      .optional()
      .describe("Wikidata item id (Q...), only where verified."),
  })
  .describe("Identifiers in other datasets.");
/** Identifiers in other datasets. */
export interface ExternalIds extends z.output<typeof ExternalIds> {
  /** Wikidata item id (Q...), only where verified. */
  wikidata?: z.output<typeof ExternalIds>["wikidata"];
}

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
export interface ActorInput extends z.input<typeof Actor> {
  /** A stable record id: lowercase a-z, 0-9 and single hyphens; also the file name. */
  id: z.input<typeof Actor>["id"];
  /**
   * person, state (a country as a party to relations), government, agency (intelligence, police),
   * military, organisation, media-outlet, alliance (e.g. Five Eyes), or other.
   */
  kind: z.input<typeof Actor>["kind"];
  /** The name most sources use. */
  name: z.input<typeof Actor>["name"];
  /** Other names and spellings found in sources (Sergey/Sergei). */
  aliases?: z.input<typeof Actor>["aliases"];
  /** The country the actor belongs to or represents (ISO 3166-1 alpha-2). */
  country?: z.input<typeof Actor>["country"];
  /** For alliances and groups: member Actors. */
  members?: z.input<typeof Actor>["members"];
  /** Positions held, with dates where known. */
  positions?: z.input<typeof Actor>["positions"];
  /** Ties to other Actors. */
  affiliations?: z.input<typeof Actor>["affiliations"];
  /** Identifiers in other datasets. */
  identifiers?: z.input<typeof Actor>["identifiers"];
  /** Editorial notes. */
  notes?: z.input<typeof Actor>["notes"];
}
/** A person, organisation, government, agency, media outlet, alliance or state. */
export interface Actor extends z.output<typeof Actor> {
  /** A stable record id: lowercase a-z, 0-9 and single hyphens; also the file name. */
  id: Id;
  /**
   * person, state (a country as a party to relations), government, agency (intelligence, police),
   * military, organisation, media-outlet, alliance (e.g. Five Eyes), or other.
   */
  kind: z.output<typeof Actor>["kind"];
  /** The name most sources use. */
  name: z.output<typeof Actor>["name"];
  /** Other names and spellings found in sources (Sergey/Sergei). */
  aliases: z.output<typeof Actor>["aliases"];
  /** The country the actor belongs to or represents (ISO 3166-1 alpha-2). */
  country?: CountryCode | undefined;
  /** For alliances and groups: member Actors. */
  members: z.output<typeof Actor>["members"];
  /** Positions held, with dates where known. */
  positions: Position[];
  /** Ties to other Actors. */
  affiliations: Affiliation[];
  /** Identifiers in other datasets. */
  identifiers: ExternalIds;
  /** Editorial notes. */
  notes?: z.output<typeof Actor>["notes"];
}
