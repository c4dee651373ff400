import type { ClaimView } from "@/lib/corpus";
import { Claimant } from "./claimant";
import { CredibilityBadge } from "./grades";

/** A claim in a list elsewhere than its dossier: the statement, who says it, how it stands. */
export function ClaimSummary({ claim }: { claim: ClaimView }) {
  return (
    <article className="claim-summary">
      <p className="claim-summary__statement">
        <a href={claim.href}>{claim.statement}</a>
      </p>
      <p className="claim-summary__meta">
        <span className={`standing standing--${claim.group}`}>{claim.standingLabel}</span>{" "}
        {claim.natureLabel}. Claimant: <Claimant claimant={claim.claimant} />.{" "}
        <CredibilityBadge credibility={claim.credibility} />
      </p>
    </article>
  );
}
