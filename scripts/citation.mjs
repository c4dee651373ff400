#!/usr/bin/env node
// Keeps CITATION.cff's version and date-released in step with @leaks/corpus's version: the
// release script runs it right after `changeset version`; `--check` exits 1 when they drift.
// Usage: node scripts/citation.mjs [--check] [--date YYYY-MM-DD]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const CITATION_FILE = `${ROOT}CITATION.cff`;
export const CORPUS_MANIFEST = `${ROOT}packages/corpus/package.json`;

const VERSION_LINE = /^version: *(.*)$/m;
const DATE_LINE = /^date-released: *(.*)$/m;

/** The version and date-released written in a CITATION.cff text (top-level keys only). */
export function citationRelease(text) {
  const unquote = (value) => value?.trim().replace(/^(["'])(.*)\1$/, "$2");
  return {
    version: unquote(VERSION_LINE.exec(text)?.[1]),
    date: unquote(DATE_LINE.exec(text)?.[1]),
  };
}

/** The text with its version and date-released set; both keys must already be there. */
export function withRelease(text, version, date) {
  if (!VERSION_LINE.test(text) || !DATE_LINE.test(text))
    throw new Error("CITATION.cff has no top-level version or date-released line");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a date (YYYY-MM-DD): ${date}`);
  // Quoted: a bare 1.10 or 2026-12-02 would be a number or a date to YAML 1.1 readers.
  return text
    .replace(VERSION_LINE, `version: "${version}"`)
    .replace(DATE_LINE, `date-released: "${date}"`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dateAt = args.indexOf("--date");
  const date = dateAt === -1 ? new Date().toISOString().slice(0, 10) : args[dateAt + 1];
  const { version } = JSON.parse(readFileSync(CORPUS_MANIFEST, "utf8"));
  const text = readFileSync(CITATION_FILE, "utf8");
  if (args.includes("--check")) {
    const written = citationRelease(text);
    if (written.version !== version) {
      console.error(
        `CITATION.cff has version ${written.version}, @leaks/corpus ${version}: run node scripts/citation.mjs`,
      );
      process.exit(1);
    }
    console.log(`CITATION.cff: version ${version}, released ${written.date}`);
  } else {
    if (citationRelease(text).version === version && dateAt === -1) {
      console.log(`CITATION.cff already at ${version}`);
    } else {
      writeFileSync(CITATION_FILE, withRelease(text, version, date));
      console.log(`CITATION.cff: version ${version}, released ${date}`);
    }
  }
}
