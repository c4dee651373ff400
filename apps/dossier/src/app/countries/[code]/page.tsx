import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FacetNav } from "@/components/facet-nav";
import { IncidentList } from "@/components/incident-list";
import { facets, incidentsInCountry, paths } from "@/lib/corpus";
import { countryName } from "@/lib/labels";

export const dynamicParams = false;

export function generateStaticParams() {
  return facets().countries.map((facet) => ({ code: facet.value.toLowerCase() }));
}

interface Props {
  params: Promise<{ code: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = (await params).code.toUpperCase();
  return {
    title: `Incidents involving ${countryName(code)}`,
    alternates: { canonical: paths.country(code) },
  };
}

export default async function CountryPage({ params }: Props) {
  const code = (await params).code.toUpperCase();
  const incidents = incidentsInCountry(code);
  if (incidents.length === 0) notFound();
  return (
    <div className="with-sidebar">
      <header className="page-header">
        <p className="eyebrow">Filter: country</p>
        <h1>Incidents involving {countryName(code)}</h1>
      </header>
      <FacetNav facets={facets()} current={paths.country(code)} />
      <section className="main-column" aria-label="Incidents">
        <IncidentList incidents={incidents} />
      </section>
    </div>
  );
}
