import type { Claim } from "../models/claim.js";
import type { Claimant } from "../models/claimant.js";
import type { Corpus } from "../records.js";
import { indexCorpus } from "./corpus-index.js";
import { DEPENDENT_CITATIONS } from "./graph.js";

/** How a source draws on the one before it in a chain. */
export type RelayRelation = "relays" | "quotes" | "summarises" | "cites";

/** One link of the chain that brought a claim into a source. */
export type ChainNode =
  | {
      readonly kind: "claimant";
      /** Who told the first source: the claim's claimant. */
      readonly claimant: Claimant;
    }
  | {
      readonly kind: "source";
      readonly source: string;
      /**
       * How the next source of the chain (towards the appearance) draws on this one, as that
       * source's `cites` say; absent for the appearance's own source, and where it is not cited.
       */
      readonly relation?: RelayRelation;
    };

/** Where one appearance of a claim came from, origin first. */
export interface AppearanceChain {
  /** Index of the appearance in `claim.appearances`. */
  readonly appearance: number;
  /** The source the claim appears in. */
  readonly source: string;
  /**
   * From where the claim entered the record to this source: the claimant (unless the claim is
   * in a source's own voice), then the source it was told to or that had it first-hand, then
   * each source that relayed it, ending with the appearance's source.
   */
  readonly nodes: readonly ChainNode[];
  /** The source where the claim entered the record: the root of this chain. */
  readonly origin: string;
}

/** A source where a claim entered the record, and the appearances that trace to it. */
export interface ClaimOrigin {
  readonly source: string;
  /** Its publisher (`actor:<id>`) where known, else the source itself (`source:<id>`). */
  readonly voice: string;
  /** Indexes of the appearances whose chains start here. */
  readonly appearances: readonly number[];
}

/** Why two origins of a claim are one: a shared publisher, or one draws on the other. */
export interface OriginLink {
  readonly from: string;
  readonly to: string;
  readonly reason: "same-publisher" | "draws-on";
}

/** The provenance of one claim, from its own appearances only. */
export interface ClaimProvenance {
  readonly chains: readonly AppearanceChain[];
  /** Distinct origin sources, in the order of first appearance. */
  readonly origins: readonly ClaimOrigin[];
  /**
   * The origins grouped so that two groups are independent: origins with one publisher, or
   * one of which relays, quotes or summarises the other (directly or further back), are one.
   */
  readonly independent: readonly (readonly ClaimOrigin[])[];
  /** Links that merged origins into one group, for messages. */
  readonly links: readonly OriginLink[];
}

/** Sources a source draws on through relays, quotes and summaries, directly or further back. */
function ancestorsIn(corpus: Corpus): (sourceId: string) => ReadonlySet<string> {
  const sources = indexCorpus(corpus).source;
  let memo = ancestorMemo.get(corpus);
  if (memo === undefined) {
    memo = new Map();
    ancestorMemo.set(corpus, memo);
  }
  const known = memo;
  return (start) => {
    const cached = known.get(start);
    if (cached !== undefined) return cached;
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      for (const citation of sources.get(id)?.cites ?? [])
        if (DEPENDENT_CITATIONS.has(citation.relation) && !seen.has(citation.source)) {
          seen.add(citation.source);
          stack.push(citation.source);
        }
    }
    seen.delete(start);
    known.set(start, seen);
    return seen;
  };
}

const ancestorMemo = new WeakMap<Corpus, Map<string, ReadonlySet<string>>>();
const provenanceMemo = new WeakMap<Corpus, WeakMap<Claim, ClaimProvenance>>();

/** An appearance's relay path, and where it first comes back to a source already on it. */
export interface RelayWalk {
  /** Nearest first, starting with the appearance's own source; cut before a repeated source. */
  readonly path: readonly string[];
  /** The repeated source and where it is written: `via[index]` of the appearance itself, or
   * of the claim's appearance in a source on the path (`own: false`). */
  readonly loop?: { readonly source: string; readonly index: number; readonly own: boolean };
}

/**
 * The relay path of one appearance: its `via`, continued through the `via` of the claim's
 * appearance in the last source, if the claim has one there, until a source comes round again
 * (provenance-loop reports it) or the chain ends.
 */
export function walkRelay(claim: Claim, index: number): RelayWalk {
  const appearance = claim.appearances[index];
  if (appearance === undefined) return { path: [] };
  const path = [appearance.source];
  let via = appearance.via;
  let own = true;
  while (via.length > 0) {
    for (const [j, source] of via.entries()) {
      if (path.includes(source)) return { path, loop: { source, index: j, own } };
      path.push(source);
    }
    const last = path[path.length - 1];
    const onward = claim.appearances.find((a) => a.source === last && a.via.length > 0);
    if (onward === undefined) break;
    via = onward.via;
    own = false;
  }
  return { path };
}

