"use client";

import { useEffect, useId, useState } from "react";

const PARAM = "as-of";
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayLabel(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/**
 * "As known on": hides the claims no source had published by the chosen day. Each claim carries
 * `data-known-from` (the last day its earliest source may have appeared; empty when undated).
 * The server-rendered page shows everything; this only ever hides.
 */
export function AsOfControl({ earliest, latest }: { earliest: string; latest: string }) {
  const id = useId();
  const [ready, setReady] = useState(false);
  const [day, setDay] = useState("");
  const [status, setStatus] = useState("");

  useEffect(() => {
    const fromUrl = new URLSearchParams(window.location.search).get(PARAM) ?? "";
    if (DAY.test(fromUrl)) setDay(fromUrl);
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const active = DAY.test(day);
    const claims = document.querySelectorAll<HTMLElement>("[data-known-from]");
    let shown = 0;
    let total = 0;
    const counted = new Set<string>();
    for (const element of claims) {
      const known = element.dataset.knownFrom ?? "";
      const visible = !active || (known !== "" && known <= day);
      element.hidden = !visible;
      const claimId = element.dataset.claim ?? "";
      if (claimId !== "" && !counted.has(claimId)) {
        counted.add(claimId);
        total += 1;
        if (visible) shown += 1;
      }
    }
    for (const note of document.querySelectorAll<HTMLElement>("[data-empty-when-hidden]")) {
      const group = note.closest("[data-claim-group]");
      const anyVisible = group?.querySelector("[data-known-from]:not([hidden])") !== null;
      note.hidden = !active || anyVisible;
    }
    setStatus(
      active
        ? `Showing ${shown} of ${total} claims: those a source had published by ${dayLabel(day)}.`
        : `Showing all ${total} claims.`,
    );
    const url = new URL(window.location.href);
    if (active) url.searchParams.set(PARAM, day);
    else url.searchParams.delete(PARAM);
    window.history.replaceState(window.history.state, "", url);
  }, [day, ready]);

  return (
    <div className="as-of" hidden={!ready}>
      <label htmlFor={id}>As known on</label>{" "}
      <input
        id={id}
        type="date"
        min={earliest}
        max={latest}
        value={day}
        onChange={(event) => setDay(event.currentTarget.value)}
        aria-describedby={`${id}-help`}
      />{" "}
      <button type="button" onClick={() => setDay("")} disabled={day === ""}>
        Show all
      </button>
      <p id={`${id}-help`} className="as-of__help">
        Pick a day to see only the claims a source had certainly published by then (a source dated
        only to a month counts from the month&apos;s last day).
      </p>
      <p className="as-of__status" role="status">
        {status}
      </p>
    </div>
  );
}
