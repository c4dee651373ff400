import * as z from "zod";
import { CountryCode } from "../primitives/country.js";
import { Id } from "../primitives/id.js";
import { Line, Prose } from "../primitives/text.js";
import { IncidentDates } from "./dated-fact.js";
import { Impact } from "./impact.js";
import { Involvement } from "./involvement.js";
import { Marking } from "./marking.js";
import { RelatedIncident } from "./related-incident.js";
import { SummarySentence } from "./summary-sentence.js";
import { TimelineEntry } from "./timeline-entry.js";

export const LEAK_KINDS = [
  "oral-disclosure-by-official",
  "press-leak-by-unnamed-officials",
  "documents-posted-online",
  "documents-leaked-to-press",
  "other",
] as const;

export const LeakKind = z
  .enum(LEAK_KINDS)
  .describe(
    "How the intelligence leaked: oral disclosure by an official, leak to the press by unnamed officials, documents posted online, documents leaked to the press, or other.",
  );

export const Incident = z
  .strictObject({
    id: Id,
    title: Line.describe("A short neutral title."),
    kind: LeakKind,
    summary: Prose.describe(
      "What happened, in neutral words, drawing only on the incident's claims.",
    ),
    summaryBasis: z
      .array(SummarySentence)
      .default([])
      .describe(
        "The summary sentence by sentence, each with the claims it rests on; when given, every sentence of the summary is listed, in order.",
      ),
    countries: z
      .array(CountryCode)
      .default([])
      .describe("Countries involved: where it leaked from, whose intelligence, who was affected."),
    dates: IncidentDates.default({}),
    disclosedBy: z
      .array(Involvement)
      .default([])
      .describe("Who leaked or disclosed it, alleged or confirmed."),
    receivedBy: z.array(Involvement).default([]).describe("Who received it."),
    originators: z.array(Involvement).default([]).describe("Whose intelligence it was."),
    markings: z.array(Marking).default([]).describe("Classification markings, where known."),
    timeline: z.array(TimelineEntry).default([]).describe("The events of the incident in order."),
    impacts: z
      .array(Impact)
      .default([])
      .describe("Effects on relationships between states and alliances."),
    related: z.array(RelatedIncident).default([]).describe("Typed links to other incidents."),
    notes: Prose.optional().describe("Editorial notes."),
    tags: z.array(Line).default([]).describe("Free keywords for search."),
  })
  .describe("An incident in which classified intelligence leaked, and what followed.");
/** What a contributor writes for {@link Incident}: fields with defaults may be left out. */
export interface IncidentInput extends z.input<typeof Incident> {
  /** A stable record id: lowercase a-z, 0-9 and single hyphens; also the file name. */
  id: z.input<typeof Incident>["id"];
  /** A short neutral title. */
  title: z.input<typeof Incident>["title"];
  /**
   * How the intelligence leaked: oral disclosure by an official, leak to the press by unnamed
   * officials, documents posted online, documents leaked to the press, or other.
   */
  kind: z.input<typeof Incident>["kind"];
  /** What happened, in neutral words, drawing only on the incident's claims. */
  summary: z.input<typeof Incident>["summary"];
  /**
   * The summary sentence by sentence, each with the claims it rests on; when given, every sentence
   * of the summary is listed, in order.
   */
  summaryBasis?: z.input<typeof Incident>["summaryBasis"];
  /** Countries involved: where it leaked from, whose intelligence, who was affected. */
  countries?: z.input<typeof Incident>["countries"];
  /**
   * The incident's dates, each at the precision the sources support and only where they say:
   * happened <= public <= acknowledged.
   */
  dates?: z.input<typeof Incident>["dates"];
  /** Who leaked or disclosed it, alleged or confirmed. */
  disclosedBy?: z.input<typeof Incident>["disclosedBy"];
  /** Who received it. */
  receivedBy?: z.input<typeof Incident>["receivedBy"];
  /** Whose intelligence it was. */
  originators?: z.input<typeof Incident>["originators"];
  /** Classification markings, where known. */
  markings?: z.input<typeof Incident>["markings"];
  /** The events of the incident in order. */
  timeline?: z.input<typeof Incident>["timeline"];
  /** Effects on relationships between states and alliances. */
  impacts?: z.input<typeof Incident>["impacts"];
  /** Typed links to other incidents. */
  related?: z.input<typeof Incident>["related"];
  /** Editorial notes. */
  notes?: z.input<typeof Incident>["notes"];
  /** Free keywords for search. */
  tags?: z.input<typeof Incident>["tags"];
}
/** An incident in which classified intelligence leaked, and what followed. */
export interface Incident extends z.output<typeof Incident> {
  /** A stable record id: lowercase a-z, 0-9 and single hyphens; also the file name. */
  id: Id;
  /** A short neutral title. */
  title: z.output<typeof Incident>["title"];
  /**
   * How the intelligence leaked: oral disclosure by an official, leak to the press by unnamed
   * officials, documents posted online, documents leaked to the press, or other.
   */
  kind: z.output<typeof Incident>["kind"];
  /** What happened, in neutral words, drawing only on the incident's claims. */
  summary: z.output<typeof Incident>["summary"];
  /**
   * The summary sentence by sentence, each with the claims it rests on; when given, every sentence
   * of the summary is listed, in order.
   */
  summaryBasis: SummarySentence[];
  /** Countries involved: where it leaked from, whose intelligence, who was affected. */
  countries: CountryCode[];
  /**
   * The incident's dates, each at the precision the sources support and only where they say:
   * happened <= public <= acknowledged.
   */
  dates: IncidentDates;
  /** Who leaked or disclosed it, alleged or confirmed. */
  disclosedBy: Involvement[];
  /** Who received it. */
  receivedBy: Involvement[];
  /** Whose intelligence it was. */
  originators: Involvement[];
  /** Classification markings, where known. */
  markings: Marking[];
  /** The events of the incident in order. */
  timeline: TimelineEntry[];
  /** Effects on relationships between states and alliances. */
  impacts: Impact[];
  /** Typed links to other incidents. */
  related: RelatedIncident[];
  /** Editorial notes. */
  notes?: z.output<typeof Incident>["notes"];
  /** Free keywords for search. */
  tags: z.output<typeof Incident>["tags"];
}
