/**
 * Copies the text of another element. Served hidden: `public/site.js` shows it where the
 * Clipboard API is (not without JS, not over plain http to another host).
 */
export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  return (
    <button type="button" className="copy-button" data-copy-target={targetId} hidden>
      <span data-copy-label>{label}</span>
      <span className="sr-only" aria-live="polite" />
    </button>
  );
}
