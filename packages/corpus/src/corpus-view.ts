import {
  type Actor,
  type Citation,
  type Claim,
  type ClaimOrigin,
  type ClaimProvenance,
  type Corpus,
  claimProvenance,
  type Impact,
  type Incident,
  type RecordKind,
  type Redirect,
  type Source,
} from "@leaks/schema";
import { type ClaimsByStanding, groupByStanding } from "./claim-groups.js";
import { type RelayChain, relayChainsOf } from "./relay-chain.js";

/** The impacts of every incident on one relationship. */
export interface RelationshipImpacts {
  /** The parties, sorted by id. */
  readonly parties: readonly string[];
  readonly impacts: readonly { readonly incident: Incident; readonly impact: Impact }[];
}

/** Who makes a claim: a named actor, an anonymous descriptor (as written), or a source's author. */
export type ClaimantQuery =
  | { readonly actor: string }
  | { readonly anonymous: string }
  | { readonly sourceAuthor: string };

/** A source that draws on another, and how. */
export interface CitingSource {
  readonly source: Source;
  readonly relation: Citation["relation"];
}

/** Lookups and the questions a dossier page asks, over one corpus. Unknown ids give empty results. */
export interface CorpusView extends Corpus {
  /** The old ids of renamed or merged records and where they lead; empty when there are none. */
  readonly redirects: readonly Redirect[];
  /**
   * The id a record of this kind has now: a live id is itself, an old id (of a renamed or
   * merged record) the id it leads to, any other id undefined. Use it on ids kept from an
   * earlier version of the data (a link, a saved reference) before looking them up.
   */
  resolveId(kind: RecordKind, id: string): string | undefined;
  /** The incident with this id; undefined for an id the corpus does not hold. */
  getIncident(id: string): Incident | undefined;
  /** The claim with this id; undefined for an id the corpus does not hold. */
  getClaim(id: string): Claim | undefined;
  /** The actor with this id; undefined for an id the corpus does not hold. */
  getActor(id: string): Actor | undefined;
  /** The source with this id; undefined for an id the corpus does not hold. */
  getSource(id: string): Source | undefined;
  /** The claims about an incident (those listing it in `incidents`), in corpus order. */
  claimsOfIncident(incidentId: string): readonly Claim[];
  /** Those claims grouped by standing: see `ClaimsByStanding` for the groups. */
  claimsByStanding(incidentId: string): ClaimsByStanding;
  /** For each appearance of a claim: its source and the chain of sources back to the origin. */
  relayChain(claimId: string): readonly RelayChain[];
  /**
   * Where a claim comes from, from its own appearances only: each appearance's chain, the
   * origins, and the origins grouped into independent ones (`independent.length` is what
   * corroboration is counted in). Undefined for an unknown claim.
   */
  provenance(claimId: string): ClaimProvenance | undefined;
  /**
   * Incidents an actor is part of: named as discloser, recipient or originator, as a party
   * to an impact, or as the claimant of one of the incident's claims.
   */
  incidentsOfActor(actorId: string): readonly Incident[];
  /** The actors of an incident, by the same measure as `incidentsOfActor`, in corpus order. */
  actorsOfIncident(incidentId: string): readonly Actor[];
  /**
   * Sources of an incident: where its claims appear or whose authors make them, and the
   * sources those draw on (transitively), in corpus order.
   */
  sourcesOfIncident(incidentId: string): readonly Source[];
  /** Impacts grouped by relationship, keyed by the sorted party ids joined by `--`. */
  impactsByRelationship(): ReadonlyMap<string, RelationshipImpacts>;
  /** The claims with an appearance in a source, in corpus order. */
  claimsInSource(sourceId: string): readonly Claim[];
  /**
   * The claims a claimant makes, in corpus order. An anonymous descriptor matches as written,
   * ignoring case and surrounding spaces ("US officials" is not "American officials").
   */
  claimsByClaimant(claimant: ClaimantQuery): readonly Claim[];
  /**
   * The claims whose record names an actor: as the claimant, as the relayer of an anonymous
   * claimant's words, or as a party to an impact that rests on the claim. In corpus order.
   */
  claimsMentioningActor(actorId: string): readonly Claim[];
  /**
   * The claims the impacts on one relationship rest on (its parties in any order, or its
   * `relationshipKey`), in corpus order.
   */
  claimsOfRelationship(parties: readonly string[] | string): readonly Claim[];
  /** The sources that draw on a source (relay, quote, summarise or cite it), in corpus order. */
  citedBy(sourceId: string): readonly CitingSource[];
  /**
   * A claim's independent origins: its origin sources grouped so that two groups are
   * independent (see `provenance`); corroboration is counted in groups. Empty for an unknown
   * claim.
   */
  independentOrigins(claimId: string): readonly (readonly ClaimOrigin[])[];
}

