import * as z from "zod";
import { ReliabilityGrade } from "../primitives/admiralty.js";
import { ActorId, Id, SourceId } from "../primitives/id.js";
import { LanguageTag } from "../primitives/language.js";
import { PartialDate } from "../primitives/partial-date.js";
import { Line, Prose } from "../primitives/text.js";
import { HttpUrl } from "../primitives/url.js";
import { DateBasis } from "./date-basis.js";

export const SOURCE_KINDS = [
  "news-report",
  "opinion-analysis",
  "state-media-relay",
  "official-statement",
  "press-briefing",
  "interview",
  "social-media-post",
  "leaked-document",
  "court-record",
  "other",
] as const;

export const SourceKind = z
  .enum(SOURCE_KINDS)
  .describe(
    "What the document is: a news report, opinion or analysis, a state-media relay, an official statement, a press briefing, an interview, a social-media post, a leaked document, a court record, or other.",
  );

/** How one source draws on another: the edges of the citation graph. */
export const CITATION_KINDS = ["relays", "quotes", "summarises", "cites"] as const;

export const Citation = z
  .strictObject({
    source: SourceId.describe("The source drawn upon."),
    relation: z
      .enum(CITATION_KINDS)
      .describe(
        "relays: repeats its reporting as its own; quotes: quotes it verbatim; summarises: restates it; cites: refers to it. The first three make the two reports dependent.",
      ),
    note: Line.optional().describe("What is drawn from it, in a few words."),
  })
  .describe("An edge of the citation graph: this source draws on another.");
/** An edge of the citation graph: this source draws on another. */
export interface Citation extends z.output<typeof Citation> {}

export const Archive = z
  .strictObject({
    url: HttpUrl.optional().describe(
      "A public archive copy (e.g. a web archive capture), where one is known.",
    ),
    snapshot: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._/-]*\.txt$/, {
        message: "a path relative to the corpus's archive folder, ending in .txt",
      })
      .optional()
      .describe(
        "A text snapshot kept in the repository's archive folder, against which quotes are checked verbatim.",
      ),
    sha256: z
      .string()
      .regex(/^[a-f0-9]{64}$/, { message: "a lowercase hex SHA-256 digest of 64 characters" })
      .optional()
      .describe("SHA-256 of the archived snapshot, lowercase hex."),
  })
  .describe("Where a copy of the document is kept.");
/** Where a copy of the document is kept. */
export interface Archive extends z.output<typeof Archive> {}

export const Source = z
  .strictObject({
    id: Id,
    kind: SourceKind,
    title: Line.optional().describe(
      "The document's title as published; leave out where it has none or it is unknown.",
    ),
    description: Line.optional().describe(
      "For documents without a title (a statement to a newspaper, a briefing remark): what it is, in the dataset's neutral words.",
    ),
    publisher: ActorId.optional().describe(
      "The Actor that published it (outlet, agency, government).",
    ),
    authors: z
      .array(ActorId)
      .default([])
      .describe("Actors credited as authors (by-lines, speakers)."),
    published: PartialDate.optional().describe(
      "When it was published, at the precision known. Not the date of the events it reports.",
    ),
    publishedInferred: DateBasis.optional().describe(
      "Where the document carries no date: the expression its date is inferred from, read against another dated source.",
    ),
    language: LanguageTag.default("en").describe("The language of the document (BCP 47)."),
    url: HttpUrl.optional().describe(
      "The document's URL, only where really known; never reconstructed or guessed.",
    ),
    archive: Archive.optional(),
    cites: z
      .array(Citation)
      .default([])
      .describe("The sources it draws on: the citation graph used to judge independence."),
    reliability: ReliabilityGrade,
    notes: Prose.optional().describe(
      "Editorial notes about the document (its framing, what it omits).",
    ),
  })
  .describe(
    "A published document: a report, statement, post, relay or leaked paper that claims appear in.",
  );
/** What a contributor writes for {@link Source}: fields with defaults may be left out. */
export interface SourceInput extends z.input<typeof Source> {}
/**
 * A published document: a report, statement, post, relay or leaked paper that claims appear in.
 */
export interface Source extends z.output<typeof Source> {}
