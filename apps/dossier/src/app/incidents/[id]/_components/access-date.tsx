"use client";

import { useEffect, useState } from "react";
import { ACCESS_DATE_PLACEHOLDER } from "@/lib/access-date";

/** The reader's own day, YYYY-MM-DD, in their time zone. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A citation's text, with its access date filled in with the reader's day once scripts run;
 * without scripts the placeholder stays, for the reader to fill in.
 */
export function CitationText({ id, text }: { id: string; text: string }) {
  const [shown, setShown] = useState(text);
  useEffect(() => setShown(text.replaceAll(ACCESS_DATE_PLACEHOLDER, today())), [text]);
  return (
    <pre id={id} data-access-date={shown === text ? "placeholder" : "filled"}>
      {shown}
    </pre>
  );
}
