import type { Metadata } from "next";
import { FacetNav } from "@/components/facet-nav";
import { IncidentList } from "@/components/incident-list";
import { JsonLd } from "@/components/json-ld";
import { SearchForm } from "@/components/site-header";
import { corpusCounts, facets, listIncidents } from "@/lib/corpus";
import { feedLinks, SITE_FEED } from "@/lib/feeds";
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";

export const metadata: Metadata = { alternates: { types: feedLinks(SITE_FEED) } };

export default function HomePage() {
  const incidents = listIncidents();
  const counts = corpusCounts();
  return (
    <div className="with-sidebar">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "WebSite",
          name: SITE_NAME,
          url: absoluteUrl("/"),
          description: SITE_DESCRIPTION,
          potentialAction: {
            "@type": "SearchAction",
            target: `${absoluteUrl("/search/")}?q={query}`,
            "query-input": "required name=query",
          },
        }}
      />
      <header className="page-header page-header--home">
        <h1>Leaked intelligence and what it did to alliances</h1>
        <p className="lede">
          {SITE_DESCRIPTION} Every statement is attributed and one click from its source and a
          verbatim quote; what is established, reported, disputed, denied or only opinion is kept
          apart.
        </p>
        <p className="page-header__meta">
          {counts.incidents} incidents · {counts.claims} claims · {counts.sources} sources ·{" "}
          {counts.actors} actors
        </p>
        <SearchForm id="home-search" />
      </header>
      <FacetNav facets={facets()} current="/" />
      <section aria-labelledby="incidents-title" className="main-column">
        <h2 id="incidents-title">All incidents</h2>
        <IncidentList incidents={incidents} />
      </section>
    </div>
  );
}
