import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FacetNav } from "@/components/facet-nav";
import { IncidentList } from "@/components/incident-list";
import { facets, incidentsOfKind, leakKindLabel, paths } from "@/lib/corpus";

export const dynamicParams = false;

export function generateStaticParams() {
  return facets().kinds.map((facet) => ({ kind: facet.value }));
}

interface Props {
  params: Promise<{ kind: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  return { title: leakKindLabel(kind) ?? kind, alternates: { canonical: paths.kind(kind) } };
}

export default async function KindPage({ params }: Props) {
  const { kind } = await params;
  const label = leakKindLabel(kind);
  const incidents = incidentsOfKind(kind);
  if (label === undefined || incidents.length === 0) notFound();
  return (
    <div className="with-sidebar">
      <header className="page-header">
        <p className="eyebrow">Filter: kind of leak</p>
        <h1>{label}</h1>
      </header>
      <FacetNav facets={facets()} current={paths.kind(kind)} />
      <section className="main-column" aria-label="Incidents">
        <IncidentList incidents={incidents} />
      </section>
    </div>
  );
}
