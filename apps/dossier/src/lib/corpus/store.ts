import { type CorpusView, createCorpusView, relationshipKey } from "@leaks/corpus";
import type { Actor, Claim, Corpus, Incident, RelatedIncident, Source } from "@leaks/schema";
import { readRecords } from "./read";

interface Index {
  readonly corpus: Corpus;
  readonly view: CorpusView;
  readonly incidents: ReadonlyMap<string, Incident>;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly sources: ReadonlyMap<string, Source>;
}

function byId<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

let cached: Index | undefined;

export function index(): Index {
  if (cached) return cached;
  const corpus = readRecords();
  cached = {
    corpus,
    view: createCorpusView(corpus),
    incidents: byId(corpus.incidents),
    claims: byId(corpus.claims),
    actors: byId(corpus.actors),
    sources: byId(corpus.sources),
  };
  return cached;
}

export function claimsOf(incidentId: string): readonly Claim[] {
  return index().view.claimsOfIncident(incidentId);
}

/** Who points at whom, built once, so that no page scans the whole corpus. */
interface ReverseIndex {
  readonly claimsByClaimant: ReadonlyMap<string, readonly Claim[]>;
  readonly claimsRelayedBy: ReadonlyMap<string, readonly Claim[]>;
  readonly sourcesByActor: ReadonlyMap<string, readonly Source[]>;
  readonly groupsOf: ReadonlyMap<string, readonly Actor[]>;
  readonly citersOf: ReadonlyMap<string, readonly { source: Source; relation: string }[]>;
  readonly appearancesIn: ReadonlyMap<
    string,
    readonly { claim: Claim; appearance: number; quote: string; locator?: string }[]
  >;
  readonly partiesOf: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** The related links written on other incidents, by the incident they name. */
  readonly relatedFrom: ReadonlyMap<
    string,
    readonly { incident: Incident; related: RelatedIncident }[]
  >;
}

let reverseCache: ReverseIndex | undefined;

export function reverse(): ReverseIndex {
  if (reverseCache) return reverseCache;
  const { corpus } = index();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const claimsByClaimant = new Map<string, Claim[]>();
  const claimsRelayedBy = new Map<string, Claim[]>();
  const appearancesIn = new Map<
    string,
    { claim: Claim; appearance: number; quote: string; locator?: string }[]
  >();
  for (const claim of corpus.claims) {
    if (claim.claimant.kind === "actor") push(claimsByClaimant, claim.claimant.actor, claim);
    if (claim.claimant.kind === "anonymous" && claim.claimant.anonymous.relayedBy !== undefined) {
      push(claimsRelayedBy, claim.claimant.anonymous.relayedBy, claim);
    }
    for (const [appearance, a] of claim.appearances.entries()) {
      push(appearancesIn, a.source, {
        claim,
        appearance,
        quote: a.quote,
        ...(a.locator === undefined ? {} : { locator: a.locator }),
      });
    }
  }
  const sourcesByActor = new Map<string, Source[]>();
  const citersOf = new Map<string, { source: Source; relation: string }[]>();
  for (const source of corpus.sources) {
    for (const id of new Set([
      ...(source.publisher ? [source.publisher] : []),
      ...source.authors,
    ])) {
      push(sourcesByActor, id, source);
    }
    for (const citation of source.cites)
      push(citersOf, citation.source, { source, relation: citation.relation });
  }
  const groupsOf = new Map<string, Actor[]>();
  for (const actor of corpus.actors)
    for (const member of new Set(actor.members)) push(groupsOf, member, actor);
  const partiesOf = new Map<string, Map<string, readonly string[]>>();
  for (const incident of corpus.incidents) {
    for (const impact of incident.impacts) {
      for (const party of impact.parties) {
        const map = partiesOf.get(party) ?? new Map<string, readonly string[]>();
        map.set(relationshipKey(impact.parties), impact.parties);
        partiesOf.set(party, map);
      }
    }
  }
  const relatedFrom = new Map<string, { incident: Incident; related: RelatedIncident }[]>();
  for (const incident of corpus.incidents)
    for (const related of incident.related)
      push(relatedFrom, related.incident, { incident, related });
  reverseCache = {
    claimsByClaimant,
    claimsRelayedBy,
    sourcesByActor,
    groupsOf,
    citersOf,
    appearancesIn,
    partiesOf,
    relatedFrom,
  };
  return reverseCache;
}

export function must<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = map.get(id);
  // The corpus rules refuse dangling references; a site build over unchecked data stops here.
  if (found === undefined) throw new Error(`the corpus refers to an unknown ${what} "${id}"`);
  return found;
}
