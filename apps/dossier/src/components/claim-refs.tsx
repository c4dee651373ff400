import type { ClaimRef } from "@/lib/corpus";

/**
 * The claims a statement of the record rests on. On a dossier, where every claim has a number
 * in the ledger, they are cited by number ("per claims 3, 7"); elsewhere by their statements.
 */
export function ClaimRefs({
  claims,
  label = "Rests on",
  numbers,
}: {
  claims: readonly ClaimRef[];
  label?: string;
  numbers?: Readonly<Record<string, number>>;
}) {
  if (claims.length === 0) return null;
  if (numbers && claims.every((claim) => numbers[claim.id] !== undefined)) {
    const ordered = [...claims].sort((a, b) => (numbers[a.id] ?? 0) - (numbers[b.id] ?? 0));
    return (
      <span className="claim-refs">
        {label} {claims.length === 1 ? "claim" : "claims"}{" "}
        {ordered.map((claim, i) => (
          <span key={claim.id}>
            {i > 0 && ", "}
            <a href={`#claim-${claim.id}`} className="claim-number-ref">
              {numbers[claim.id]}
            </a>
          </span>
        ))}
      </span>
    );
  }
  return (
    <span className="claim-refs">
      {label}:{" "}
      {claims.map((claim, i) => (
        <span key={claim.id}>
          {i > 0 && "; "}
          <a href={claim.href}>{claim.statement}</a>
        </span>
      ))}
    </span>
  );
}
