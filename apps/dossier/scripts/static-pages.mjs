// Pages that need no React in the browser are published as the HTML Next rendered, without
// React: no runtime, no router, and above all no inline second copy of the page (the RSC payload
// Next writes into every page for hydration, which made a large dossier 1.1 MB, 60% of it that
// copy). What such a page does in the browser, `public/site.js` does on the rendered markup.
//
// A page keeps React when it says so with a `data-needs-react` attribute (the search page,
// whose results are a client component). Everything else loses every script Next wrote:
// its chunks, its bootstrap and payload pushes, its chunk list, the preloads of its chunks,
// and the markers React leaves between text nodes for hydration. Data blocks
// (application/ld+json) and scripts of the site's own (`/site.js`) stay.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { scanHtml, withoutRanges } from "./html-scan.mjs";

export const NEEDS_REACT = "data-needs-react";

// React's hydration markers: text separators and Suspense boundaries. Nothing reads them
// without React, and an HTML comment is never part of the text.
const REACT_MARKERS = new Set([" ", "$", "/$", "$?", "$!", "&", "/&"]);

/** @param {import("./html-scan.mjs").ScannedElement} script */
const isDataBlock = (script) =>
  script.attrs.get("type")?.trim().toLowerCase() === "application/ld+json";

/** @param {import("./html-scan.mjs").ScannedElement} script */
const isOwnScript = (script) => {
  const src = script.attrs.get("src") ?? "";
  return src.startsWith("/") && !src.startsWith("/_next/") && src.endsWith(".js");
};

/** @param {import("./html-scan.mjs").ScannedElement} link */
const isChunkPreload = (link) => {
  const href = link.attrs.get("href") ?? "";
  const rel = link.attrs.get("rel");
  return (
    (rel === "preload" || rel === "modulepreload") &&
    href.startsWith("/_next/") &&
    href.endsWith(".js")
  );
};

export function needsReact(html) {
  return html.includes(` ${NEEDS_REACT}`);
}

/** The page as static HTML: the same markup, without React's scripts and markers. */
export function withoutReact(html) {
  const { elements, comments } = scanHtml(html);
  return withoutRanges(html, [
    ...elements.filter(
      (element) =>
        (element.tag === "script" && !isDataBlock(element) && !isOwnScript(element)) ||
        (element.tag === "link" && isChunkPreload(element)),
    ),
    ...comments.filter((comment) => REACT_MARKERS.has(comment.data)),
  ]);
}

/**
 * The RSC payload files Next writes beside a page (`index.txt`, `__next.*.txt`) are only ever
 * fetched by its client router; a page without React has none to fetch them.
 */
export function removePayloadFiles(pageDir) {
  for (const entry of readdirSync(pageDir, { withFileTypes: true })) {
    if (entry.isFile() && /^(?:index|__next\..*)\.txt$/.test(entry.name))
      rmSync(join(pageDir, entry.name));
  }
}
