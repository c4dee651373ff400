import * as z from "zod";
import { CountryCode } from "../primitives/country.js";
import { Id } from "../primitives/id.js";
import { Line, Prose } from "../primitives/text.js";
import { IncidentDates } from "./dated-fact.js";
import { Impact } from "./impact.js";
import { Involvement } from "./involvement.js";
import { Marking } from "./marking.js";
import { RelatedIncident } from "./related-incident.js";
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
export interface IncidentInput extends z.input<typeof Incident> {}
/** An incident in which classified intelligence leaked, and what followed. */
export interface Incident extends z.output<typeof Incident> {}
