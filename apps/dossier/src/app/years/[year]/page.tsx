import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FacetNav } from "@/components/facet-nav";
import { IncidentList } from "@/components/incident-list";
import { facets, incidentsInYear, paths } from "@/lib/corpus";

export const dynamicParams = false;

export function generateStaticParams() {
  return facets().years.map((facet) => ({ year: facet.value }));
}

interface Props {
  params: Promise<{ year: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return { title: `Incidents of ${year}`, alternates: { canonical: paths.year(year) } };
}

export default async function YearPage({ params }: Props) {
  const { year } = await params;
  const incidents = incidentsInYear(year);
  if (incidents.length === 0) notFound();
  return (
    <div className="with-sidebar">
      <header className="page-header">
        <p className="eyebrow">Filter: year</p>
        <h1>Incidents of {year}</h1>
      </header>
      <FacetNav facets={facets()} current={paths.year(year)} />
      <section className="main-column" aria-label="Incidents">
        <IncidentList incidents={incidents} />
      </section>
    </div>
  );
}
