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
export interface Citation extends z.output<typeof Citation> {
  /** The source drawn upon. */
  source: z.output<typeof Citation>["source"];
  /**
   * relays: repeats its reporting as its own; quotes: quotes it verbatim; summarises: restates it;
   * cites: refers to it. The first three make the two reports dependent.
   */
  relation: z.output<typeof Citation>["relation"];
  /** What is drawn from it, in a few words. */
  note?: z.output<typeof Citation>["note"];
}

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
export interface Archive extends z.output<typeof Archive> {
  /** A public archive copy (e.g. a web archive capture), where one is known. */
  url?: HttpUrl | undefined;
  /**
   * A text snapshot kept in the repository's archive folder, against which quotes are checked
   * verbatim.
   */
  snapshot?: z.output<typeof Archive>["snapshot"];
  /** SHA-256 of the archived snapshot, lowercase hex. */
  sha256?: z.output<typeof Archive>["sha256"];
}

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
export interface SourceInput extends z.input<typeof Source> {
  /** A stable record id: lowercase a-z, 0-9 and single hyphens; also the file name. */
  id: z.input<typeof Source>["id"];
  /**
   * What the document is: a news report, opinion or analysis, a state-media relay, an official
   * statement, a press briefing, an interview, a social-media post, a leaked document, a court
   * record, or other.
   */
  kind: z.input<typeof Source>["kind"];
  /** The document's title as published; leave out where it has none or it is unknown. */
  title?: z.input<typeof Source>["title"];
  /**
   * For documents without a title (a statement to a newspaper, a briefing remark): what it is, in
   * the dataset's neutral words.
   */
  description?: z.input<typeof Source>["description"];
  /** The Actor that published it (outlet, agency, government). */
  publisher?: z.input<typeof Source>["publisher"];
  /** Actors credited as authors (by-lines, speakers). */
  authors?: z.input<typeof Source>["authors"];
  /** When it was published, at the precision known. Not the date of the events it reports. */
  published?: z.input<typeof Source>["published"];
  /**
   * Where the document carries no date: the expression its date is inferred from, read against
   * another dated source.
   */
  publishedInferred?: z.input<typeof Source>["publishedInferred"];
  /** The language of the document (BCP 47). */
  language?: z.input<typeof Source>["language"];
  /** The document's URL, only where really known; never reconstructed or guessed. */
  url?: z.input<typeof Source>["url"];
  /** Where a copy of the document is kept. */
  archive?: z.input<typeof Source>["archive"];
  /** The sources it draws on: the citation graph used to judge independence. */
  cites?: z.input<typeof Source>["cites"];
  /** A source's reliability on the Admiralty scale, with who graded it, when and why. */
  reliability: z.input<typeof Source>["reliability"];
  /** Editorial notes about the document (its framing, what it omits). */
  notes?: z.input<typeof Source>["notes"];
}
/** A published document: a report, statement, post, relay or leaked paper that claims appear in. */
export interface Source extends z.output<typeof Source> {
  /** A stable record id: lowercase a-z, 0-9 and single hyphens; also the file name. */
  id: Id;
  /**
   * What the document is: a news report, opinion or analysis, a state-media relay, an official
   * statement, a press briefing, an interview, a social-media post, a leaked document, a court
   * record, or other.
   */
  kind: z.output<typeof Source>["kind"];
  /** The document's title as published; leave out where it has none or it is unknown. */
  title?: z.output<typeof Source>["title"];
  /**
   * For documents without a title (a statement to a newspaper, a briefing remark): what it is, in
   * the dataset's neutral words.
   */
  description?: z.output<typeof Source>["description"];
  /** The Actor that published it (outlet, agency, government). */
  publisher?: z.output<typeof Source>["publisher"];
  /** Actors credited as authors (by-lines, speakers). */
  authors: z.output<typeof Source>["authors"];
  /** When it was published, at the precision known. Not the date of the events it reports. */
  published?: PartialDate | undefined;
  /**
   * Where the document carries no date: the expression its date is inferred from, read against
   * another dated source.
   */
  publishedInferred?: DateBasis | undefined;
  /** The language of the document (BCP 47). */
  language: LanguageTag;
  /** The document's URL, only where really known; never reconstructed or guessed. */
  url?: HttpUrl | undefined;
  /** Where a copy of the document is kept. */
  archive?: Archive | undefined;
  /** The sources it draws on: the citation graph used to judge independence. */
  cites: Citation[];
  /** A source's reliability on the Admiralty scale, with who graded it, when and why. */
  reliability: ReliabilityGrade;
  /** Editorial notes about the document (its framing, what it omits). */
  notes?: z.output<typeof Source>["notes"];
}
