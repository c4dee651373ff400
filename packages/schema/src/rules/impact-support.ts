import type { Claim } from "../models/claim.js";
import { IMPACT_CERTAINTIES, type Impact, type ImpactCertainty } from "../models/impact.js";
import type { Corpus } from "../records.js";
import { indexCorpus } from "./corpus-index.js";
import { statementReading } from "./hedges.js";
import { VIEW_NATURES } from "./opinion-standing.js";

/** Certainties from the firmest down; a higher rank asks more of the claims. */
const RANK: Readonly<Record<ImpactCertainty, number>> = Object.fromEntries(
  IMPACT_CERTAINTIES.map((certainty, i) => [certainty, IMPACT_CERTAINTIES.length - 1 - i]),
) as Record<ImpactCertainty, number>;

export function certaintyRank(certainty: ImpactCertainty): number {
  return RANK[certainty];
}

const ESTABLISHED: ReadonlySet<string> = new Set(["corroborated", "confirmed"]);
const ON_THE_RECORD: ReadonlySet<string> = new Set(["official-statement"]);

/** Whether an actor is one of the parties, or belongs to one of them. */
function speaksForAParty(actorId: string, parties: readonly string[], corpus: Corpus): boolean {
  if (parties.includes(actorId)) return true;
  const actor = indexCorpus(corpus).actor.get(actorId);
  return actor?.affiliations.some((a) => parties.includes(a.actor)) ?? false;
}

/**
 * The firmest certainty one claim can support for an impact on the relationship of `parties`,
 * or undefined for a retracted claim, which supports none:
 * - a view (opinion, speculation, reader comment): speculated;
 * - a claim that speaks of a fear, a risk or a possibility: feared;
 * - a corroborated or confirmed claim, or a party's own statement on the record: occurred;
 * - any other claim: reported.
 */
export function supportOf(
  claim: Claim,
  parties: readonly string[],
  corpus: Corpus,
): ImpactCertainty | undefined {
  if (claim.standing === "retracted") return undefined;
  if (VIEW_NATURES.has(claim.nature)) return "speculated";
  if (statementReading(claim).possibility) return "feared";
  if (ESTABLISHED.has(claim.standing)) return "occurred";
  if (
    ON_THE_RECORD.has(claim.nature) &&
    claim.claimant.kind === "actor" &&
    claim.standing !== "denied" &&
    claim.standing !== "disputed" &&
    speaksForAParty(claim.claimant.actor, parties, corpus)
  )
    return "occurred";
  return "reported";
}

/** The firmest certainty an impact's claims support, with each claim's own. */
export function impactSupport(
  impact: Impact,
  corpus: Corpus,
): {
  readonly best: ImpactCertainty | undefined;
  readonly byClaim: readonly { readonly claim: string; readonly support?: ImpactCertainty }[];
} {
  const claims = indexCorpus(corpus).claim;
  let best: ImpactCertainty | undefined;
  const byClaim: { claim: string; support?: ImpactCertainty }[] = [];
  for (const id of impact.claims) {
    const claim = claims.get(id);
    if (claim === undefined) continue;
    const support = supportOf(claim, impact.parties, corpus);
    byClaim.push(support === undefined ? { claim: id } : { claim: id, support });
    if (support !== undefined && (best === undefined || RANK[support] > RANK[best])) best = support;
  }
  return { best, byClaim };
}
