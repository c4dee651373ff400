import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DateText } from "@/components/date-text";
import { ImpactList } from "@/components/impact-list";
import { JsonLd } from "@/components/json-ld";
import { citeDossier } from "@/lib/cite";
import { type Dossier, getDossier, incidentIds } from "@/lib/corpus";
import { absoluteUrl, SITE_NAME } from "@/lib/site";
import { ActorsInvolved } from "./_components/actors-involved";
import { CiteBox } from "./_components/cite-box";
import { ClaimLedger } from "./_components/claim-ledger";
import { RecordLinks } from "./_components/record-links";
import { RelatedIncidents } from "./_components/related-incidents";
import { SourceList } from "./_components/source-list";
import { Timeline } from "./_components/timeline";
import { WhatHappened } from "./_components/what-happened";

export const dynamicParams = false;

export function generateStaticParams() {
  return incidentIds().map((id) => ({ id }));
}

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dossier = getDossier((await params).id);
  if (!dossier) return {};
  return {
    title: dossier.title,
    description: dossier.lede,
    alternates: { canonical: dossier.href },
    openGraph: {
      type: "article",
      title: dossier.title,
      description: dossier.lede,
      url: dossier.href,
    },
  };
}

function structuredData(dossier: Dossier) {
  const event = {
    "@type": "Event",
    "@id": absoluteUrl(`${dossier.href}#event`),
    name: dossier.title,
    description: dossier.summary.join("\n\n"),
    url: absoluteUrl(dossier.href),
    ...(dossier.date ? { startDate: dossier.date.machine } : {}),
    eventStatus: "https://schema.org/EventScheduled",
    ...(dossier.countries.length > 0
      ? { location: dossier.countries.map((c) => ({ "@type": "Country", name: c.name })) }
      : {}),
  };
  const reviews = dossier.groups.flatMap((group) =>
    group.claims.map((claim) => ({
      "@type": "ClaimReview",
      url: absoluteUrl(claim.href),
      claimReviewed: claim.statement,
      datePublished: claim.credibility.gradedOn,
      author: { "@type": "Organization", name: SITE_NAME },
      reviewRating: {
        "@type": "Rating",
        ratingValue: claim.credibility.grade,
        bestRating: 1,
        worstRating: 6,
        alternateName: `${claim.credibility.grade}: ${claim.credibility.meaning}`,
        ratingExplanation: claim.credibility.rationale,
      },
      itemReviewed: {
        "@type": "Claim",
        ...(claim.claimant.kind === "actor"
          ? { author: { "@type": "Thing", name: claim.claimant.actor.name } }
          : {}),
        appearance: claim.appearances.map((a) => ({
          "@type": "CreativeWork",
          name: a.source.label,
          ...(a.source.url ? { url: a.source.url } : {}),
          ...(a.source.published ? { datePublished: a.source.published.machine } : {}),
        })),
      },
    })),
  );
  return { "@context": "https://schema.org", "@graph": [event, ...reviews] };
}

export default async function IncidentPage({ params }: Props) {
  const dossier = getDossier((await params).id);
  if (!dossier) notFound();
  return (
    <article className="dossier" data-pagefind-body>
      <JsonLd data={structuredData(dossier)} />
      <header className="page-header">
        <p className="eyebrow" data-pagefind-meta="type:Incident">
          Incident dossier · {dossier.kindLabel}
        </p>
        <h1>{dossier.title}</h1>
        <p className="page-header__meta">
          {dossier.date ? <DateText date={dossier.date} /> : "Date not established"} ·{" "}
          {dossier.claimCount} claims,{" "}
          {dossier.contestedCount === 1
            ? "1 contested pair"
            : `${dossier.contestedCount} contested pairs`}
          {dossier.tensionPairs.length > 0 &&
            `, ${dossier.tensionPairs.length} ${dossier.tensionPairs.length === 1 ? "pair" : "pairs"} in tension`}
        </p>
        <CiteBox
          id="dossier"
          citation={citeDossier(dossier)}
          what="this dossier"
          visible
          className="cite--dossier"
        />
      </header>
      <nav className="toc" aria-label="On this page" data-pagefind-ignore="all">
        <p className="toc__title">On this page</p>
        <ul>
          <li>
            <a href="#what-happened">What happened</a>
          </li>
          <li>
            <a href="#timeline">Timeline</a>
          </li>
          <li>
            <a href="#claims">Claims</a>
          </li>
          <li>
            <a href="#impacts">Impacts</a>
          </li>
          <li>
            <a href="#actors">Actors</a>
          </li>
          <li>
            <a href="#sources">Sources</a>
          </li>
          <li>
            <a href="#related">Related</a>
          </li>
          <li>
            <a href="#record">Data and corrections</a>
          </li>
        </ul>
      </nav>
      <div className="dossier-body">
        <WhatHappened dossier={dossier} />
        <Timeline entries={dossier.timeline} numbers={dossier.claimNumbers} />
        <ClaimLedger dossier={dossier} />
        <section id="impacts" aria-labelledby="impacts-title">
          <h2 id="impacts-title">Impacts on relationships</h2>
          {dossier.impacts.length === 0 ? (
            <p className="empty">No effects on relationships recorded.</p>
          ) : (
            <ImpactList
              impacts={dossier.impacts}
              by="relationship"
              numbers={dossier.claimNumbers}
            />
          )}
        </section>
        <ActorsInvolved actors={dossier.actors} />
        <SourceList sources={dossier.sources} />
        <RelatedIncidents related={dossier.related} />
        <RecordLinks incidentId={dossier.id} recordPath={dossier.recordPath} />
      </div>
    </article>
  );
}
