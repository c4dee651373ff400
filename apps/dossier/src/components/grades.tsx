import type { CredibilityView, ReliabilityView } from "@/lib/corpus";

export function ReliabilityBadge({ reliability }: { reliability: ReliabilityView }) {
  return (
    <span
      className="grade grade--reliability"
      title={`Graded by ${reliability.gradedBy} on ${reliability.gradedOn}: ${reliability.rationale}`}
    >
      <abbr title="Admiralty source reliability">Reliability</abbr> {reliability.grade}{" "}
      <span className="grade__meaning">= {reliability.meaning}</span>
    </span>
  );
}

export function CredibilityBadge({ credibility }: { credibility: CredibilityView }) {
  return (
    <span className="grade grade--credibility">
      <abbr title="Admiralty information credibility">Credibility</abbr> {credibility.grade}{" "}
      <span className="grade__meaning">= {credibility.meaning}</span>
    </span>
  );
}
