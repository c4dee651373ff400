import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DateText } from "@/components/date-text";
import { ExternalLink } from "@/components/external-link";
import { Sha256 } from "@/components/sha256";
import { type ArchivePage, getArchivePage } from "@/lib/archive";
import { snapshotSourceIds } from "@/lib/corpus";
import { ArchivedText } from "./_components/archived-text";
import styles from "./archive.module.css";

export const dynamicParams = false;

export function generateStaticParams() {
  return snapshotSourceIds().map((id) => ({ id }));
}

interface Props {
  params: Promise<{ id: string }>;
}

function summary(page: ArchivePage): string {
  return `The text of “${page.source.label}” (${page.source.kindLabel.toLowerCase()}) as archived in the repository, SHA-256 ${page.sha256}, with the passages claims quote marked.`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getArchivePage((await params).id);
  if (!page) return {};
  return {
    title: `Archived text: ${page.source.label}`,
    description: summary(page),
    alternates: { canonical: page.href },
  };
}

const byteCount = new Intl.NumberFormat("en-GB");

export default async function ArchivedSourcePage({ params }: Props) {
  const page = getArchivePage((await params).id);
  if (!page) notFound();
  const { source } = page;
  return (
    <article className="record-page" data-pagefind-body>
      <header className="page-header">
        <p className="eyebrow" data-pagefind-meta="type:Archived text">
          Archived text · {source.kindLabel}
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
      <p>
        The text of this source as it is kept in the repository, against which every quote of a
        claim is checked word for word (only whitespace and typographic quotes may differ). The
        passages claims quote are marked; a link to one of them lands on it.
      </p>
      <dl className="facts">
        <div>
          <dt>Source</dt>
          <dd>
            <a href={source.href}>{source.label}</a> ({source.kindLabel})
          </dd>
        </div>
        <div>
          <dt>Where to read the original</dt>
          <dd>
            {source.url ? (
              <ExternalLink href={source.url}>{source.url}</ExternalLink>
            ) : (
              "No address is recorded for this source: the text is kept as this archived snapshot."
            )}
            {page.archiveUrl && (
              <>
                {" "}
                · <ExternalLink href={page.archiveUrl}>public archived copy</ExternalLink>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>File</dt>
          <dd>
            <a href={page.rawHref} type="text/plain">
              {page.file}
            </a>{" "}
            (plain text, UTF-8, {byteCount.format(page.bytes)} bytes)
          </dd>
        </div>
        <div>
          <dt>SHA-256</dt>
          <dd>
            <Sha256 digest={page.sha256} />{" "}
            <span className="precision">
              of the file&apos;s bytes, computed when the site was built
              {page.recorded && ", the hash the source's record gives"}
            </span>
          </dd>
        </div>
      </dl>

      <section aria-labelledby="archived-text">
        <h2 id="archived-text">The archived text</h2>
        <ArchivedText paragraphs={page.paragraphs} language={page.language} />
      </section>

      <section aria-labelledby="quoted-passages">
        <h2 id="quoted-passages">Passages claims quote</h2>
        {page.quotes.length === 0 ? (
          <p className="empty">No claim quotes this source.</p>
        ) : (
          <ol className={styles.passages}>
            {page.quotes.map((q) => (
              <li key={q.id}>
                <blockquote className="quote" lang={page.language}>
                  <p>
                    <a href={q.href}>{q.quote}</a>
                  </p>
                </blockquote>
                <p className={styles.claim}>
                  Claim: <a href={q.claim.href}>{q.claim.statement}</a>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