/** Adds `value` to the list of `key`, once. */
function addTo<T>(index: Map<string, T[]>, key: string, value: T): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** The indexes behind the graph queries, built on first use. */
function graphIndex(corpus: Corpus) {
  const inSource = new Map<string, Claim[]>();
  const byClaimant = new Map<string, Claim[]>();
  const mentioning = new Map<string, Claim[]>();
  const ofRelationship = new Map<string, Claim[]>();
  const citedBy = new Map<string, CitingSource[]>();
  const impactsOn = new Map<string, { parties: readonly string[]; key: string }[]>();
  for (const incident of corpus.incidents)
    for (const impact of incident.impacts) {
      const key = relationshipKey(impact.parties);
      for (const claimId of impact.claims) {
        const list = impactsOn.get(claimId) ?? [];
        list.push({ parties: impact.parties, key });
        impactsOn.set(claimId, list);
      }
    }
  for (const claim of corpus.claims) {
    for (const appearance of claim.appearances) addTo(inSource, appearance.source, claim);
    const { claimant } = claim;
    const mentioned = new Set<string>();
    if (claimant.kind === "actor") {
      addTo(byClaimant, `actor\u0000${claimant.actor}`, claim);
      mentioned.add(claimant.actor);
    } else if (claimant.kind === "anonymous") {
      addTo(byClaimant, `anonymous\u0000${descriptorKey(claimant.anonymous.description)}`, claim);
      if (claimant.anonymous.relayedBy !== undefined) mentioned.add(claimant.anonymous.relayedBy);
    } else addTo(byClaimant, `sourceAuthor\u0000${claimant.source}`, claim);
    for (const impact of impactsOn.get(claim.id) ?? []) {
      for (const party of impact.parties) mentioned.add(party);
      addTo(ofRelationship, impact.key, claim);
    }
    // Claims are met in corpus order, so every list is in corpus order.
    for (const actor of mentioned) addTo(mentioning, actor, claim);
  }
  for (const source of corpus.sources)
    for (const citation of source.cites) {
      const list = citedBy.get(citation.source) ?? [];
      list.push({ source, relation: citation.relation });
      citedBy.set(citation.source, list);
    }
  return { inSource, byClaimant, mentioning, ofRelationship, citedBy };
}

function descriptorKey(description: string): string {
  return description.trim().toLowerCase();
}

function claimantKey(claimant: ClaimantQuery): string {
  if ("actor" in claimant) return `actor\u0000${claimant.actor}`;
  if ("anonymous" in claimant) return `anonymous\u0000${descriptorKey(claimant.anonymous)}`;
  return `sourceAuthor\u0000${claimant.sourceAuthor}`;
}

function byId<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function actorIdsOf(incident: Incident, claims: readonly Claim[]): Set<string> {
  const ids = new Set<string>();
  for (const involvement of [
    ...incident.disclosedBy,
    ...incident.receivedBy,
    ...incident.originators,
  ])
    if ("actor" in involvement) ids.add(involvement.actor);
  for (const impact of incident.impacts) for (const party of impact.parties) ids.add(party);
  for (const claim of claims) if (claim.claimant.kind === "actor") ids.add(claim.claimant.actor);
  return ids;
}

/** A relationship's key: `israel--united-states` for the parties in any order. */
export function relationshipKey(parties: readonly string[]): string {
  return [...new Set(parties)].sort().join("--");
}

