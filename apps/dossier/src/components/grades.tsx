import type { CredibilityView, ReliabilityView } from "@/lib/corpus";

export function ReliabilityBadge({
  reliability,
  bare = false,
}: {
  reliability: ReliabilityView;
  bare?: boolean;
}) {
  return (
    <span className="grade grade--reliability">
      {!bare && <span className="grade__label">Reliability</span>} {reliability.grade}{" "}
      <span className="grade__meaning">= {reliability.meaning}</span>
    </span>
  );
}

/** `bare` leaves out the word "Credibility" where a label already says it. */
export function CredibilityBadge({
  credibility,
  bare = false,
}: {
  credibility: CredibilityView;
  bare?: boolean;
}) {
  return (
    <span className="grade grade--credibility">
      {!bare && <span className="grade__label">Credibility</span>} {credibility.grade}{" "}
      <span className="grade__meaning">= {credibility.meaning}</span>
    </span>
  );
}
