// The pages at the old addresses of renamed or merged records. A static export cannot answer
// with an HTTP redirect, so each old address gets a small page that refreshes to the new one,
// names it as canonical, links to it for whoever does not follow the refresh, and asks search
// engines not to index it. A claim has no page of its own: its old anchor is kept on the claim
// (see claim-card.tsx), so only incidents, actors and sources get pages here.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const FOLDERS = { incident: "incidents", actor: "actors", source: "sources" };
const KIND_NAMES = { incident: "incident", actor: "actor", source: "source" };

/** The redirects of the corpus the site is built over: the override's, else the package's. */
export function corpusRedirects(env = process.env) {
  const override = env.LEAKS_CORPUS_JSON;
  const file =
    override !== undefined && override !== ""
      ? override
      : createRequire(import.meta.url).resolve("@leaks/corpus/corpus.json");
  // The site's build validated this corpus (src/lib/corpus/read.ts) before the export was written.
  const redirects = JSON.parse(readFileSync(file, "utf8")).redirects ?? [];
  return Array.isArray(redirects) ? redirects : [];
}

/** Each old address (a site path) and the path it leads to; a source's archive page too. */
export function redirectPaths(redirects) {
  const out = [];
  for (const { kind, from, to } of redirects) {
    const folder = FOLDERS[kind];
    if (folder === undefined) continue;
    out.push({ kind, from: `/${folder}/${from}/`, to: `/${folder}/${to}/` });
    if (kind === "source")
      out.push({ kind, from: `/sources/${from}/archive/`, to: `/sources/${to}/archive/` });
  }
  return out;
}

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );

/** One redirect page; `stylesheets` are the site's own (<link> tags taken from its pages). */
export function redirectPage({ kind, to }, siteUrl, stylesheets = "") {
  const href = escapeHtml(to);
  const canonical = escapeHtml(`${siteUrl}${to}`);
  const what = KIND_NAMES[kind] ?? "record";
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved to ${href} · Leaks Dossier</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${href}">
${stylesheets}</head><body><main class="record-page"><h1>This ${what} has moved</h1>
<p>It was renamed or merged into another record; its page is now <a href="${href}">${href}</a>.</p></main></body></html>
`;
}

const STYLESHEET = /<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"[^>]*>/g;

/** Writes a page at every old address; returns how many. */
export function writeRedirectPages(outDir, redirects, siteUrl) {
  let stylesheets = "";
  try {
    stylesheets = [
      ...new Set(readFileSync(join(outDir, "404.html"), "utf8").match(STYLESHEET) ?? []),
    ].join("");
  } catch {
    // No 404 page to take the stylesheets from: the page stays unstyled, still working.
  }
  const pages = redirectPaths(redirects);
  for (const page of pages) {
    const file = join(outDir, page.from, "index.html");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, redirectPage(page, siteUrl, stylesheets));
  }
  return pages.length;
}
