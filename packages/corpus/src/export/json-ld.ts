import {
  type Actor,
  type Claim,
  type Corpus,
  type Incident,
  type ParsedPartialDate,
  type PartialDatePoint,
  parsePartialDate,
  type RecordKind,
  type Source,
} from "@leaks/schema";

/**
 * Records are named by URN: the dataset has no web address of its own to build URLs from,
 * and a URL must never be made up.
 */
const iri = (kind: RecordKind, id: string) => `urn:leaks-dossier:${kind}:${id}`;
const ref = (kind: RecordKind, id: string) => ({ "@id": iri(kind, id) });

/** Terms schema.org lacks (standing, credibility, reliability, claim relations). */
const VOCABULARY = "urn:leaks-dossier:vocab#";
const CONTEXT = ["https://schema.org", { leaks: VOCABULARY }];

type Node = Record<string, unknown>;

/** Drops empty values so that nodes carry only what the data says. */
function compact(node: Node): Node {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

function pointText(point: PartialDatePoint): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const month = point.month === undefined ? "" : `-${pad(point.month)}`;
  const day = point.day === undefined ? "" : `-${pad(point.day)}`;
  return `${String(point.year).padStart(4, "0")}${month}${day}`;
}

/** ISO 8601 (reduced precision) ends of a partial date; `~` and `?` have no schema.org form. */
function dateRange(text: string | undefined): { start?: string; end?: string } {
  const parsed: ParsedPartialDate | undefined =
    text === undefined ? undefined : parsePartialDate(text);
  if (parsed === undefined) return {};
  return parsed.isRange
    ? { start: pointText(parsed.from), end: pointText(parsed.to) }
    : { start: pointText(parsed.from) };
}

function incidentNode(incident: Incident): Node {
  const happened = dateRange(incident.dates.happened?.date);
  return compact({
    "@type": "Event",
    "@id": iri("incident", incident.id),
    identifier: incident.id,
    name: incident.title,
    description: incident.summary,
    startDate: happened.start,
    endDate: happened.end,
    keywords: incident.tags,
    // The date as recorded, with its precision and qualifiers (`~`, `?`, ranges).
    "leaks:happened": incident.dates.happened?.date,
    "leaks:leakKind": incident.kind,
  });
}

function claimAuthor(claim: Claim, sources: ReadonlyMap<string, Source>): unknown {
  const claimant = claim.claimant;
  switch (claimant.kind) {
    case "actor":
      return ref("actor", claimant.actor);
    case "anonymous":
      return compact({
        "@type": "Thing",
        name: claimant.anonymous.description,
        description: "unnamed source, as the reporting describes them",
      });
    case "source-author": {
      const source = sources.get(claimant.source);
      if (source === undefined) return undefined;
      if (source.authors.length > 0) return source.authors.map((id) => ref("actor", id));
      return source.publisher === undefined ? undefined : ref("actor", source.publisher);
    }
  }
}

function claimNode(claim: Claim, sources: ReadonlyMap<string, Source>): Node {
  const relations: Node = {};
  for (const relation of claim.relations) {
    const term = `leaks:${relation.type}`;
    relations[term] = [...((relations[term] as unknown[]) ?? []), ref("claim", relation.claim)];
  }
  return compact({
    "@type": "Claim",
    "@id": iri("claim", claim.id),
    identifier: claim.id,
    text: claim.statement,
    about: claim.incidents.map((id) => ref("incident", id)),
    author: claimAuthor(claim, sources),
    appearance: claim.appearances.map((appearance) =>
      compact({
        "@type": "Quotation",
        text: appearance.quote,
        isPartOf: ref("source", appearance.source),
        description: appearance.locator,
      }),
    ),
    temporalCoverage: claim.concerns,
    "leaks:nature": claim.nature,
    "leaks:standing": claim.standing,
    "leaks:credibility": claim.credibility.grade,
    ...relations,
  });
}

const SOURCE_TYPES: Partial<Record<Source["kind"], string>> = {
  "news-report": "NewsArticle",
  "state-media-relay": "NewsArticle",
  "opinion-analysis": "OpinionNewsArticle",
  "social-media-post": "SocialMediaPosting",
};

function sourceNode(source: Source): Node {
  const published = dateRange(source.published);
  const dependent = source.cites.filter((cite) => cite.relation !== "cites");
  return compact({
    "@type": SOURCE_TYPES[source.kind] ?? "CreativeWork",
    "@id": iri("source", source.id),
    identifier: source.id,
    name: source.title,
    description: source.description,
    publisher: source.publisher === undefined ? undefined : ref("actor", source.publisher),
    author: source.authors.map((id) => ref("actor", id)),
    datePublished: published.end === undefined ? published.start : undefined,
    inLanguage: source.language,
    url: source.url,
    archivedAt: source.archive?.url,
    isBasedOn: dependent.map((cite) => ref("source", cite.source)),
    citation: source.cites
      .filter((cite) => cite.relation === "cites")
      .map((cite) => ref("source", cite.source)),
    "leaks:sourceKind": source.kind,
    "leaks:reliability": source.reliability.grade,
  });
}

const ACTOR_TYPES: Record<Actor["kind"], string> = {
  person: "Person",
  state: "Country",
  government: "GovernmentOrganization",
  agency: "GovernmentOrganization",
  military: "GovernmentOrganization",
  organisation: "Organization",
  "media-outlet": "NewsMediaOrganization",
  alliance: "Organization",
  other: "Organization",
};

function actorNode(actor: Actor): Node {
  const type = ACTOR_TYPES[actor.kind];
  const ties = actor.affiliations.map((affiliation) => ref("actor", affiliation.actor));
  const country =
    actor.country === undefined
      ? {}
      : type === "Person"
        ? { nationality: { "@type": "Country", identifier: actor.country } }
        : type === "Country"
          ? {}
          : { address: { "@type": "PostalAddress", addressCountry: actor.country } };
  return compact({
    "@type": type,
    "@id": iri("actor", actor.id),
    identifier: type === "Country" && actor.country !== undefined ? actor.country : actor.id,
    name: actor.name,
    alternateName: actor.aliases,
    description: actor.notes,
    ...country,
    // schema.org has a term for a person's ties only: an outlet based in a state is not
    // a suborganisation of it.
    ...(type === "Person" ? { affiliation: ties } : { "leaks:affiliatedWith": ties }),
    member: actor.members.map((id) => ref("actor", id)),
    // A Wikidata id in the data is verified; its URL follows from it.
    sameAs:
      actor.identifiers.wikidata === undefined
        ? undefined
        : `https://www.wikidata.org/wiki/${actor.identifiers.wikidata}`,
    "leaks:actorKind": actor.kind,
  });
}

/**
 * The corpus as schema.org JSON-LD: incidents as Event, claims as Claim (each appearance a
 * Quotation that is part of its source), sources as NewsArticle or CreativeWork, actors as
 * Person, Organization or Country. Terms schema.org lacks live under the `leaks:` prefix.
 */
export function corpusJsonLd(corpus: Corpus): string {
  const sources = new Map(corpus.sources.map((source) => [source.id, source]));
  const graph = [
    ...corpus.incidents.map(incidentNode),
    ...corpus.claims.map((claim) => claimNode(claim, sources)),
    ...corpus.actors.map(actorNode),
    ...corpus.sources.map(sourceNode),
  ];
  return `${JSON.stringify({ "@context": CONTEXT, "@graph": graph }, null, 2)}\n`;
}
