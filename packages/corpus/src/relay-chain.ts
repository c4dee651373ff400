import {
  type Appearance,
  type Claim,
  type Corpus,
  citationGraph,
  DEPENDENT_CITATIONS,
  type Source,
} from "@leaks/schema";

/** One step back along the citation graph: the source drawn on, and how. */
export interface RelayStep {
  readonly source: Source;
  /** How the previous source of the path draws on this one: relays, quotes or summarises. */
  readonly relation: "relays" | "quotes" | "summarises";
}

/** Where one appearance of a claim comes from. */
export interface RelayChain {
  /** Index of the appearance in `claim.appearances`. */
  readonly index: number;
  readonly appearance: Appearance;
  /** The source the claim appears in. */
  readonly source: Source;
  /**
   * Every path from that source back to an origin, following relays, quotes and summaries
   * (plain `cites` do not make reports dependent). Empty when the source is its own origin.
   * A loop is cut where it would revisit a source.
   */
  readonly paths: readonly (readonly RelayStep[])[];
  /** The origin sources it traces to, as the corpus rules judge independence. */
  readonly origins: readonly Source[];
}

/** Paths beyond this many are not listed: a pathological graph must not stall a page. */
const MAX_PATHS = 64;

function pathsFrom(start: Source, sources: ReadonlyMap<string, Source>): RelayStep[][] {
  const paths: RelayStep[][] = [];
  const walk = (source: Source, path: RelayStep[], seen: ReadonlySet<string>) => {
    if (paths.length >= MAX_PATHS) return;
    const steps = source.cites.flatMap((citation) => {
      const next = sources.get(citation.source);
      return next !== undefined && DEPENDENT_CITATIONS.has(citation.relation) && !seen.has(next.id)
        ? [{ source: next, relation: citation.relation as RelayStep["relation"] }]
        : [];
    });
    if (steps.length === 0) {
      if (path.length > 0) paths.push(path);
      return;
    }
    for (const step of steps)
      walk(step.source, [...path, step], new Set([...seen, step.source.id]));
  };
  walk(start, [], new Set([start.id]));
  return paths;
}

/** The relay chains of a claim's appearances, in the order of its appearances. */
export function relayChainsOf(
  claim: Claim,
  corpus: Corpus,
  sources: ReadonlyMap<string, Source>,
): RelayChain[] {
  const graph = citationGraph(corpus);
  return claim.appearances.flatMap((appearance, index) => {
    const source = sources.get(appearance.source);
    if (source === undefined) return [];
    const origins = [...graph.originsOf(source.id)].sort().flatMap((id) => sources.get(id) ?? []);
    return [{ index, appearance, source, paths: pathsFrom(source, sources), origins }];
  });
}
