import type { Dossier } from "@/lib/corpus";
import { ClaimCard } from "./claim-card";
import { ClaimPairs, pairsByClaim } from "./claim-pairs";

/** The claims ledger: every claim, grouped by where it stands. */
export function ClaimLedger({ dossier }: { dossier: Dossier }) {
  // A standing no claim of this incident has is left out: the key above counts what there is.
  const groups = dossier.groups.filter((group) => group.claims.length > 0);
  const contested = pairsByClaim("contested", dossier.contestedPairs);
  const tension = pairsByClaim("tension", dossier.tensionPairs);
  return (
    <section id="claims" aria-labelledby="claims-title" className="ledger">
      <h2 id="claims-title">Claims ledger</h2>
      <p className="section-intro">
        {dossier.claimCount} claims by standing, each with its credibility (1–6) and, under
        “Evidence”, who makes it and the verbatim quote in every source, graded A–F for reliability.{" "}
        <a href="/about/#standing">What the labels mean</a>.
      </p>
      <nav aria-label="Claims by standing" className="ledger__toc">
        <ul>
          {groups.map((group) => (
            <li key={group.group}>
              <a href={`#standing-${group.group}`}>
                {group.title}{" "}
                <span className="facet-count" data-group-count={group.group}>
                  ({group.claims.length})
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ClaimPairs kind="tension" pairs={dossier.tensionPairs} numbers={dossier.claimNumbers} />
      {groups.map((group) => (
        <section
          key={group.group}
          id={`standing-${group.group}`}
          className={`claim-group claim-group--${group.group}`}
          aria-labelledby={`standing-${group.group}-title`}
          data-claim-group={group.group}
        >
          <h3 id={`standing-${group.group}-title`}>
            {group.title}{" "}
            <span className="facet-count" data-group-count={group.group}>
              ({group.claims.length})
            </span>
          </h3>
          <p className="claim-group__description">{group.description}</p>
          {group.claims.length === 0 ? (
            <p className="empty">No claims of this incident stand here.</p>
          ) : (
            <>
              {group.claims.map((claim) => (
                <ClaimCard
                  key={claim.id}
                  claim={claim}
                  number={dossier.claimNumbers[claim.id] ?? 0}
                  citePage="cite/"
                  pairs={[...(contested.get(claim.id) ?? []), ...(tension.get(claim.id) ?? [])]}
                />
              ))}
              <p className="empty" data-empty-when-hidden hidden>
                No claim in this group had been published by the chosen day.
              </p>
            </>
          )}
        </section>
      ))}
    </section>
  );
}
