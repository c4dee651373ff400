import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImpactList } from "@/components/impact-list";
import { getRelationship, listRelationships } from "@/lib/corpus";
import { FEED_PATHS, feedLinks, SITE_FEED } from "@/lib/feeds";

export const dynamicParams = false;

export function generateStaticParams() {
  return listRelationships().map((r) => ({ id: r.id }));
}

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const relationship = getRelationship((await params).id);
  if (!relationship) return {};
  const description = `How leaks of intelligence affected relations between ${relationship.label}: ${relationship.impacts.length} recorded effects.`;
  return {
    title: relationship.label,
    description,
    alternates: {
      canonical: relationship.href,
      types: feedLinks(
        {
          path: FEED_PATHS.relationship(relationship.id),
          title: `Changes to ${relationship.label} (Atom)`,
        },
        SITE_FEED,
      ),
    },
    openGraph: { title: relationship.label, description, url: relationship.href },
  };
}

export default async function RelationshipPage({ params }: Props) {
  const relationship = getRelationship((await params).id);
  if (!relationship) notFound();
  return (
    <article className="record-page" data-pagefind-body>
      <header className="page-header">
        <p className="eyebrow" data-pagefind-meta="type:Relationship">
          Relationship
        </p>
        <h1>{relationship.label}</h1>
        <p className="page-header__meta">
          Parties:{" "}
          {relationship.parties.map((party, i) => (
            <span key={party.id}>
              {i > 0 && ", "}
              <a href={party.href}>{party.name}</a>
            </span>
          ))}{" "}
          · {relationship.impacts.length} recorded effects in {relationship.incidents.length}{" "}
          {relationship.incidents.length === 1 ? "incident" : "incidents"}
        </p>
      </header>
      <section aria-labelledby="impacts-title">
        <h2 id="impacts-title">Effects, in order</h2>
        <ImpactList impacts={relationship.impacts} by="incident" />
      </section>
    </article>
  );
}
