// Who relayed whom, laid out at build time: the chains of a claim's appearances (who told the
// first source, the source it entered the record through, each relay, the source quoted) as one
// directed graph, placed by dagre's layered layout. Nothing here reaches the browser: components
// draw the result as static SVG.
import dagre, { type Point } from "@dagrejs/dagre";
import { clip } from "./labels";
import type { ChainNodeView, ClaimView, SourceEntry } from "./views";

/** A box of the drawing: its centre, its size and its words. */
export interface GraphNode {
  readonly key: string;
  /** The name as the drawing prints it: cut to fit its box. */
  readonly text: string;
  /** The name in full, as the text chain gives it. */
  readonly label: string;
  /** The page of the source or the claimant, where it has one. */
  readonly href?: string;
  readonly kind: ChainNodeView["kind"];
  /** Where the claim entered the record: the first source of some chain. */
  readonly origin: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

export interface LaidOutGraph {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly GraphNode[];
  /** Each edge as the points of its line, in whole pixels, from its start to its end. */
  readonly edges: readonly (readonly Vertex[])[];
  /** The edges as the boxes they join, by `GraphNode.key`: for the text beside the drawing. */
  readonly links: readonly (readonly [from: string, to: string])[];
}

type Vertex = readonly [x: number, y: number];

/** All the edges as one SVG path, moved down by `dy`, each ending in an open arrowhead. */
export function edgesPath(graph: LaidOutGraph, dy = 0): string {
  return graph.edges
    .map((points) => {
      const [head, ...rest] = points.map(([x, y]) => `${x} ${y + dy}`);
      // The arrowhead points right, the way the layout runs.
      return `M${head}${rest.map((point) => `L${point}`).join("")}m-5-4 5 4-5 4`;
    })
    .join("");
}

export const NODE_HEIGHT = 22;
/** Characters a box prints at most; the text chain beside the drawing has the whole name. */
const MAX_CHARS = 24;
/** Width of a character at the drawing's 11 px type, generously. */
export const CHAR_WIDTH = 6.4;

interface Draft {
  readonly nodes: Map<
    string,
    { label: string; href?: string; kind: ChainNodeView["kind"]; origin: boolean }
  >;
  readonly edges: Map<string, readonly [string, string]>;
}

function nodeKey(node: ChainNodeView): string {
  return `${node.kind}:${node.id ?? node.label}`;
}

function emptyDraft(): Draft {
  return { nodes: new Map(), edges: new Map() };
}

/** Adds one chain, origin first; `sourcesOnly` leaves out who told the first source. */
function addChain(draft: Draft, chain: readonly ChainNodeView[], sourcesOnly = false): void {
  const nodes = sourcesOnly ? chain.filter((node) => node.kind === "source") : chain;
  const firstSource = nodes.find((node) => node.kind === "source");
  let previous: string | undefined;
  for (const node of nodes) {
    const key = nodeKey(node);
    const known = draft.nodes.get(key);
    const origin = node === firstSource;
    if (known === undefined)
      draft.nodes.set(key, {
        label: node.label,
        ...(node.href === undefined ? {} : { href: node.href }),
        kind: node.kind,
        origin,
      });
    else if (origin) known.origin = true;
    if (previous !== undefined && previous !== key)
      draft.edges.set(`${previous}>${key}`, [previous, key]);
    previous = key;
  }
}

const round = (n: number) => Math.round(n);

/** Places the draft's boxes left to right, origin first, and routes its edges. */
function layout(draft: Draft): LaidOutGraph {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: "LR", nodesep: 8, ranksep: 30, marginx: 2, marginy: 2 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const [key, node] of draft.nodes) {
    const chars = clip(node.label, MAX_CHARS).length;
    graph.setNode(key, { width: 2 * round(chars * CHAR_WIDTH * 0.5 + 7), height: NODE_HEIGHT });
  }
  for (const [from, to] of draft.edges.values()) graph.setEdge(from, to);
  dagre.layout(graph);
  const nodes: GraphNode[] = [...draft.nodes].map(([key, node]) => {
    const placed = graph.node(key);
    return {
      key,
      text: clip(node.label, MAX_CHARS),
      label: node.label,
      ...(node.href === undefined ? {} : { href: node.href }),
      kind: node.kind,
      origin: node.origin,
      x: round(placed.x ?? 0),
      y: round(placed.y ?? 0),
      width: placed.width,
    };
  });
  const edges = graph.edges().map((edge) => {
    const placed: readonly Point[] = graph.edge(edge).points ?? [];
    const points = placed.map((p): Vertex => [round(p.x), round(p.y)]);
    // A point on the straight line between its neighbours adds nothing to the path.
    return points.filter((p, i) => {
      const a = points[i - 1];
      const b = points[i + 1];
      return !a || !b || (b[0] - a[0]) * (p[1] - a[1]) !== (b[1] - a[1]) * (p[0] - a[0]);
    });
  });
  const size = graph.graph();
  return {
    width: round(size.width ?? 0),
    height: round(size.height ?? 0),
    nodes,
    edges: edges.filter((points) => points.length > 1),
    links: [...draft.edges.values()],
  };
}

