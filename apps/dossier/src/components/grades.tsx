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
      {!bare && <abbr title="Admiralty source reliability">Reliability</abbr>} {reliability.grade}{" "}
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
      {!bare && <abbr title="Admiralty information credibility">Credibility</abbr>}{" "}
      {credibility.grade} <span className="grade__meaning">= {credibility.meaning}</span>
    </span>
  );
}
