import { relationshipKey } from "@leaks/corpus";
import {
  type Claim,
  CREDIBILITY_GRADES,
  type CredibilityGrade,
  type DateBasis,
  DEPENDENT_CITATIONS,
  RELIABILITY_GRADES,
  type Source,
} from "@leaks/schema";
import { type DateView, dateView } from "../dates";
import {
  ACTOR_KIND_LABELS,
  CITATION_LABELS,
  clip,
  countryName,
  SOURCE_KIND_LABELS,
} from "../labels";
import { safeHttpUrl } from "../safe-url";
import type {
  ActorRef,
  CitationView,
  ClaimRef,
  Country,
  CredibilityView,
  IncidentRef,
  RelationshipRef,
  RelayPathView,
  ReliabilityView,
  SourceRef,
} from "../views";
import { paths } from "./routes";
import { index, must } from "./store";

export function actorRef(id: string): ActorRef {
  const actor = must(index().actors, id, "actor");
  return {
    id,
    name: actor.name,
    kindLabel: ACTOR_KIND_LABELS[actor.kind],
    href: paths.actor(id),
  };
}

function reliabilityView(grade: Source["reliability"]): ReliabilityView {
  return {
    grade: grade.grade,
    meaning: RELIABILITY_GRADES[grade.grade],
    gradedBy: grade.gradedBy,
    gradedOn: grade.gradedOn,
    rationale: grade.rationale,
  };
}

export function credibilityView(grade: CredibilityGrade): CredibilityView {
  return {
    grade: grade.grade,
    meaning: CREDIBILITY_GRADES[grade.grade],
    gradedBy: grade.gradedBy,
    gradedOn: grade.gradedOn,
    rationale: grade.rationale,
  };
}

export function optionalDate(text: string | undefined): DateView | undefined {
  return text === undefined ? undefined : dateView(text);
}

export function sourceLabel(source: Source): string {
  if (source.title !== undefined) return source.title;
  if (source.description !== undefined) return source.description;
  const publisher = source.publisher ? index().actors.get(source.publisher)?.name : undefined;
  const date = optionalDate(source.published)?.label;
  return [publisher, SOURCE_KIND_LABELS[source.kind].toLowerCase(), date]
    .filter((part) => part !== undefined)
    .join(", ");
}

export function sourceRef(id: string): SourceRef {
  const source = must(index().sources, id, "source");
  const published = optionalDate(source.published);
  const url = safeHttpUrl(source.url);
  return {
    id,
    label: sourceLabel(source),
    kind: source.kind,
    kindLabel: SOURCE_KIND_LABELS[source.kind],
    ...(source.publisher === undefined ? {} : { publisher: actorRef(source.publisher) }),
    ...(published === undefined ? {} : { published }),
    ...(url === undefined ? {} : { url }),
    reliability: reliabilityView(source.reliability),
    href: paths.source(id),
  };
}

export function incidentRef(id: string): IncidentRef {
  const incident = must(index().incidents, id, "incident");
  return { id, title: incident.title, href: paths.incident(id) };
}

export function claimHref(claim: Claim): string {
  // A claim's permalink is on the dossier of its first incident.
  return paths.claim(claim.incidents[0] ?? "", claim.id);
}

export function claimRef(id: string): ClaimRef {
  const claim = must(index().claims, id, "claim");
  return { id, statement: claim.statement, href: claimHref(claim) };
}

export function citationViews(sourceId: string): CitationView[] {
  return must(index().sources, sourceId, "source").cites.map((citation) => ({
    relation: citation.relation,
    relationLabel: CITATION_LABELS[citation.relation],
    dependent: DEPENDENT_CITATIONS.has(citation.relation),
    ...(citation.note === undefined ? {} : { note: citation.note }),
    source: sourceRef(citation.source),
  }));
}

export function relayPathView(
  steps: readonly { relation: string; source: Source }[],
): RelayPathView {
  return {
    steps: steps.map((step) => ({
      relation: step.relation,
      relationLabel: CITATION_LABELS[step.relation as keyof typeof CITATION_LABELS],
      source: sourceRef(step.source.id),
    })),
  };
}

/** A source's label cut to a phrase, as chains and claim cards show it. */
export function shortLabel(label: string): string {
  return clip(label, 60);
}

/** An outlet's name, or a source's own label cut to a phrase: for chains and date bases. */
export function shortName(source: SourceRef): string {
  return source.publisher?.name ?? shortLabel(source.label);
}

/** "'on Tuesday' in i24NEWS, read against the article of 16 May 2017": how a date is known. */
export function inferredText(basis: DateBasis): string {
  const anchor = sourceRef(basis.anchor);
  const where = basis.in === undefined ? anchor : sourceRef(basis.in);
  const dated = anchor.published?.label ?? "undated";
  const against =
    basis.in === undefined || basis.in === basis.anchor
      ? `, dated ${dated}`
      : `, read against ${shortName(anchor)}, dated ${dated}`;
  return `inferred from “${basis.expression}” in ${shortName(where)}${against}${
    basis.note === undefined ? "" : `: ${basis.note}`
  }`;
}

let countriesWithPages: ReadonlySet<string> | undefined;

/** Countries, each linked to its filter page where one exists (some incident lists it). */
export function countries(codes: readonly string[]): Country[] {
  countriesWithPages ??= new Set(index().corpus.incidents.flatMap((i) => i.countries));
  const withPages = countriesWithPages;
  return codes.map((code) => ({
    code,
    name: countryName(code),
    ...(withPages.has(code) ? { href: paths.country(code) } : {}),
  }));
}

export function relationshipRef(parties: readonly string[]): RelationshipRef {
  const actors = parties.map(actorRef);
  // The parties' ids, sorted and joined by "--": the same key for any order of listing.
  const id = relationshipKey(parties);
  return {
    id,
    label: actors.map((actor) => actor.name).join(" – "),
    parties: actors,
    href: paths.relationship(id),
  };
}
