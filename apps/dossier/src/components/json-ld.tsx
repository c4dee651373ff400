import { jsonLdText } from "@/lib/json-ld";

/** Structured data for search engines; a data block, never run as a script. */
export function JsonLd({ data }: { data: unknown }) {
  // jsonLdText escapes every character that could end the element.
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />
  );
}
