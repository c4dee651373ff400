import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Claimant } from "@/components/claimant";
import { DateText } from "@/components/date-text";
import { ExternalLink } from "@/components/external-link";
import { CredibilityBadge, ReliabilityBadge } from "@/components/grades";
import { JsonLd } from "@/components/json-ld";
import { Prose } from "@/components/prose";
import { Citations } from "@/components/relay-chain";
import { Sha256 } from "@/components/sha256";
import { quoteLinks, snapshotFacts } from "@/lib/archive";
import { getSource, type SourcePage as Source, sourceIds } from "@/lib/corpus";
import { dayLabel } from "@/lib/dates";
import { absoluteUrl } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return sourceIds().map((id) => ({ id }));
}

interface Props {
  params: Promise<{ id: string }>;
}

function describeSource(source: Source): string {
  const by = source.publisher ? ` published by ${source.publisher.name}` : "";
  return `${source.kindLabel}${by}; reliability ${source.reliability.grade} (${source.reliability.meaning}).`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = getSource((await params).id);
  if (!source) return {};
  return {
    title: source.label,
    description: describeSource(source),
    alternates: { canonical: source.href },
    openGraph: {
      type: "article",
      title: source.label,
      description: describeSource(source),
      url: source.href,
    },
  };
}

function structuredData(source: Source) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: source.label,
    ...(source.url ? { url: source.url } : {}),
    ...(source.published ? { datePublished: source.published.machine } : {}),
    inLanguage: source.language,
    genre: source.kindLabel,
    ...(source.publisher
      ? { publisher: { "@type": "Organization", name: source.publisher.name } }
      : {}),
    ...(source.authors.length > 0
      ? { author: source.authors.map((a) => ({ "@type": "Person", name: a.name })) }
      : {}),
    isBasedOn: source.cites.map((citation) => ({
      "@type": "NewsArticle",
      headline: citation.source.label,
      ...(citation.source.url ? { url: citation.source.url } : {}),
    })),
    mainEntityOfPage: absoluteUrl(source.href),
  };
}

export default async function SourcePage({ params }: Props) {
  const source = getSource((await params).id);
  if (!source) notFound();
  const snapshot = snapshotFacts(source.id);
  return (
    <article className="record-page" data-pagefind-body>
      <JsonLd data={structuredData(source)} />
      <header className="page-header">
        <p className="eyebrow" data-pagefind-meta="type:Source">
          Source · {source.kindLabel}
        </p>
        <h1>{source.label}</h1>
        <p className="page-header__meta">
          {source.publisher && (
            <>
              <a href={source.publisher.href}>{source.publisher.name}</a>
              {source.published && ", "}
            </>
          )}
          {source.published && <DateText date={source.published} />}
        </p>
      </header>
      <dl className="facts">
        <div>
          <dt>Kind</dt>
          <dd>{source.kindLabel}</dd>
        </div>
        {source.title === undefined && source.description && (
          <div>
            <dt>What it is</dt>
            <dd>{source.description}</dd>
          </div>
        )}
        {source.authors.length > 0 && (
          <div>
            <dt>Authors</dt>
            <dd>
              {source.authors.map((a, i) => (
                <span key={a.id}>
                  {i > 0 && ", "}
                  <a href={a.href}>{a.name}</a>
                </span>
              ))}
            </dd>
          </div>
        )}
        <div>
          <dt>Published</dt>
          <dd>
            {source.published ? (
              <>
                <DateText date={source.published} />{" "}
                <span className="precision">({source.published.precisionNote})</span>
                {source.publishedInferred && (
                  <span className="precision"> Date {source.publishedInferred}.</span>
                )}
              </>
            ) : (
              "date not known"
            )}
          </dd>
        </div>
        <div>
          <dt>Language</dt>
          <dd>
            <code>{source.language}</code>
          </dd>
        </div>
        <div>
          <dt>Reliability</dt>
          <dd>
            <ReliabilityBadge reliability={source.reliability} bare />
            <span className="rationale">
              {" "}
              Graded by {source.reliability.gradedBy} on{" "}
              <time dateTime={source.reliability.gradedOn}>
                {dayLabel(source.reliability.gradedOn)}
              </time>
              : {source.reliability.rationale}
            </span>
          </dd>
        </div>
        <div>
          <dt>Where to read it</dt>
          <dd>
            {source.url ? (
              <ExternalLink href={source.url}>{source.url}</ExternalLink>
            ) : snapshot ? (
              <>
                No address is recorded for this source: the text is kept as an archived snapshot,{" "}
                <a href={snapshot.href}>read the archived text</a>.
              </>
            ) : (
              "No address is recorded for this source: find it by publisher, title and date."
            )}
            {source.archiveUrl && (
              <>
                {" "}
                · <ExternalLink href={source.archiveUrl}>archived copy</ExternalLink>
              </>
            )}
          </dd>
        </div>
        {snapshot && (
          <div>
            <dt>Archived text</dt>
            <dd>
              <a href={snapshot.href}>Read the archived text</a>, kept in the repository to check
              quotes against (<a href={snapshot.rawHref}>{snapshot.file}</a>, SHA-256{" "}
              <Sha256 digest={snapshot.sha256} />)
            </dd>
          </div>
        )}
      </dl>
      {source.notes && <Prose paragraphs={source.notes} className="editorial-note" />}

      <section aria-labelledby="source-relays">
        <h2 id="source-relays">What it draws on</h2>
        {source.cites.length === 0 ? (
          <p className="empty">
            It cites no other recorded source: an original report, as far as the record knows.
          </p>
        ) : (
          <Citations cites={source.cites} />
        )}
        {source.citedBy.length > 0 && (
          <>
            <h3>Drawn on by</h3>
            <ul className="relay-chain">
              {source.citedBy.map((c) => (
                <li key={c.source.id}>
                  <a href={c.source.href}>{c.source.label}</a>{" "}
                  <span className="relay">{c.relationLabel} it</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="source-claims">
        <h2 id="source-claims">Claims it carries</h2>
        {source.appearances.length === 0 ? (
          <p className="empty">No claim quotes this source.</p>
        ) : (
          <ol className="source-claims">
            {source.appearances.map(({ claim, appearance, quote, locator }) => {
              const links = quoteLinks(source, claim.id, appearance);
              return (
                <li key={`${claim.id}-${appearance}`}>
                  <blockquote className="quote">
                    <p>{quote}</p>
                  </blockquote>
                  {links && (
                    <p className="quote-links">
                      <a href={links.archived}>The quote in the archived text</a>
                      {links.original && (
                        <>
                          {" "}
                          · <ExternalLink href={links.original}>in the original</ExternalLink>
                        </>
                      )}
                    </p>
                  )}
                  <p className="claim-summary__statement">
                    <a href={claim.href}>{claim.statement}</a>
                    {locator && <span className="relation__note"> ({locator})</span>}
                  </p>
                  <p className="claim-summary__meta">
                    <span className={`standing standing--${claim.group}`}>
                      {claim.standingLabel}
                    </span>{" "}
                    {claim.natureLabel}. Claimant: <Claimant claimant={claim.claimant} />.{" "}
                    <CredibilityBadge credibility={claim.credibility} />
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <p className="record-path">
        Record file: <code>{source.recordPath}</code> ·{" "}
        <a href="/about/#contribute">How to correct it</a>
      </p>
    </article>
  );
}
