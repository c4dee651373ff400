import { meta } from "@leaks/corpus";
import { ACCESS_DATE_PLACEHOLDER } from "./access-date";
import { absoluteUrl, SITE_NAME } from "./site";
import type { ClaimView, Dossier } from "./views";

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

/** A CSL date from YYYY-MM-DD: the parts where the text is a date, else the text as written. */
function cslDate(day: string) {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return parts === null
    ? { raw: day }
    : { "date-parts": [[Number(parts[1]), Number(parts[2]), Number(parts[3])]] };
}

interface Entry {
  readonly key: string;
  readonly title: string;
  readonly url: string;
  readonly note: string;
}

/**
 * One entry, as BibTeX (biblatex's `date`, `version` and `urldate` fields) and as CSL-JSON: the
 * dataset's version and the day its data last changed, the permalink, and the access date.
 */
function citation({ key, title, url, note }: Entry): Citation {
  const { version, updated } = meta;
  const versionNote = `${SITE_NAME} data version ${version}`;
  const bibtex = [
    `@misc{${key},`,
    `  title = {${bibtexText(title)}},`,
    `  author = {{${SITE_NAME} contributors}},`,
    `  howpublished = {${SITE_NAME}},`,
    `  version = {${bibtexText(version)}},`,
    ...(updated === undefined ? [] : [`  date = {${updated}},`]),
    `  url = {${url}},`,
    `  urldate = {${ACCESS_DATE_PLACEHOLDER}},`,
    `  note = {${bibtexText(`${note}; ${versionNote}`)}}`,
    "}",
  ].join("\n");
  const csl = [
    {
      id: key,
      type: "dataset",
      title,
      author: [{ literal: `${SITE_NAME} contributors` }],
      publisher: `${SITE_NAME} contributors`,
      "container-title": SITE_NAME,
      version,
      ...(updated === undefined ? {} : { issued: cslDate(updated) }),
      URL: url,
      accessed: cslDate(ACCESS_DATE_PLACEHOLDER),
      note,
    },
  ];
  return { bibtex, cslJson: JSON.stringify(csl, null, 2) };
}

/** A citation of one claim of the dossier, as BibTeX and as CSL-JSON. */
export function citeClaim(claim: ClaimView, incidentTitle: string): Citation {
  return citation({
    key: `leaks-dossier:${claim.id}`,
    title: claim.statement,
    url: absoluteUrl(claim.href),
    note: `Claim in the dossier "${incidentTitle}"; standing: ${claim.standingLabel.toLowerCase()}; credibility ${claim.credibility.grade} (${claim.credibility.meaning}), graded ${claim.credibility.gradedOn}`,
  });
}

/** A citation of a whole dossier, as BibTeX and as CSL-JSON. */
export function citeDossier(dossier: Dossier): Citation {
  return citation({
    key: `leaks-dossier:${dossier.id}`,
    title: `${dossier.title}: incident dossier`,
    url: absoluteUrl(dossier.href),
    note: `Incident dossier of ${dossier.claimCount} claims, each attributed and quoted from its source`,
  });
}
