// After `next build`: gives every exported page a Content-Security-Policy and indexes the
// site for search.
//
// A static export has no server to send per-request nonces, so each page carries its policy in
// a <meta> element that allows exactly the inline scripts Next wrote into it, by SHA-256 hash.
// Nothing else inline can run: not a script smuggled in through data, not an event handler.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

const app = fileURLToPath(new URL("..", import.meta.url));
const outDir = process.env.DOSSIER_OUT_DIR
  ? join(app, process.env.DOSSIER_OUT_DIR)
  : join(app, "out");

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style>/gi;
// Types a browser runs as script; anything else (application/ld+json) is a data block.
const SCRIPT_TYPE =
  /\btype\s*=\s*["']?(?!text\/javascript|module|application\/javascript)[^"'\s>]+/i;

function sha256(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

function inlineHashes(html, pattern, isCode) {
  const hashes = new Set();
  for (const match of html.matchAll(pattern)) {
    const [, attributes, body] = match;
    if (/\bsrc\s*=/i.test(attributes) || !isCode(attributes)) continue;
    hashes.add(sha256(body));
  }
  return [...hashes];
}

export function policyFor(html) {
  const scripts = inlineHashes(html, SCRIPT, (attributes) => !SCRIPT_TYPE.test(attributes));
  const styles = inlineHashes(html, STYLE, () => true);
  return [
    "default-src 'self'",
    // wasm-unsafe-eval: pagefind's search runs as WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(" ")}`.trim(),
    `style-src 'self' ${styles.join(" ")}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "_next" || entry.name === "pagefind" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

const CHARSET = /<meta charSet="utf-8"\/>|<meta charset="utf-8">/i;
let pages = 0;
for (const file of htmlFiles(outDir)) {
  const html = readFileSync(file, "utf8");
  if (html.includes('http-equiv="Content-Security-Policy"'))
    throw new Error(`${file} already has a policy`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}"/>`;
  const charset = CHARSET.exec(html);
  // Before every script, and after the charset so that stays in the first 1024 bytes.
  const at = charset ? charset.index + charset[0].length : html.indexOf("<head>") + "<head>".length;
  if (at < "<head>".length) throw new Error(`${file} has no <head>`);
  writeFileSync(file, html.slice(0, at) + meta + html.slice(at));
  pages += 1;
}
console.log(`csp: ${pages} pages given a hash-based Content-Security-Policy`);

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join("; ")}`);
const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
await pagefind.close();
console.log(`pagefind: indexed ${added.page_count} pages`);
