// Measures the JavaScript a page makes the browser load first: the scripts its exported HTML
// names (src of <script> and modulepreload/preload-as-script links), gzip-compressed, plus the
// inline scripts (Next's payload of the page). Usage: node scripts/first-load-js.mjs [out] [paths...]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const app = fileURLToPath(new URL("..", import.meta.url));

export function firstLoadJs(outDir, path) {
  const html = readFileSync(join(outDir, path, "index.html"), "utf8");
  const files = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/g)) {
    const tag = m[0];
    const href = /href="([^"]+\.js)"/.exec(tag)?.[1];
    if (href && (/as="script"/.test(tag) || /modulepreload/.test(tag))) files.add(href);
  }
  let external = 0;
  for (const file of files)
    external += gzipSync(readFileSync(join(outDir, file.replace(/^\//, "")))).length;
  let inline = 0;
  for (const m of html.matchAll(
    /<script\b(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    inline += gzipSync(m[1] ?? "").length;
  }
  return { path, files: files.size, external, inline };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir = join(app, "out"), ...paths] = process.argv.slice(2);
  const pages = paths.length > 0 ? paths : ["/about/", "/"];
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  const rows = pages.map((p) => firstLoadJs(dir, p));
  const bare = rows[0];
  for (const row of rows) {
    const ratio = bare ? (row.external / bare.external).toFixed(3) : "";
    console.log(
      `${row.path.padEnd(48)} ${String(row.files).padStart(3)} files  ${kb(row.external).padStart(9)} gzip  (+${kb(row.inline)} inline payload)  x${ratio} of ${bare?.path}`,
    );
  }
}