/**
 * A claim's chains as one graph, or `undefined` where a drawing would show no more than the
 * text: where no two chains meet or part (each chain then reads as well in a line).
 */
export function claimRelayGraph(claim: ClaimView): LaidOutGraph | undefined {
  const draft = emptyDraft();
  for (const appearance of claim.appearances) addChain(draft, appearance.chain);
  if (draft.edges.size < 2) return undefined;
  const outs = new Map<string, number>();
  const ins = new Map<string, number>();
  for (const [from, to] of draft.edges.values()) {
    outs.set(from, (outs.get(from) ?? 0) + 1);
    ins.set(to, (ins.get(to) ?? 0) + 1);
  }
  const branches = [...outs.values(), ...ins.values()].some((n) => n > 1);
  return branches ? layout(draft) : undefined;
}

/** One voice claims of an incident entered the record through, and what carried them on. */
export interface OriginBand {
  /** The publisher, or the source itself where it has none. */
  readonly voice: string;
  /** How many of the incident's quotes trace back to it. */
  readonly quotes: number;
  readonly graph: LaidOutGraph;
}

/**
 * The chains of an incident's claims, sources only, in one band for each voice they entered
 * the record through (the origin's publisher, else the origin itself, as for a claim's count of
 * independent origins): the drawing keeps apart what the dataset counts apart. A source that
 * carried claims of two origins is drawn in each of their bands: it joins neither to the other.
 * Bands run from the voice most quoted through.
 */
export function incidentRelayBands(
  claims: readonly ClaimView[],
  sources: readonly SourceEntry[],
): OriginBand[] {
  return originDrafts(claims, sources).map((band) => ({
    voice: band.voice,
    quotes: band.quotes,
    graph: layout(band.draft),
  }));
}

/** How many bands `incidentRelayBands` draws, without laying them out. */
export function incidentOriginCount(
  claims: readonly ClaimView[],
  sources: readonly SourceEntry[],
): number {
  return originDrafts(claims, sources).length;
}

function originDrafts(claims: readonly ClaimView[], sources: readonly SourceEntry[]) {
  const publisher = new Map(sources.map(({ source }) => [source.id, source.publisher]));
  const bands = new Map<string, { voice: string; quotes: number; draft: Draft }>();
  for (const claim of claims)
    for (const appearance of claim.appearances) {
      const chain = appearance.chain.filter((node) => node.kind === "source");
      const origin = chain[0];
      if (origin === undefined) continue;
      const by = publisher.get(origin.id ?? "");
      const key = by === undefined ? `source:${origin.id}` : `actor:${by.id}`;
      let band = bands.get(key);
      if (band === undefined) {
        band = { voice: by?.name ?? origin.label, quotes: 0, draft: emptyDraft() };
        bands.set(key, band);
      }
      band.quotes += 1;
      addChain(band.draft, chain);
    }
  return [...bands.values()].sort((a, b) => b.quotes - a.quotes);
}