/** Builds the lookups once; answers are computed on first use and kept. */
export function createCorpusView(corpus: Corpus): CorpusView {
  const incidents = byId(corpus.incidents);
  const claims = byId(corpus.claims);
  const actors = byId(corpus.actors);
  const sources = byId(corpus.sources);
  const claimsOf = new Map<string, Claim[]>();
  for (const claim of corpus.claims)
    for (const incident of new Set(claim.incidents)) {
      const list = claimsOf.get(incident) ?? [];
      list.push(claim);
      claimsOf.set(incident, list);
    }
  const claimsOfIncident = (id: string): readonly Claim[] => claimsOf.get(id) ?? [];
  const live: Record<RecordKind, ReadonlyMap<string, unknown>> = {
    incident: incidents,
    claim: claims,
    actor: actors,
    source: sources,
  };
  const redirects = corpus.redirects ?? [];
  const redirected = new Map<string, string>();
  for (const redirect of redirects) {
    const key = `${redirect.kind}\u0000${redirect.from}`;
    if (!redirected.has(key)) redirected.set(key, redirect.to);
  }

  let actorIndex:
    | { byIncident: Map<string, Set<string>>; byActor: Map<string, Set<string>> }
    | undefined;
  const actorIndexOf = () => {
    if (actorIndex !== undefined) return actorIndex;
    const byIncident = new Map<string, Set<string>>();
    const byActor = new Map<string, Set<string>>();
    for (const incident of corpus.incidents) {
      const ids = actorIdsOf(incident, claimsOfIncident(incident.id));
      byIncident.set(incident.id, ids);
      for (const id of ids) byActor.set(id, (byActor.get(id) ?? new Set()).add(incident.id));
    }
    actorIndex = { byIncident, byActor };
    return actorIndex;
  };

  let relationships: Map<string, RelationshipImpacts> | undefined;
  let graph: ReturnType<typeof graphIndex> | undefined;
  const graphOf = () => {
    graph ??= graphIndex(corpus);
    return graph;
  };

  return {
    incidents: corpus.incidents,
    claims: corpus.claims,
    actors: corpus.actors,
    sources: corpus.sources,
    redirects,
    resolveId(kind, id) {
      const records = live[kind];
      if (records === undefined) return undefined;
      if (records.has(id)) return id;
      // The rules hold a redirect to lead straight to a live record; one that does not
      // (a corpus that was not validated) resolves to nothing rather than to a dead id.
      const to = redirected.get(`${kind}\u0000${id}`);
      return to !== undefined && records.has(to) ? to : undefined;
    },
    getIncident: (id) => incidents.get(id),
    getClaim: (id) => claims.get(id),
    getActor: (id) => actors.get(id),
    getSource: (id) => sources.get(id),
    claimsOfIncident,
    claimsByStanding: (id) => groupByStanding(claimsOfIncident(id)),
    provenance(claimId) {
      const claim = claims.get(claimId);
      return claim === undefined ? undefined : claimProvenance(claim, corpus);
    },
    relayChain(claimId) {
      const claim = claims.get(claimId);
      return claim === undefined ? [] : relayChainsOf(claim, corpus, sources);
    },
    incidentsOfActor(actorId) {
      const ids = actorIndexOf().byActor.get(actorId);
      return ids === undefined ? [] : corpus.incidents.filter((incident) => ids.has(incident.id));
    },
    actorsOfIncident(incidentId) {
      const ids = actorIndexOf().byIncident.get(incidentId);
      return ids === undefined ? [] : corpus.actors.filter((actor) => ids.has(actor.id));
    },
    sourcesOfIncident(incidentId) {
      const ids = new Set<string>();
      const queue: string[] = [];
      const use = (id: string) => {
        if (!ids.has(id)) {
          ids.add(id);
          queue.push(id);
        }
      };
      for (const claim of claimsOfIncident(incidentId)) {
        for (const appearance of claim.appearances) use(appearance.source);
        if (claim.claimant.kind === "source-author") use(claim.claimant.source);
      }
      for (let next = queue.pop(); next !== undefined; next = queue.pop())
        for (const citation of sources.get(next)?.cites ?? []) use(citation.source);
      return corpus.sources.filter((source) => ids.has(source.id));
    },
    impactsByRelationship() {
      if (relationships === undefined) {
        const groups = new Map<
          string,
          { parties: string[]; impacts: { incident: Incident; impact: Impact }[] }
        >();
        for (const incident of corpus.incidents)
          for (const impact of incident.impacts) {
            const key = relationshipKey(impact.parties);
            const group = groups.get(key) ?? { parties: key.split("--"), impacts: [] };
            group.impacts.push({ incident, impact });
            groups.set(key, group);
          }
        relationships = new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      }
      return relationships;
    },
    claimsInSource: (sourceId) => graphOf().inSource.get(sourceId) ?? [],
    claimsByClaimant: (claimant) => graphOf().byClaimant.get(claimantKey(claimant)) ?? [],
    claimsMentioningActor: (actorId) => graphOf().mentioning.get(actorId) ?? [],
    claimsOfRelationship: (parties) =>
      graphOf().ofRelationship.get(
        typeof parties === "string"
          ? relationshipKey(parties.split("--"))
          : relationshipKey(parties),
      ) ?? [],
    citedBy: (sourceId) => graphOf().citedBy.get(sourceId) ?? [],
    independentOrigins(claimId) {
      const claim = claims.get(claimId);
      return claim === undefined ? [] : claimProvenance(claim, corpus).independent;
    },
  };
}
