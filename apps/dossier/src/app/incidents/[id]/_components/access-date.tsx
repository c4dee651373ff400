import { ACCESS_DATE_PLACEHOLDER } from "@/lib/access-date";

/**
 * A citation's text. Its access date is the placeholder until `public/site.js` puts the
 * reader's day in its place; without scripts the placeholder stays, for the reader to fill in.
 */
export function CitationText({ id, text }: { id: string; text: string }) {
  return (
    <pre id={id} data-access-date="placeholder" data-placeholder={ACCESS_DATE_PLACEHOLDER}>
      {text}
    </pre>
  );
}
