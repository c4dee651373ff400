import { ACCESS_DATE_PLACEHOLDER } from "@/lib/access-date";
import type { Citation } from "@/lib/cite";
import { CitationText } from "./access-date";
import { CopyButton } from "./copy-button";

/** A citation as BibTeX and as CSL-JSON, each with a copy button; ids `<id>-bibtex`, `<id>-csl`. */
export function CiteText({ id, citation }: { id: string; citation: Citation }) {
  return (
    <div className="cite__body">
      <h5>BibTeX</h5>
      <CitationText id={`${id}-bibtex`} text={citation.bibtex} />
      <CopyButton targetId={`${id}-bibtex`} label="Copy BibTeX" />
      <h5>CSL-JSON</h5>
      <CitationText id={`${id}-csl`} text={citation.cslJson} />
      <CopyButton targetId={`${id}-csl`} label="Copy CSL-JSON" />
    </div>
  );
}

/** "Cite": a closed box with the citation as BibTeX and as CSL-JSON. */
export function CiteBox({
  id,
  citation,
  what,
  visible = false,
  className,
}: {
  /** A prefix for the ids of the two texts. */
  id: string;
  citation: Citation;
  /** What is cited, for screen readers: "this claim", "this dossier". */
  what: string;
  /** Whether "Cite" says what it cites on screen too ("Cite this dossier"). */
  visible?: boolean;
  className?: string;
}) {
  return (
    <details className={className === undefined ? "cite" : `cite ${className}`}>
      <summary>Cite{visible ? ` ${what}` : <span className="sr-only"> {what}</span>}</summary>
      <CiteText id={id} citation={citation} />
      <p className="cite__note">
        The access date is the day you read this page ({ACCESS_DATE_PLACEHOLDER} until your browser
        fills it in).
      </p>
    </details>
  );
}
