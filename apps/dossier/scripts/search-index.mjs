// What the postbuild gives pagefind beyond the pages as published: the text it must not rank
// (boilerplate repeated on every claim card), a record per claim, and the other names of actors.
//
// - Boilerplate: a claim's relay chains ("relays …, which quotes …"), the line under each quote
//   naming its source, the grades line and the card's summary line repeat source titles and
//   publishers on every card; indexed, they make a dossier that only cites a report about X rank
//   for X. They stay on the page and out of the index (BOILERPLATE, pagefind's excludeSelectors).
// - Claims: `search/index-records.json`, written by the site's route of that name from
//   src/lib/search-index.ts, lists every claim (its statement, quotes, standing, dossier) and
//   the names of actors with aliases. Each claim becomes a record of its own whose URL is its
//   anchor on the dossier, so a search finds the statement, not only the page it is on.
// - Names: an actor's aliases (other names and spellings the sources use, misspellings
//   included) are searched as its name. Each page is indexed with, after its text, the other
//   names of every actor one of whose names it contains; the published page is unchanged.
import { readFileSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Left out of the index everywhere: field labels (they run into their values), the lists of
 * contents, the claim card's permalink line, and the boilerplate above. */
export const BOILERPLATE = [
  ".relay-chain",
  ".appearance__chain",
  ".appearance__relays",
  ".appearance__source",
  ".appearance__grades",
  ".claim__brief",
];
export const EXCLUDED = [
  "dt",
  ".toc",
  ".claim__footer",
  // The claim numbers after each sentence of a summary, and the "As known on" control.
  ".summary__refs",
  ".as-of",
  ...BOILERPLATE,
];

export const RECORDS_FILE = join("search", "index-records.json");

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"]);
const VOID_MORE = new Set(["source", "track", "wbr"]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g;

function matches(selector, name, attributes) {
  if (!selector.startsWith(".")) return name.toLowerCase() === selector;
  const cls = /\bclass\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? "";
  return cls.split(/\s+/).includes(selector.slice(1));
}

/** Where the element whose opening tag `TAG` just matched ends (after its closing tag). */
function elementEnd(html, name) {
  const lower = name.toLowerCase();
  let depth = 1;
  for (let inner = TAG.exec(html); inner !== null; inner = TAG.exec(html)) {
    if (inner[2].toLowerCase() !== lower || inner[0].endsWith("/>")) continue;
    depth += inner[1] ? -1 : 1;
    if (depth === 0) return TAG.lastIndex;
  }
  return html.length;
}

function isVoid(whole, name) {
  const lower = name.toLowerCase();
  return VOID.has(lower) || VOID_MORE.has(lower) || whole.endsWith("/>");
}

/**
 * The HTML without the elements the selectors (`tag` or `.class`) name, each with its content.
 * For the markup React writes (well formed, quoted attributes), not for HTML at large.
 */
export function withoutElements(html, selectors) {
  let out = "";
  let from = 0;
  TAG.lastIndex = 0;
  for (let tag = TAG.exec(html); tag !== null; tag = TAG.exec(html)) {
    const [whole, closing, name, attributes] = tag;
    if (closing || !selectors.some((s) => matches(s, name, attributes))) continue;
    out += html.slice(from, tag.index);
    from = isVoid(whole, name) ? TAG.lastIndex : elementEnd(html, name);
    if (from === html.length) break;
    TAG.lastIndex = from;
  }
  return out + html.slice(from);
}

/**
 * The element pagefind indexes a page by (the one marked `data-pagefind-body`, else the body):
 * where its content starts and ends.
 */
function indexedRange(html) {
  TAG.lastIndex = 0;
  for (let tag = TAG.exec(html); tag !== null; tag = TAG.exec(html)) {
    const [whole, closing, name, attributes] = tag;
    if (closing || !/\sdata-pagefind-body\b/.test(attributes) || isVoid(whole, name)) continue;
    const start = TAG.lastIndex;
    const end = elementEnd(html, name);
    return { start, end: html.lastIndexOf("<", end - 1) };
  }
  const body = /<body\b[^>]*>/i.exec(html);
  const start = body ? body.index + body[0].length : 0;
  const close = html.lastIndexOf("</body>");
  return { start, end: close < start ? html.length : close };
}

const ENTITY = /&(?:amp|lt|gt|quot|#39|#x27|nbsp);/g;
const ENTITIES = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
  "&nbsp;": " ",
};

/** The text pagefind indexes of a page: its indexed element without the excluded ones. */
export function indexedText(html) {
  const { start, end } = indexedRange(html);
  return withoutElements(html.slice(start, end), ["script", "style", "template", ...EXCLUDED])
    .replace(/<[^>]*>/g, " ")
    .replace(ENTITY, (e) => ENTITIES[e] ?? e);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Name groups, each the spellings of one name, as patterns: a name is found as a whole phrase,
 * letter case kept (so the alias "US" is not the word "us"), longest names first.
 */
export function namePatterns(groups) {
  return groups
    .flatMap((names, group) =>
      names.map((name) => ({
        name,
        group,
        words: name.match(WORD) ?? [],
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu"),
      })),
    )
    .filter(({ words }) => words.length > 0)
    .sort((a, b) => b.name.length - a.name.length);
}

/**
 * The names a text does not contain of every group it contains a name of, once each. A name is
 * looked for where no longer name was found, so "Washington" (an alias of the United States)
 * is not found in "The Washington Post".
 */
export function otherNames(text, patterns) {
  // Only names whose every word is in the text are looked for: a site of thousands of pages and
  // names stays quick to index.
  const words = new Set(text.match(WORD));
  let rest = text;
  const present = new Map();
  for (const { name, group, words: needed, pattern } of patterns) {
    if (!needed.every((word) => words.has(word))) continue;
    const next = rest.replace(pattern, "\u0000");
    if (next === rest) continue;
    rest = next;
    present.set(group, [...(present.get(group) ?? []), name]);
  }
  const others = patterns.filter(
    ({ name, group }) => present.has(group) && !present.get(group).includes(name),
  );
  return [...new Set(others.map(({ name }) => name))];
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page as pagefind indexes it: with the other names of the actors it names, index-only. */
export function withNames(html, patterns) {
  const names = otherNames(indexedText(html), patterns);
  if (names.length === 0) return html;
  // At the end of what pagefind indexes, so that an excerpt comes from the page where it can.
  const { end } = indexedRange(html);
  return `${html.slice(0, end)}<p>${escapeHtml(names.join(" · "))}</p>${html.slice(end)}`;
}

/** Reads (and removes from the export: it is the index's input, not a page) the records file. */
export function readRecords(outDir) {
  const file = join(outDir, RECORDS_FILE);
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(
      `pagefind: ${file} is missing: the route src/app/search/index-records.json/route.ts writes it during next build`,
    );
  }
  rmSync(file);
  const records = JSON.parse(text);
  if (!Array.isArray(records.claims) || !Array.isArray(records.names))
    throw new Error(`pagefind: ${file} has no claims and names lists: rebuild the site`);
  return records;
}

/** A claim as a pagefind record: its URL is the claim's anchor on its dossier. */
export function claimRecord(claim, patterns) {
  const content = [claim.statement, ...claim.quotes].join("\n");
  const names = otherNames(content, patterns);
  return {
    url: claim.url,
    content: names.length === 0 ? content : `${content}\n${names.join(" · ")}`,
    language: "en",
    meta: {
      title: claim.statement,
      type: "Claim",
      standing: claim.standing,
      group: claim.group,
      incident: claim.incident,
    },
  };
}

/** Calls `add` on every item, a few at a time (the pagefind service answers each by id). */
async function inBatches(items, add, size = 16) {
  const errors = [];
  for (let i = 0; i < items.length; i += size) {
    const answers = await Promise.all(items.slice(i, i + size).map(add));
    errors.push(...answers.flat());
  }
  return errors;
}

/** Indexes every page of `outDir` (as `withNames` gives it) and every claim. */
export async function addToIndex(index, outDir, htmlFiles) {
  const records = readRecords(outDir);
  const patterns = namePatterns(records.names);
  const pageErrors = await inBatches(htmlFiles, async (file) => {
    const sourcePath = relative(outDir, file).split(sep).join("/");
    const added = await index.addHTMLFile({
      sourcePath,
      content: withNames(readFileSync(file, "utf8"), patterns),
    });
    return added.errors.map((e) => `${sourcePath}: ${e}`);
  });
  const claimErrors = await inBatches(records.claims, async (claim) => {
    const added = await index.addCustomRecord(claimRecord(claim, patterns));
    return added.errors.map((e) => `${claim.url}: ${e}`);
  });
  return {
    errors: [...pageErrors, ...claimErrors],
    pages: htmlFiles.length,
    claims: records.claims.length,
  };
}
