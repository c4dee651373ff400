import type { ClaimantView } from "@/lib/corpus";

/** Who asserts a claim: a named actor, an unnamed source described in full, or a source's author. */
export function Claimant({ claimant }: { claimant: ClaimantView }) {
  switch (claimant.kind) {
    case "actor":
      return <a href={claimant.actor.href}>{claimant.actor.name}</a>;
    case "anonymous":
      return (
        <span className="anonymous">
          {claimant.spelledOut}
          {claimant.relayedBy && (
            <>
              , as relayed by <a href={claimant.relayedBy.href}>{claimant.relayedBy.name}</a>
            </>
          )}
        </span>
      );
    case "source-author":
      return (
        <span>
          The author of <a href={claimant.source.href}>{claimant.source.label}</a>
          {claimant.source.publisher && <> ({claimant.source.publisher.name})</>}, in its own voice
        </span>
      );
  }
}
