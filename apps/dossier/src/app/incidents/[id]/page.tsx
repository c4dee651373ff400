import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DateText } from "@/components/date-text";
import { ImpactList } from "@/components/impact-list";
import { JsonLd } from "@/components/json-ld";
import { RelationshipMatrix } from "@/components/relationship-matrix";
import { RelaysLink } from "@/components/relay-graph";
import { citeDossier } from "@/lib/cite";
import { type Dossier, getDossier, incidentIds } from "@/lib/corpus";
import { FEED_PATHS, feedLinks, SITE_FEED } from "@/lib/feeds";
import { absoluteUrl, SITE_NAME } from "@/lib/site";
import { ActorsInvolved } from "./_components/actors-involved";
import { AsOfControl } from "./_components/as-of-control";
import { CiteBox } from "./_components/cite-box";
import { ClaimLedger } from "./_components/claim-ledger";
import { ClaimPairs } from "./_components/claim-pairs";
import { RecordLinks } from "./_components/record-links";
import { RelatedIncidents } from "./_components/related-incidents";
import { SourceList } from "./_components/source-list";
import { StandingChart } from "./_components/standing-chart";
import { Timeline } from "./_components/timeline";
import { KeyFacts, WhatHappened } from "./_components/what-happened";

/** The dossier's sections, in page order, for its table of contents. */
const TOC = [
  ["what-happened", "What happened"],
  ["how-sure", "How sure"],
  ["impacts", "Impacts"],
  ["contested", "Contested"],
  ["facts", "Dates and parties"],
  ["timeline", "Timeline"],
  ["claims", "Claims"],
  ["actors", "Actors"],
  ["sources", "Sources"],
  ["related", "Related"],
  ["record", "Data and corrections"],
] as const;

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
    alternates: {
      canonical: dossier.href,
      types: feedLinks(
        { path: FEED_PATHS.incident(dossier.id), title: `Changes to ${dossier.title} (Atom)` },
        SITE_FEED,
      ),
    },
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
    description: dossier.summary
      .map((sentences) => sentences.map((sentence) => sentence.text).join(" "))
      .join("\n\n"),
    url: absoluteUrl(dossier.href),
    ...(dossier.date ? { startDate: dossier.date.machine } : {}),
    eventStatus: "https://schema.org/EventScheduled",
    ...(dossier.countries.length > 0
      ? { location: dossier.countries.map((c) => ({ "@type": "Country", name: c.name })) }
      : {}),
  };
  // Who reviews is a node of its own, named once by its @id.
  const organization = {
    "@type": "Organization",
    "@id": absoluteUrl("/#publisher"),
    name: SITE_NAME,
  };
  const reviews = dossier.groups.flatMap((group) =>
    group.claims.map((claim) => ({
      "@type": "ClaimReview",
      url: absoluteUrl(claim.href),
      claimReviewed: claim.statement,
      datePublished: claim.credibility.gradedOn,
      author: { "@id": organization["@id"] },
      reviewRating: {
        "@type": "Rating",
        ratingValue: claim.credibility.grade,
        bestRating: 1,
        worstRating: 6,
        alternateName: `${claim.credibility.grade}: ${claim.credibility.meaning}`,
      },
      itemReviewed: {
        "@type": "Claim",
        ...(claim.claimant.kind === "actor"
          ? { author: { "@type": "Thing", name: claim.claimant.actor.name } }
          : {}),
      },
    })),
  );
  // Where each claim appears is on the page and in the dossier's JSON, not repeated here.
  const graph = [event, organization, ...reviews];
  return { "@context": "https://schema.org", "@graph": graph };
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
          <span data-as-of-count="claims" data-total={dossier.claimCount}>
            {dossier.claimCount} claims
          </span>
          ,{" "}
          <span data-as-of-count="contested" data-total={dossier.contestedCount}>
            {dossier.contestedCount === 1
              ? "1 contested pair"
              : `${dossier.contestedCount} contested pairs`}
          </span>
          {dossier.tensionPairs.length > 0 &&
            `, ${dossier.tensionPairs.length} ${dossier.tensionPairs.length === 1 ? "pair" : "pairs"} in tension`}
        </p>
        <AsOfControl dossier={dossier} />
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
          {TOC.filter(
            ([anchor]) => anchor !== "contested" || dossier.contestedPairs.length > 0,
          ).map(([anchor, label]) => (
            <li key={anchor}>
              <a href={`#${anchor}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {/* The answer first: what happened, how sure, what it did, what is disputed. */}
      <div className="answer">
        <WhatHappened dossier={dossier} />
        <section id="how-sure" aria-labelledby="how-sure-title">
          <h2 id="how-sure-title">How sure</h2>
          <StandingChart groups={dossier.groups} />
        </section>
        <section id="impacts" aria-labelledby="impacts-title">
          <h2 id="impacts-title">What it did to relationships</h2>
          {dossier.impacts.length === 0 ? (
            <p className="empty">No effects on relationships recorded.</p>
          ) : (
            <>
              <RelationshipMatrix
                impacts={dossier.impacts}
                caption="The relationships this incident affected, by their parties, with each effect and how firmly it is known."
              />
              <ImpactList
                impacts={dossier.impacts}
                by="relationship"
                numbers={dossier.claimNumbers}
              />
            </>
          )}
        </section>
        <ClaimPairs
          kind="contested"
          pairs={dossier.contestedPairs}
          numbers={dossier.claimNumbers}
          level={2}
        />
      </div>
      <div className="dossier-body">
        <KeyFacts dossier={dossier} />
        <Timeline entries={dossier.timeline} numbers={dossier.claimNumbers} />
        <ClaimLedger dossier={dossier} />
        <ActorsInvolved actors={dossier.actors} />
        <SourceList sources={dossier.sources}>
          <RelaysLink dossier={dossier} />
        </SourceList>
        <RelatedIncidents related={dossier.related} />
        <RecordLinks incidentId={dossier.id} recordPath={dossier.recordPath} />
      </div>
    </article>
  );
}
