import {
  type Actor,
  type Claim,
  type ClaimProvenance,
  type Corpus,
  claimProvenance,
  type Impact,
  type Incident,
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

/** Lookups and the questions a dossier page asks, over one corpus. Unknown ids give empty results. */
export interface CorpusView extends Corpus {
  getIncident(id: string): Incident | undefined;
  getClaim(id: string): Claim | undefined;
  getActor(id: string): Actor | undefined;
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

  return {
    incidents: corpus.incidents,
    claims: corpus.claims,
    actors: corpus.actors,
    sources: corpus.sources,
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
  };
}
