import type { CITATION_KINDS } from "../models/source.js";
import type { Corpus } from "../records.js";

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
