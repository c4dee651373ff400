import {
  type Appearance,
  type Claim,
  type Claimant,
  type ClaimProvenance,
  type Corpus,
  claimProvenance,
  type Source,
} from "@leaks/schema";

/** One step back along a claim's chain: the source it came through, and how. */
export interface RelayStep {
  readonly source: Source;
  /** How the previous source of the path draws on this one, as its `cites` say. */
  readonly relation: "relays" | "quotes" | "summarises" | "cites";
}

/** Where one appearance of a claim comes from, as its own `via` says. */
export interface RelayChain {
  /** Index of the appearance in `claim.appearances`. */
  readonly index: number;
  readonly appearance: Appearance;
  /** The source the claim appears in. */
  readonly source: Source;
  /**
   * The path from that source back to where the claim entered the record, nearest first, as
   * one list of steps; empty when the source has the claim first-hand. (A list of paths, so
   * that callers written for several paths per appearance keep working.)
   */
  readonly paths: readonly (readonly RelayStep[])[];
  /** The source where the claim entered the record (this source when it is first-hand). */
  readonly origins: readonly Source[];
  /** Who told the first source, unless the claim is in a source's own voice. */
  readonly claimant?: Claimant;
}

/** The chains of a claim's appearances, in the order of its appearances. */
export function relayChainsOf(
  claim: Claim,
  corpus: Corpus,
  sources: ReadonlyMap<string, Source>,
): RelayChain[] {
  const provenance: ClaimProvenance = claimProvenance(claim, corpus);
  return provenance.chains.flatMap((chain) => {
    const appearance = claim.appearances[chain.appearance];
    const source = sources.get(chain.source);
    if (appearance === undefined || source === undefined) return [];
    // Chain nodes run origin first; steps run from the appearance's source back.
    const steps: RelayStep[] = [];
    const nodes = chain.nodes.filter((node) => node.kind === "source");
    for (let i = nodes.length - 2; i >= 0; i--) {
      const node = nodes[i];
      const step = node === undefined ? undefined : sources.get(node.source);
      if (node === undefined || step === undefined) continue;
      steps.push({ source: step, relation: node.relation ?? "cites" });
    }
    const origin = sources.get(chain.origin);
    const claimant = chain.nodes[0]?.kind === "claimant" ? chain.nodes[0].claimant : undefined;
    return [
      {
        index: chain.appearance,
        appearance,
        source,
        paths: steps.length === 0 ? [] : [steps],
        origins: origin === undefined ? [] : [origin],
        ...(claimant === undefined ? {} : { claimant }),
      },
    ];
  });
}