/** The relay path of one appearance, nearest first, starting with its own source. */
export function relayPath(claim: Claim, index: number): readonly string[] {
  return walkRelay(claim, index).path;
}

function relationOf(corpus: Corpus, citing: string, cited: string): RelayRelation | undefined {
  const source = indexCorpus(corpus).source.get(citing);
  return source?.cites.find((c) => c.source === cited)?.relation;
}

function chainOf(claim: Claim, index: number, corpus: Corpus): AppearanceChain {
  const path = relayPath(claim, index);
  const nodes: ChainNode[] = [];
  if (claim.claimant.kind !== "source-author")
    nodes.push({ kind: "claimant", claimant: claim.claimant });
  for (let i = path.length - 1; i >= 0; i--) {
    const source = path[i] as string;
    const next = path[i - 1];
    const relation = next === undefined ? undefined : relationOf(corpus, next, source);
    nodes.push(
      relation === undefined ? { kind: "source", source } : { kind: "source", source, relation },
    );
  }
  return {
    appearance: index,
    source: path[0] as string,
    nodes,
    origin: path[path.length - 1] as string,
  };
}

function computeProvenance(claim: Claim, corpus: Corpus): ClaimProvenance {
  const sources = indexCorpus(corpus).source;
  const chains = claim.appearances.map((_, i) => chainOf(claim, i, corpus));
  const byOrigin = new Map<string, { source: string; voice: string; appearances: number[] }>();
  for (const chain of chains) {
    let origin = byOrigin.get(chain.origin);
    if (origin === undefined) {
      const publisher = sources.get(chain.origin)?.publisher;
      origin = {
        source: chain.origin,
        voice: publisher === undefined ? `source:${chain.origin}` : `actor:${publisher}`,
        appearances: [],
      };
      byOrigin.set(chain.origin, origin);
    }
    origin.appearances.push(chain.appearance);
  }
  const origins = [...byOrigin.values()];
  // Union-find over the origins: one publisher, or one drawing on the other, makes them one.
  const parent = origins.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  const links: OriginLink[] = [];
  const ancestors = ancestorsIn(corpus);
  for (let i = 0; i < origins.length; i++)
    for (let j = i + 1; j < origins.length; j++) {
      const a = origins[i] as ClaimOrigin;
      const b = origins[j] as ClaimOrigin;
      let link: OriginLink | undefined;
      if (a.voice === b.voice) link = { from: a.source, to: b.source, reason: "same-publisher" };
      else if (ancestors(a.source).has(b.source))
        link = { from: a.source, to: b.source, reason: "draws-on" };
      else if (ancestors(b.source).has(a.source))
        link = { from: b.source, to: a.source, reason: "draws-on" };
      if (link === undefined || find(i) === find(j)) continue;
      links.push(link);
      parent[find(j)] = find(i);
    }
  const groups = new Map<number, ClaimOrigin[]>();
  for (const [i, origin] of origins.entries()) {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(origin);
    groups.set(root, group);
  }
  return { chains, origins, independent: [...groups.values()], links };
}

/**
 * Where a claim comes from, computed from its own appearances only (never from everything
 * their sources cite): each appearance's chain back to where the claim entered the record,
 * the distinct origins, and how many of them are independent.
 */
export function claimProvenance(claim: Claim, corpus: Corpus): ClaimProvenance {
  let memo = provenanceMemo.get(corpus);
  if (memo === undefined) {
    memo = new WeakMap();
    provenanceMemo.set(corpus, memo);
  }
  let provenance = memo.get(claim);
  if (provenance === undefined) {
    provenance = computeProvenance(claim, corpus);
    memo.set(claim, provenance);
  }
  return provenance;
}

/** The number of independent origins of a claim: what corroboration is counted in. */
export function independentOriginCount(claim: Claim, corpus: Corpus): number {
  return claimProvenance(claim, corpus).independent.length;
}

/** Why a claim has fewer than two independent origins, in words, for messages. */
export function singleOriginReason(claim: Claim, corpus: Corpus): string {
  const { origins, links } = claimProvenance(claim, corpus);
  const count = claim.appearances.length;
  const appearances = count === 1 ? "its one appearance traces" : `its ${count} appearances trace`;
  if (origins.length === 1) return `${appearances} to one origin ("${origins[0]?.source}")`;
  const why = links
    .map((link) =>
      link.reason === "same-publisher"
        ? `"${link.from}" and "${link.to}" have one publisher`
        : `"${link.from}" draws on "${link.to}"`,
    )
    .join("; ");
  return `${appearances} to origins that are not independent (${why})`;
}
