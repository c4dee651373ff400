"use client";

import { useEffect, useState } from "react";

/** Copies the text of another element; absent where the Clipboard API is (no JS, no https). */
export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  const [available, setAvailable] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(
    () => setAvailable(typeof navigator !== "undefined" && navigator.clipboard !== undefined),
    [],
  );
  if (!available) return null;
  return (
    <button
      type="button"
      className="copy-button"
      onClick={async () => {
        const text = document.getElementById(targetId)?.textContent ?? "";
        await navigator.clipboard.writeText(text);
        setCopied(true);
        window.setTimeout(() => setCopied(false), 2000);
      }}
    >
      {copied ? "Copied" : label}
      <span className="visually-hidden" aria-live="polite">
        {copied ? " to the clipboard" : ""}
      </span>
    </button>
  );
}
