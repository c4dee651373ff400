import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IncidentRelayGraph } from "@/components/relay-graph";
import { getDossier, incidentIds } from "@/lib/corpus";

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
  const title = `Who relayed whom: ${dossier.title}`;
  const description = `Where the claims of "${dossier.title}" were first published, and which sources carried them on.`;
  return {
    title,
    description,
    alternates: { canonical: `${dossier.href}relays/` },
    openGraph: { title, description, url: `${dossier.href}relays/` },
  };
}

/**
 * Who relayed whom across a dossier's claims, drawn and in words: a page of its own, which keeps
 * the dossier light (its sources section links here).
 */
export default async function RelaysPage({ params }: Props) {
  const dossier = getDossier((await params).id);
  if (!dossier) notFound();
  return (
    <article className="record-page">
      <header className="page-header">
        <p className="eyebrow">Who relayed whom</p>
        <h1>
          <a href={dossier.href}>{dossier.title}</a>
        </h1>
        <p className="page-header__meta">
          Where the {dossier.claimCount} claims of the dossier entered the record, and each source
          that carried them on, from the chains of their quotes.
        </p>
      </header>
      <IncidentRelayGraph dossier={dossier} />
    </article>
  );
}
