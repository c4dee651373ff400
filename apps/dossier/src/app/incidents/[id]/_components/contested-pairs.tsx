import { Claimant } from "@/components/claimant";
import { CredibilityBadge } from "@/components/grades";
import type { ClaimView } from "@/lib/corpus";

function Side({ claim, side, number }: { claim: ClaimView; side: string; number?: number }) {
  const first = claim.appearances[0];
  return (
    <div className="contested__side" data-claim={claim.id} data-known-from={claim.knownFrom ?? ""}>
      <p className="contested__which">
        {side}
        {number !== undefined && <> · claim {number}</>}
      </p>
      <p className="contested__statement">
        <a href={`#${claim.anchor}`}>{claim.statement}</a>
      </p>
      <p className="contested__meta">
        <span className={`standing standing--${claim.group}`}>{claim.standingLabel}</span>{" "}
        {claim.natureLabel} by <Claimant claimant={claim.claimant} />.{" "}
        <CredibilityBadge credibility={claim.credibility} />
      </p>
      {first && (
        <blockquote className="quote">
          <p>{first.quote}</p>
          <footer>
            <a href={first.source.href}>{first.source.label}</a>
          </footer>
        </blockquote>
      )}
    </div>
  );
}

function numberOf(numbers: Readonly<Record<string, number>>, claim: ClaimView) {
  const number = numbers[claim.id];
  return number === undefined ? {} : { number };
}

/** Claims that contradict each other, shown next to each other so neither reads as settled. */
export function ContestedPairs({
  pairs,
  numbers,
}: {
  pairs: readonly (readonly [ClaimView, ClaimView])[];
  numbers: Readonly<Record<string, number>>;
}) {
  if (pairs.length === 0) return null;
  return (
    <section className="contested" aria-labelledby="contested-title">
      <h3 id="contested-title">Contested, side by side</h3>
      <p className="section-intro">
        The two claims of each pair contradict each other. Read both, with who says each and how far
        it can be trusted.
      </p>
      {pairs.map(([a, b]) => (
        // biome-ignore lint/a11y/useSemanticElements: <fieldset> is for form controls; this groups two passages of text, and role="group" lets its label be read
        <div
          className="contested__pair"
          key={`${a.id}-${b.id}`}
          role="group"
          aria-label="Two contradicting claims"
        >
          <Side claim={a} side="One side" {...numberOf(numbers, a)} />
          <Side claim={b} side="The other side" {...numberOf(numbers, b)} />
        </div>
      ))}
    </section>
  );
}
