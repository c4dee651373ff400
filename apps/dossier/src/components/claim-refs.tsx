import type { ClaimRef } from "@/lib/corpus";

/** The claims a statement of the record rests on, each one click from its sources. */
export function ClaimRefs({
  claims,
  label = "Rests on",
}: {
  claims: readonly ClaimRef[];
  label?: string;
}) {
  if (claims.length === 0) return null;
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
