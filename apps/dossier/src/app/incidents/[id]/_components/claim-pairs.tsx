import { Claimant } from "@/components/claimant";
import { CredibilityBadge } from "@/components/grades";
import type { ClaimView } from "@/lib/corpus";

function Side({ claim, side, number }: { claim: ClaimView; side: string; number?: number }) {
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
    </div>
  );
}

function numberOf(numbers: Readonly<Record<string, number>>, claim: ClaimView) {
  const number = numbers[claim.id];
  return number === undefined ? {} : { number };
}

export type PairKind = "contested" | "tension";

/** The words of each kind of pair: one vocabulary for the blocks, their badges and the counts. */
export const PAIR_WORDS: Record<
  PairKind,
  {
    anchor: string;
    title: string;
    badge: string;
    intro: string;
    group: string;
    sides: [string, string];
  }
> = {
  contested: {
    anchor: "contested",
    title: "Contested, side by side",
    badge: "Contested",
    intro:
      "The two claims of each pair contradict each other: they cannot both be true. Read both, with who says each and how far it can be trusted.",
    group: "Two contradicting claims",
    sides: ["One side", "The other side"],
  },
  tension: {
    anchor: "in-tension",
    title: "In tension",
    badge: "In tension",
    intro:
      "The two claims of each pair can both be true, but they pull in different directions: not a contradiction, and not counted as contested.",
    group: "Two claims in tension",
    sides: ["One claim", "The other claim"],
  },
};

/** The anchor of a pair: `#contested-1`, `#in-tension-2`. */
export const pairAnchor = (kind: PairKind, index: number) =>
  `${PAIR_WORDS[kind].anchor}-${index + 1}`;

/** Where each claim is a side of a pair of this kind, by claim id: the pairs' numbers, from 1. */
export function pairsByClaim(
  kind: PairKind,
  pairs: readonly (readonly [ClaimView, ClaimView])[],
): Map<string, { kind: PairKind; index: number }[]> {
  const byClaim = new Map<string, { kind: PairKind; index: number }[]>();
  pairs.forEach((pair, index) => {
    for (const claim of pair)
      byClaim.set(claim.id, [...(byClaim.get(claim.id) ?? []), { kind, index }]);
  });
  return byClaim;
}

/**
 * Pairs of claims shown next to each other: contradicting ones, so that neither reads as
 * settled, or claims in tension, apart from those.
 */
export function ClaimPairs({
  kind,
  pairs,
  numbers,
  level = 3,
}: {
  kind: PairKind;
  pairs: readonly (readonly [ClaimView, ClaimView])[];
  numbers: Readonly<Record<string, number>>;
  /** The heading's level: 2 where the block stands on its own at the top of the dossier. */
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  if (pairs.length === 0) return null;
  const words = PAIR_WORDS[kind];
  const id = words.anchor;
  return (
    <section id={id} className={`contested contested--${kind}`} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>
        {words.title} <span className="facet-count">({pairs.length})</span>
      </Heading>
      <p className="section-intro">{words.intro}</p>
      {pairs.map(([a, b], index) => (
        // biome-ignore lint/a11y/useSemanticElements: <fieldset> is for form controls; this groups two passages of text, and role="group" lets its label be read
        <div
          className="contested__pair"
          id={pairAnchor(kind, index)}
          key={`${a.id}-${b.id}`}
          role="group"
          aria-label={`${words.group}, pair ${index + 1}`}
        >
          <Side claim={a} side={words.sides[0]} {...numberOf(numbers, a)} />
          <Side claim={b} side={words.sides[1]} {...numberOf(numbers, b)} />
        </div>
      ))}
    </section>
  );
}
