// After `next build`: publishes the pages that need no React without it (static-pages.mjs),
// gives every exported page a Content-Security-Policy and indexes the site for search.
//
// A static export has no server to send per-request nonces, so each page carries its policy in
// a <meta> element that allows, by SHA-256 hash, only inline scripts of the shapes Next writes
// (its router bootstrap and its payload pushes of JSON). Anything else inline stays blocked,
// even if a rendering bug ever let a <script> from the data into a page: a build-time
// allow-list of "whatever inline script is there" would bless that script too.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { scanHtml } from "./html-scan.mjs";
import { corpusRedirects, writeRedirectPages } from "./redirect-pages.mjs";
import { addToIndex, EXCLUDED } from "./search-index.mjs";
import { NEEDS_REACT, needsReact, removePayloadFiles, withoutReact } from "./static-pages.mjs";

const app = fileURLToPath(new URL("..", import.meta.url));
const outDir = process.env.DOSSIER_OUT_DIR
  ? join(app, process.env.DOSSIER_OUT_DIR)
  : join(app, "out");

// Types a browser runs as script; anything else (application/ld+json) is a data block.
const SCRIPT_TYPES = new Set(["", "text/javascript", "module", "application/javascript"]);

function sha256(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

const PAYLOAD_PUSH = /^self\.__next_f\.push\(([\s\S]*)\)$/;
const BOOTSTRAP = new Set([
  "(self.__next_f=self.__next_f||[]).push([0])",
  "self.__next_f.push([2,null])",
]);
const CHUNKS =
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);$/;

function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** An inline script Next writes: its bootstrap, a push of JSON payload, or its chunk list. */
export function isNextInlineScript(body) {
  if (BOOTSTRAP.has(body)) return true;
  const push = PAYLOAD_PUSH.exec(body);
  if (push) return isJson(push[1]);
  const chunks = CHUNKS.exec(body);
  return chunks ? isJson(chunks[1]) : false;
}

/** The policy of a page, from its elements (scanHtml); inline code of unknown origin is a problem. */
export function policyFor(elements, file) {
  const bodies = elements
    .filter(
      (element) =>
        element.tag === "script" &&
        !element.attrs.has("src") &&
        SCRIPT_TYPES.has(element.attrs.get("type")?.trim().toLowerCase() ?? ""),
    )
    .map((script) => script.body ?? "");
  // An inline script Next did not write means text reached the page as markup: stop the build.
  for (const body of bodies.filter((b) => !isNextInlineScript(b))) {
    problems.push(`${file}: an inline script Next did not write: ${body.slice(0, 80)}`);
  }
  const scripts = [...new Set(bodies.filter(isNextInlineScript).map(sha256))];
  // Next writes no inline style either.
  for (const style of elements.filter((element) => element.tag === "style")) {
    problems.push(`${file}: an inline style: ${(style.body ?? "").slice(0, 80)}`);
  }
  return [
    "default-src 'self'",
    // wasm-unsafe-eval: pagefind's search runs as WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(" ")}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** Where the policy goes: after the charset's <meta>, else at the start of <head>. */
function policyPlace(elements) {
  const charset = elements.find(
    (element) => element.tag === "meta" && element.attrs.has("charset"),
  );
  if (charset) return charset.end;
  const head = elements.find((element) => element.tag === "head" && element.end > element.start);
  return head?.innerStart;
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "_next" || entry.name === "pagefind" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

// The old addresses of renamed or merged records, before the policies: they get one too.
const siteUrl = (process.env.SITE_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "");
const redirected = writeRedirectPages(outDir, corpusRedirects(), siteUrl);
if (redirected > 0) console.log(`redirects: ${redirected} page(s) at old addresses`);

const problems = [];
let pages = 0;
let withReact = 0;
for (const file of htmlFiles(outDir)) {
  let html = readFileSync(file, "utf8");
  if (needsReact(html)) withReact += 1;
  else {
    html = withoutReact(html);
    removePayloadFiles(dirname(file));
  }
  if (html.includes('http-equiv="Content-Security-Policy"'))
    throw new Error(`${file} already has a policy`);
  const { elements } = scanHtml(html);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(elements, file)}"/>`;
  // Before every script, and after the charset so that stays in the first 1024 bytes.
  const at = policyPlace(elements);
  if (at === undefined) throw new Error(`${file} has no <head>`);
  writeFileSync(file, html.slice(0, at) + meta + html.slice(at));
  pages += 1;
}
if (problems.length > 0) {
  console.error(
    `csp: refusing to publish pages with inline code of unknown origin:\n${problems.join("\n")}`,
  );
  process.exit(1);
}
console.log(
  `static pages: ${pages - withReact} of ${pages} pages published without React (the rest say ${NEEDS_REACT})`,
);
console.log(`csp: ${pages} pages given a hash-based Content-Security-Policy`);

// Indexed: every page, with the other names of the actors it names (index-only), and every claim
// as a record at its anchor; left out: field labels (dt, which run into their values in
// excerpts), lists of contents and the boilerplate of claim cards (scripts/search-index.mjs).
const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED });
if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
const added = await addToIndex(index, outDir, htmlFiles(outDir));
if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join("; ")}`);
const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
await pagefind.close();
console.log(`pagefind: indexed ${added.pages} pages and ${added.claims} claims`);
