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
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}
