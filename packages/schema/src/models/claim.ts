import * as z from "zod";
import { CredibilityGrade } from "../primitives/admiralty.js";
import { Id, IncidentId } from "../primitives/id.js";
import { PartialDate } from "../primitives/partial-date.js";
import { Prose } from "../primitives/text.js";
import { Appearance } from "./appearance.js";
import { ClaimRelation } from "./claim-relation.js";
import { Claimant } from "./claimant.js";
import { DateBasis } from "./date-basis.js";

export const CLAIM_NATURES = [
  "reported-fact",
  "official-statement",
  "leaked-document-content",
  "denial",
  "declined-to-comment",
  "assessment",
  "opinion",
  "speculation",
  "reader-comment",
] as const;

export const ClaimNature = z
  .enum(CLAIM_NATURES)
  .describe(
    "What kind of assertion: reported-fact (a source's reporting), official-statement (what an official or body says on the record), leaked-document-content (what a leaked document says, as an outlet characterises it), denial, declined-to-comment (a party's refusal to comment), assessment (analysis by a named or anonymous specialist), opinion (anyone's view or argument, an outlet author's own included), speculation, reader-comment.",
  );

export const CLAIM_STANDINGS = [
  "alleged",
  "reported",
  "corroborated",
  "confirmed",
  "disputed",
  "denied",
  "retracted",
] as const;

export const ClaimStanding = z
  .enum(CLAIM_STANDINGS)
  .describe(
    "Where the claim stands: alleged (asserted, unverified), reported (carried by a reporting source), corroborated (two or more independent origins agree: relays of one origin count once), confirmed (as corroborated, and beyond reasonable doubt), disputed, denied (by a party), retracted (withdrawn by its claimant).",
  );

export const Claim = z
  .strictObject({
    id: Id,
    incidents: z
      .array(IncidentId)
      .min(1, { message: "a claim belongs to at least one incident" })
      .describe("The Incidents the claim is about."),
    statement: Prose.describe(
      "The claim, one checkable statement in neutral words, attributed, never in the dataset's own voice.",
    ),
    claimant: Claimant,
    nature: ClaimNature,
    standing: ClaimStanding,
    credibility: CredibilityGrade,
    appearances: z
      .array(Appearance)
      .min(1, { message: "a claim needs at least one appearance: a source and a verbatim quote" })
      .describe("Where the claim appears: each a source and a verbatim quote."),
    concerns: PartialDate.optional().describe(
      "When the events the claim reports took place, where known: a source cannot report them before.",
    ),
    concernsInferred: DateBasis.optional().describe(
      "Where no source writes the date of concerns out: the expression it is inferred from.",
    ),
    relations: z.array(ClaimRelation).default([]).describe("Links to other claims."),
    notes: Prose.optional().describe("Editorial notes."),
  })
  .describe(
    "One atomic, checkable statement, who asserts it, where it appears, and how far it can be trusted.",
  );
/** What a contributor writes for {@link Claim}: fields with defaults may be left out. */
export interface ClaimInput extends z.input<typeof Claim> {
  /** A stable record id: lowercase a-z, 0-9 and single hyphens; also the file name. */
  id: z.input<typeof Claim>["id"];
  /** The Incidents the claim is about. */
  incidents: z.input<typeof Claim>["incidents"];
  /**
   * The claim, one checkable statement in neutral words, attributed, never in the dataset's own
   * voice.
   */
  statement: z.input<typeof Claim>["statement"];
  /**
   * Who originally asserts the claim: a named actor, an anonymous descriptor, or a source's author.
   */
  claimant: z.input<typeof Claim>["claimant"];
  /**
   * What kind of assertion: reported-fact (a source's reporting), official-statement (what an
   * official or body says on the record), leaked-document-content (what a leaked document says, as
   * an outlet characterises it), denial, declined-to-comment (a party's refusal to comment),
   * assessment (analysis by a named or anonymous specialist), opinion (anyone's view or argument,
   * an outlet author's own included), speculation, reader-comment.
   */
  nature: z.input<typeof Claim>["nature"];
  /**
   * Where the claim stands: alleged (asserted, unverified), reported (carried by a reporting
   * source), corroborated (two or more independent origins agree: relays of one origin count once),
   * confirmed (as corroborated, and beyond reasonable doubt), disputed, denied (by a party),
   * retracted (withdrawn by its claimant).
   */
  standing: z.input<typeof Claim>["standing"];
  /** A claim's credibility on the Admiralty scale, with who graded it, when and why. */
  credibility: z.input<typeof Claim>["credibility"];
  /** Where the claim appears: each a source and a verbatim quote. */
  appearances: z.input<typeof Claim>["appearances"];
  /**
   * When the events the claim reports took place, where known: a source cannot report them before.
   */
  concerns?: z.input<typeof Claim>["concerns"];
  /** Where no source writes the date of concerns out: the expression it is inferred from. */
  concernsInferred?: z.input<typeof Claim>["concernsInferred"];
  /** Links to other claims. */
  relations?: z.input<typeof Claim>["relations"];
  /** Editorial notes. */
  notes?: z.input<typeof Claim>["notes"];
}
/**
 * One atomic, checkable statement, who asserts it, where it appears, and how far it can be trusted.
 */
export interface Claim extends z.output<typeof Claim> {
  /** A stable record id: lowercase a-z, 0-9 and single hyphens; also the file name. */
  id: Id;
  /** The Incidents the claim is about. */
  incidents: z.output<typeof Claim>["incidents"];
  /**
   * The claim, one checkable statement in neutral words, attributed, never in the dataset's own
   * voice.
   */
  statement: z.output<typeof Claim>["statement"];
  /**
   * Who originally asserts the claim: a named actor, an anonymous descriptor, or a source's author.
   */
  claimant: Claimant;
  /**
   * What kind of assertion: reported-fact (a source's reporting), official-statement (what an
   * official or body says on the record), leaked-document-content (what a leaked document says, as
   * an outlet characterises it), denial, declined-to-comment (a party's refusal to comment),
   * assessment (analysis by a named or anonymous specialist), opinion (anyone's view or argument,
   * an outlet author's own included), speculation, reader-comment.
   */
  nature: z.output<typeof Claim>["nature"];
  /**
   * Where the claim stands: alleged (asserted, unverified), reported (carried by a reporting
   * source), corroborated (two or more independent origins agree: relays of one origin count once),
   * confirmed (as corroborated, and beyond reasonable doubt), disputed, denied (by a party),
   * retracted (withdrawn by its claimant).
   */
  standing: z.output<typeof Claim>["standing"];
  /** A claim's credibility on the Admiralty scale, with who graded it, when and why. */
  credibility: CredibilityGrade;
  /** Where the claim appears: each a source and a verbatim quote. */
  appearances: Appearance[];
  /**
   * When the events the claim reports took place, where known: a source cannot report them before.
   */
  concerns?: PartialDate | undefined;
  /** Where no source writes the date of concerns out: the expression it is inferred from. */
  concernsInferred?: DateBasis | undefined;
  /** Links to other claims. */
  relations: ClaimRelation[];
  /** Editorial notes. */
  notes?: z.output<typeof Claim>["notes"];
}
