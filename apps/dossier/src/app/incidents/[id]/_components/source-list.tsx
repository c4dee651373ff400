import type { ReactNode } from "react";
import { DateText } from "@/components/date-text";
import { ExternalLink } from "@/components/external-link";
import { ReliabilityBadge } from "@/components/grades";
import { Citations } from "@/components/relay-chain";
import type { SourceEntry } from "@/lib/corpus";

/** The incident's sources; `children` follow the list (the drawing of who relayed whom). */
export function SourceList({
  sources,
  children,
}: {
  sources: readonly SourceEntry[];
  children?: ReactNode;
}) {
  return (
    <section id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <details className="source-list__all">
        <summary>
          {sources.length === 1 ? "The source" : `The ${sources.length} sources`}, with their
          reliability and what each draws on
        </summary>
        <ol className="source-list">
          {sources.map(({ source, cites, claimCount }) => (
            <li key={source.id}>
              <p className="source-list__title">
                <a href={source.href}>{source.label}</a>
                {source.publisher && <>, {source.publisher.name}</>}
                {source.published && (
                  <>
                    , <DateText date={source.published} />
                  </>
                )}
              </p>
              <p className="source-list__meta">
                {source.kindLabel}. <ReliabilityBadge reliability={source.reliability} />.{" "}
                {claimCount === 0
                  ? "Quoted by no claim here: other sources draw on it."
                  : `Carries ${claimCount === 1 ? "1 claim" : `${claimCount} claims`} of this incident.`}
                {source.url && (
                  <>
                    {" "}
                    <ExternalLink href={source.url}>Read the original</ExternalLink>
                  </>
                )}
              </p>
              {cites.length > 0 && (
                <div className="appearance__relays">
                  <span className="label">Draws on</span>
                  <Citations cites={cites} />
                </div>
              )}
            </li>
          ))}
        </ol>
      </details>
      {children}
    </section>
  );
}
