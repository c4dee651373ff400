export const CITATION_FILE: string;
export const CORPUS_MANIFEST: string;
/** The version and date-released written in a CITATION.cff text (top-level keys only). */
export function citationRelease(text: string): {
  version: string | undefined;
  date: string | undefined;
};
/** The text with its version and date-released set; both keys must already be there. */
export function withRelease(text: string, version: string, date: string): string;
