/**
 * Contributed prose as plain paragraphs. React escapes the text: markup, scripts and
 * `javascript:` links in a record are shown as the characters they are, never interpreted.
 */
export function Prose({
  paragraphs,
  className,
}: {
  paragraphs: readonly string[];
  className?: string;
}) {
  return (
    <div className={className}>
      {paragraphs.map((paragraph, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no id and may repeat; this server-rendered text never changes
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}
