import type { Metadata } from "next";
import { DateText } from "@/components/date-text";
import { ReliabilityBadge } from "@/components/grades";
import { listSources } from "@/lib/corpus";

export const metadata: Metadata = {
  title: "Sources",
  description:
    "Every published document the dossier's claims are quoted from, with its reliability grade.",
  alternates: { canonical: "/sources/" },
};

export default function SourcesPage() {
  const sources = listSources();
  return (
    <article className="record-page">
      <header className="page-header">
        <h1>Sources</h1>
        <p className="lede">
          Every document a claim is quoted from or that a quoted source draws on, oldest first, with
          its kind and its reliability on the Admiralty scale.
        </p>
      </header>
      <ol className="source-list">
        {sources.map((source) => (
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
              {source.kindLabel} · <ReliabilityBadge reliability={source.reliability} />
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}
