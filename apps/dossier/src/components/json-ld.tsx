import { jsonLdText } from "@/lib/json-ld";

/** Structured data for search engines; a data block, never run as a script. */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: jsonLdText escapes <, > and & as \u003c, \u003e and \u0026, so no contributed text can end the element
      dangerouslySetInnerHTML={{ __html: jsonLdText(data) }}
    />
  );
}
