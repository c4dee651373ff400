import { absoluteUrl, SITE_NAME } from "./site";
import type { ClaimView } from "./views";

export interface Citation {
  readonly bibtex: string;
  readonly cslJson: string;
}

/** Escapes BibTeX's special characters so a statement cannot break the entry. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (ch) => {
    switch (ch) {
      case "\\":
        return "\\textbackslash{}";
      case "^":
        return "\\textasciicircum{}";
      case "~":
        return "\\textasciitilde{}";
      default:
        return `\\${ch}`;
    }
  });
}

/** A citation of one claim of the dossier, as BibTeX and as CSL-JSON. */
export function citeClaim(claim: ClaimView, incidentTitle: string): Citation {
  const url = absoluteUrl(claim.href);
  const key = `leaks-dossier:${claim.id}`;
  const note = `Claim in the dossier "${incidentTitle}"; standing: ${claim.standingLabel.toLowerCase()}; credibility ${claim.credibility.grade} (${claim.credibility.meaning}), graded ${claim.credibility.gradedOn}`;
  const bibtex = [
    `@misc{${key},`,
    `  title = {${bibtexText(claim.statement)}},`,
    `  author = {{${SITE_NAME} contributors}},`,
    `  howpublished = {${SITE_NAME}},`,
    `  url = {${url}},`,
    `  note = {${bibtexText(note)}}`,
    "}",
  ].join("\n");
  const csl = [
    {
      id: key,
      type: "entry",
      title: claim.statement,
      author: [{ literal: `${SITE_NAME} contributors` }],
      "container-title": SITE_NAME,
      URL: url,
      note,
    },
  ];
  return { bibtex, cslJson: JSON.stringify(csl, null, 2) };
}
