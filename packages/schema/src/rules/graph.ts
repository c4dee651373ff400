import type { Claim } from "../models/claim.js";
import type { CITATION_KINDS } from "../models/source.js";
import type { Corpus } from "../records.js";
import { indexCorpus } from "./corpus-index.js";

/** Citations that make two reports one: the citing source repeats the other's reporting. */
export const DEPENDENT_CITATIONS: ReadonlySet<(typeof CITATION_KINDS)[number]> = new Set([
  "relays",
  "quotes",
  "summarises",
]);

/** The citation graph of a corpus, as far as it bears on independence. */
export interface CitationGraph {
  /**
   * The sources a source's reporting traces back to, following relays, quotes and summaries
   * (never plain `cites`). A source that draws on no other is its own origin; a loop of
   * sources that draw only on each other has its smallest id as its one origin.
   */
  originsOf(sourceId: string): ReadonlySet<string>;
  /** Groups of two or more sources that relay, quote or summarise each other in a loop. */
  readonly cycles: readonly (readonly string[])[];
}

function dependentEdges(corpus: Corpus): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const source of corpus.sources) {
    const targets = edges.get(source.id) ?? [];
    for (const citation of source.cites)
      if (DEPENDENT_CITATIONS.has(citation.relation) && !targets.includes(citation.source))
        targets.push(citation.source);
    edges.set(source.id, targets);
  }
  return edges;
}

/**
 * Tarjan's strongly connected components, iterative so that a long relay chain cannot
 * overflow the stack. Components come out sinks first, so origins are known before use.
 */
function buildGraph(corpus: Corpus): CitationGraph {
  const edges = dependentEdges(corpus);
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const componentOf = new Map<string, number>();
  const originsOfComponent: ReadonlySet<string>[] = [];
  const cycles: string[][] = [];
  let counter = 0;

  const closeComponent = (root: string) => {
    const members: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      members.push(member);
    } while (member !== root);
    const component = originsOfComponent.length;
    for (const m of members) componentOf.set(m, component);
    const upstream: ReadonlySet<string>[] = [];
    for (const m of members)
      for (const target of edges.get(m) ?? []) {
        const other = componentOf.get(target);
        if (other !== undefined && other !== component) {
          const origins = originsOfComponent[other];
          if (origins !== undefined && !upstream.includes(origins)) upstream.push(origins);
        }
      }
    members.sort();
    if (members.length > 1) cycles.push(members);
    let origins: ReadonlySet<string>;
    if (upstream.length === 0) origins = new Set([members[0] ?? root]);
    else if (upstream.length === 1) origins = upstream[0] ?? new Set();
    else origins = new Set(upstream.flatMap((set) => [...set]));
    originsOfComponent.push(origins);
  };

  const visit = (node: string) => {
    order.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
  };

  for (const start of edges.keys()) {
    if (order.has(start)) continue;
    visit(start);
    const frames: { node: string; next: number }[] = [{ node: start, next: 0 }];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { node: string; next: number };
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!order.has(target)) {
          visit(target);
          frames.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, order.get(target) ?? 0));
        }
        continue;
      }
      frames.pop();
      const nodeLow = low.get(frame.node) ?? 0;
      if (nodeLow === order.get(frame.node)) closeComponent(frame.node);
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, nodeLow));
    }
  }

  return {
    originsOf(sourceId) {
      const component = componentOf.get(sourceId);
      const origins = component === undefined ? undefined : originsOfComponent[component];
      return origins ?? new Set([sourceId]);
    },
    cycles,
  };
}

const cache = new WeakMap<Corpus, CitationGraph>();

/** The citation graph of a corpus, built once and shared by the rules that need it. */
export function citationGraph(corpus: Corpus): CitationGraph {
  let graph = cache.get(corpus);
  if (graph === undefined) {
    graph = buildGraph(corpus);
    cache.set(corpus, graph);
  }
  return graph;
}

/** One appearance of a claim and the independent voices its source traces to. */
export interface AppearanceOrigins {
  /** The index of the first appearance of this source in `claim.appearances`. */
  readonly appearance: number;
  readonly source: string;
  /** The origin sources its reporting traces to. */
  readonly origins: ReadonlySet<string>;
  /**
   * The voices behind those origins: an origin's publisher where known (two reports by one
   * outlet are one voice), else the origin source itself.
   */
  readonly voices: ReadonlySet<string>;
}

/** The relay chains of a claim: for each distinct source it appears in, where that leads. */
export function appearanceOrigins(claim: Claim, corpus: Corpus): AppearanceOrigins[] {
  const graph = citationGraph(corpus);
  const sources = indexCorpus(corpus).source;
  const seen = new Set<string>();
  const result: AppearanceOrigins[] = [];
  for (const [appearance, { source }] of claim.appearances.entries()) {
    if (seen.has(source)) continue;
    seen.add(source);
    const origins = graph.originsOf(source);
    const voices = new Set<string>();
    for (const origin of origins) {
      const publisher = sources.get(origin)?.publisher;
      voices.add(publisher === undefined ? `source:${origin}` : `actor:${publisher}`);
    }
    result.push({ appearance, source, origins, voices });
  }
  return result;
}

function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) return false;
  return true;
}

/**
 * Two appearances of the claim whose sources share no origin and no origin's publisher, if
 * any: the claim then rests on two independent reports. One source that draws on several
 * others is not enough alone: the claim may come from only one of them.
 */
export function independentAppearances(
  claim: Claim,
  corpus: Corpus,
): readonly [AppearanceOrigins, AppearanceOrigins] | undefined {
  const chains = appearanceOrigins(claim, corpus);
  for (let i = 0; i < chains.length; i++)
    for (let j = i + 1; j < chains.length; j++) {
      const a = chains[i] as AppearanceOrigins;
      const b = chains[j] as AppearanceOrigins;
      if (disjoint(a.voices, b.voices)) return [a, b];
    }
  return undefined;
}

/** Why a claim's appearances are not independent, in words, for messages. */
export function dependenceOf(claim: Claim, corpus: Corpus): string {
  const chains = appearanceOrigins(claim, corpus);
  const all = new Set<string>();
  for (const chain of chains) for (const origin of chain.origins) all.add(origin);
  const origins = [...all].sort().map((id) => `"${id}"`);
  const only = chains[0];
  if (chains.length === 1 && only !== undefined)
    return only.origins.size === 1 && only.origins.has(only.source)
      ? `it appears in one source only ("${only.source}")`
      : `it appears in one source only ("${only.source}", which draws on ${origins.join(", ")})`;
  return origins.length === 1
    ? `its sources all trace to ${origins[0]}`
    : `its sources trace to ${origins.join(", ")}, and no two of them are independent (they share an origin or a publisher)`;
}
