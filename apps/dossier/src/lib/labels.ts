import {
  type ACTOR_KINDS,
  type CITATION_KINDS,
  type CLAIM_NATURES,
  type CLAIM_RELATION_TYPES,
  type CLAIM_STANDINGS,
  type CLASSIFICATION_LEVELS,
  CREDIBILITY_GRADES,
  type IMPACT_CERTAINTIES,
  type IMPACT_EFFECTS,
  type INVOLVEMENT_STATUSES,
  type LEAK_KINDS,
  type RELATED_INCIDENT_TYPES,
  RELIABILITY_GRADES,
  type SOURCE_KINDS,
} from "@leaks/schema";

type Labels<T extends readonly string[]> = Readonly<Record<T[number], string>>;

export const LEAK_KIND_LABELS: Labels<typeof LEAK_KINDS> = {
  "oral-disclosure-by-official": "Oral disclosure by an official",
  "press-leak-by-unnamed-officials": "Leak to the press by unnamed officials",
  "documents-posted-online": "Documents posted online",
  "documents-leaked-to-press": "Documents leaked to the press",
  other: "Other",
};

export const CLAIM_NATURE_LABELS: Labels<typeof CLAIM_NATURES> = {
  "reported-fact": "Reported fact",
  "official-statement": "Official statement",
  "leaked-document-content": "Leaked document content",
  denial: "Denial",
  "declined-to-comment": "Declined to comment",
  assessment: "Assessment",
  opinion: "Opinion",
  speculation: "Speculation",
  "reader-comment": "Reader comment",
};

export const CLAIM_STANDING_LABELS: Labels<typeof CLAIM_STANDINGS> = {
  alleged: "Alleged",
  reported: "Reported",
  corroborated: "Corroborated",
  confirmed: "Confirmed",
  disputed: "Disputed",
  denied: "Denied",
  retracted: "Retracted",
};

export const CLAIM_STANDING_MEANINGS: Labels<typeof CLAIM_STANDINGS> = {
  alleged: "asserted, not verified",
  reported: "carried by a reporting source",
  corroborated: "carried by several sources",
  confirmed: "two or more independent sources, or an official acknowledgement",
  disputed: "disputed by another claim or party",
  denied: "denied by a party",
  retracted: "withdrawn by its claimant",
};

export const IMPACT_EFFECT_LABELS: Labels<typeof IMPACT_EFFECTS> = {
  "trust-damaged": "Trust damaged",
  "sharing-paused": "Sharing paused",
  "sharing-restricted": "Sharing restricted",
  protest: "Protest",
  "briefing-requested": "Briefing requested",
  reassurance: "Reassurance",
  investigation: "Investigation",
  "visit-in-doubt": "Visit in doubt",
  "no-change": "No change",
  other: "Other effect",
};

/** How an impact's label reads for each certainty: never firmer than its claims. */
export const IMPACT_CERTAINTY_LABELS: Labels<typeof IMPACT_CERTAINTIES> = {
  occurred: "Established",
  reported: "Reported",
  feared: "Feared",
  speculated: "Speculated",
};

export const IMPACT_CERTAINTY_MEANINGS: Labels<typeof IMPACT_CERTAINTIES> = {
  occurred: "established: corroborated claims, or a party's own statement on the record",
  reported: "reported by sources, not established",
  feared: "feared or warned of by officials or sources, not reported to have happened",
  speculated: "speculated or argued by a commentator or outlet, not reported",
};

export const SOURCE_KIND_LABELS: Labels<typeof SOURCE_KINDS> = {
  "news-report": "News report",
  "opinion-analysis": "Opinion or analysis",
  "state-media-relay": "State-media relay",
  "official-statement": "Official statement",
  "press-briefing": "Press briefing",
  interview: "Interview",
  "social-media-post": "Social-media post",
  "leaked-document": "Leaked document",
  "court-record": "Court record",
  other: "Other document",
};

export const ACTOR_KIND_LABELS: Labels<typeof ACTOR_KINDS> = {
  person: "Person",
  state: "State",
  government: "Government",
  agency: "Agency",
  military: "Military",
  organisation: "Organisation",
  "media-outlet": "Media outlet",
  alliance: "Alliance",
  other: "Other",
};

export const CITATION_LABELS: Labels<typeof CITATION_KINDS> = {
  relays: "relays",
  quotes: "quotes",
  summarises: "summarises",
  cites: "cites",
};

export const CLAIM_RELATION_LABELS: Labels<typeof CLAIM_RELATION_TYPES> = {
  supports: "Supports",
  contradicts: "Contradicts",
  "in-tension-with": "In tension with",
  "responds-to": "Responds to",
  supersedes: "Supersedes",
};

/** A link as the incident that writes it shows it: `follow-on` names the incident that followed. */
export const RELATED_INCIDENT_LABELS: Labels<typeof RELATED_INCIDENT_TYPES> = {
  "same-trove": "Same trove",
  "follow-on": "Follow-on",
  "contrasted-with": "Contrasted with",
  "same-period": "Same period",
  related: "Related",
};

/** The same link on the page of the incident it names, worded from that side. */
export const RELATED_INCIDENT_INVERSE_LABELS: Labels<typeof RELATED_INCIDENT_TYPES> = {
  ...RELATED_INCIDENT_LABELS,
  "follow-on": "Follows on from",
};

export const INVOLVEMENT_LABELS: Labels<typeof INVOLVEMENT_STATUSES> = {
  alleged: "alleged",
  reported: "reported",
  confirmed: "confirmed",
};

export const CLASSIFICATION_LABELS: Labels<typeof CLASSIFICATION_LEVELS> = {
  "top-secret": "Top secret",
  secret: "Secret",
  confidential: "Confidential",
  restricted: "Restricted",
  unclassified: "Unclassified",
  unknown: "Level unknown",
};

export type ReliabilityLetter = keyof typeof RELIABILITY_GRADES;
export type CredibilityNumber = keyof typeof CREDIBILITY_GRADES;

export function reliabilityLabel(grade: ReliabilityLetter): string {
  return RELIABILITY_GRADES[grade];
}

export function credibilityLabel(grade: CredibilityNumber): string {
  return CREDIBILITY_GRADES[grade];
}

/** `B2 = usually reliable, probably true`: the Admiralty pair spelled out. */
export function admiraltyPair(
  reliability: ReliabilityLetter,
  credibility: CredibilityNumber,
): string {
  return `${reliability}${credibility} = ${RELIABILITY_GRADES[reliability]}, ${CREDIBILITY_GRADES[credibility]}`;
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** `US` -> `United States`. */
export function countryName(code: string): string {
  return regionNames.of(code) ?? code;
}

/** A long label cut at a word to at most `max` characters, with an ellipsis where cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
