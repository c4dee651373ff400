import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { citeClaim, citeDossier } from "@/lib/cite";
import { getDossier, incidentIds } from "@/lib/corpus";
import { CiteBox, CiteText } from "../_components/cite-box";
import styles from "./cite.module.css";

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
    title: `Cite: ${dossier.title}`,
    description: `Citations, as BibTeX and CSL-JSON, of the dossier "${dossier.title}" and of each of its claims.`,
    alternates: { canonical: `${dossier.href}cite/` },
    robots: { index: false, follow: true },
  };
}

/**
 * The citations of a dossier's claims, one entry a claim at `#claim-<id>` (the claim's anchor on
 * the dossier too): each claim's "Cite" links here, which keeps the dossier itself light.
 */
export default async function CitePage({ params }: Props) {
  const dossier = getDossier((await params).id);
  if (!dossier) notFound();
  const claims = dossier.groups.flatMap((group) => group.claims);
  return (
    <article className="prose-page">
      <header className="page-header">
        <p className="eyebrow">Citations</p>
        <h1>
          Cite <a href={dossier.href}>{dossier.title}</a>
        </h1>
        <p className="page-header__meta">
          The dossier and each of its {claims.length} claims, as BibTeX and as CSL-JSON. The access
          date is the day you read this page (YYYY-MM-DD until your browser fills it in).
        </p>
        <CiteBox
          id="dossier"
          citation={citeDossier(dossier)}
          what="this dossier"
          visible
          className="cite--dossier"
        />
      </header>
      <ol className={styles.entries}>
        {claims.map((claim) => {
          const citation = citeClaim(claim, dossier.title);
          return (
            <li key={claim.id} id={claim.anchor} className={styles.entry}>
              {claim.formerAnchors.map((anchor) => (
                <span key={anchor} id={anchor} data-former-anchor="" />
              ))}
              <h2 className={styles.title}>
                <a href={claim.href}>Claim {dossier.claimNumbers[claim.id]}</a>: {claim.statement}
              </h2>
              <CiteText id={claim.anchor} citation={citation} />
            </li>
          );
        })}
      </ol>
    </article>
  );
}
