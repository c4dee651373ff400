#!/usr/bin/env node
// Checks every changeset before `changeset version` reads it: the frontmatter parses (with
// changesets' own parser, so what passes here is what the release reads), it names only
// published packages of this workspace, each with a bump of major, minor or patch, and a
// summary follows it.
// Usage: node scripts/check-changesets.mjs [folder]   (default: the repository's .changeset/)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import parseChangeset from "@changesets/parse";
import { getPackages } from "@manypkg/get-packages";
// Edit distance for "did you mean" on a misspelled package name or bump: a small, well-kept library.
import { distance as editDistance } from "fastest-levenshtein";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BUMPS = ["major", "minor", "patch"];
/** Files of the .changeset folder that are not changesets. */
const NOT_CHANGESETS = new Set(["README.md"]);
const EXAMPLE = '---, "@leaks/corpus": patch, --- (three lines), then a blank line and the summary';

function closest(word, candidates) {
  const limit = Math.max(2, Math.floor(word.length / 3));
  const [best] = candidates
    .map((candidate) => ({ candidate, distance: editDistance(word, candidate) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  return best !== undefined && best.distance <= limit && best.distance > 0
    ? best.candidate
    : undefined;
}

const quoted = (names) => names.map((name) => `"${name}"`).join(", ");
const isBlank = (line) => line.trim() === "";
const isFence = (line) => line.trim() === "---";
/** A `"pkg": bump` line that a Markdown formatter turned into a heading. */
const HEADING = /^#{1,6}\s+["']?@?[\w./-]+["']?\s*:\s*\S+\s*$/;
/** One `"name": bump` line of the frontmatter, to locate what the parser read. */
const RELEASE_LINE = /^\s*(["']?)([^"':#]+)\1\s*:\s*(.*?)\s*$/;

/**
 * The workspace's packages as changesets sees them (the same discovery `changeset version`
 * uses), split into the published ones and the private ones.
 */
export async function workspacePackages(root = ROOT) {
  const { packages } = await getPackages(root);
  const published = [];
  const unpublished = [];
  for (const { packageJson } of packages)
    (packageJson.private === true ? unpublished : published).push(packageJson.name);
  return { published: published.sort(), private: unpublished.sort() };
}

/**
 * The problems of one changeset's text: `{ code, file, line, message, hint }`, line 1-based.
 * `firstLine` is the line of `file` where the text starts (a changeset quoted in a document).
 */
export function checkChangesetText(text, { file, packages, firstLine = 1 }) {
  const lines = text.split(/\r?\n/);
  const problems = [];
  const report = (code, index, message, hint) =>
    problems.push({ code, file, line: firstLine + index, message, hint });

  const open = lines.findIndex((line) => !isBlank(line));
  if (open < 0) {
    report(
      "changeset-frontmatter",
      0,
      "the file is empty",
      `write the frontmatter and a summary: ${EXAMPLE}`,
    );
    return problems;
  }
  const heading = lines.findIndex((line) => HEADING.test(line));
  const close = lines.findIndex((line, index) => index > open && isFence(line));
  if (heading >= 0 && (close < 0 || heading < close)) {
    const release = lines[heading].replace(/^#+\s+/, "").trim();
    report(
      "changeset-frontmatter",
      heading,
      `"${lines[heading].trim()}" is a Markdown heading, not frontmatter (a Markdown formatter rewrites frontmatter it does not parse)`,
      `write the frontmatter as three lines, ---, ${release} and ---, then a blank line and the summary`,
    );
    return problems;
  }
  if (!isFence(lines[open])) {
    report(
      "changeset-frontmatter",
      open,
      'the changeset does not start with frontmatter (a "---" line)',
      `start it with ${EXAMPLE}`,
    );
    return problems;
  }
  if (close < 0) {
    report(
      "changeset-frontmatter",
      open,
      'the "---" that opens the frontmatter here is never closed',
      `add a "---" line after the last "package": bump line: ${EXAMPLE}`,
    );
    return problems;
  }

  // Where each name sits, to point at the line of a problem the parser reports.
  const releaseLines = new Map();
  for (let index = open + 1; index < close; index++) {
    const match = RELEASE_LINE.exec(lines[index]);
    if (match)
      releaseLines.set(match[2].trim(), { index, bump: match[3].replace(/^["']|["']$/g, "") });
  }

  let parsed;
  try {
    parsed = parseChangeset(text);
  } catch (error) {
    const reason = String(error.message ?? error);
    if (!/invalid (version|release) type/.test(reason)) {
      const yaml = /YAML error: ([^\n]*?)\s*\((\d+):\d+\)/.exec(reason);
      report(
        "changeset-frontmatter",
        yaml ? open + Number(yaml[2]) - 1 : open + 1,
        yaml
          ? `the frontmatter is not valid YAML: ${yaml[1]}`
          : `the frontmatter does not parse: ${reason
              .split("\n")[0]
              ?.replace(/^could not parse changeset - /, "")
              .replace(/\.$/, "")}`,
        `write one "package": bump per line between the "---" lines: ${EXAMPLE}`,
      );
      return problems;
    }
    // A bump changesets does not know: read the releases from the lines, to report them all.
    parsed = {
      releases: [...releaseLines].map(([name, { bump }]) => ({ name, type: bump })),
      summary: lines
        .slice(close + 1)
        .join("\n")
        .trim(),
    };
  }

  if (parsed.releases.length === 0)
    report(
      "changeset-no-package",
      open,
      "the frontmatter names no package",
      `name each published package the change touches (${quoted(packages.published)}) with its bump, or delete the file if none is touched`,
    );
  for (const { name, type } of parsed.releases) {
    const index = releaseLines.get(name)?.index ?? open + 1;
    if (packages.private.includes(name)) {
      report(
        "changeset-private-package",
        index,
        `"${name}" is private: it is never published, so it has no version to bump`,
        `remove this line; a change to private packages alone needs no changeset (published: ${quoted(packages.published)})`,
      );
    } else if (!packages.published.includes(name)) {
      const suggestion = closest(name, packages.published);
      report(
        "changeset-unknown-package",
        index,
        `no package "${name}" in this workspace${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
        suggestion
          ? `write "${suggestion}"`
          : `name one of the published packages: ${quoted(packages.published)}`,
      );
    }
    if (!BUMPS.includes(type)) {
      const suggestion = typeof type === "string" ? closest(type, BUMPS) : undefined;
      report(
        "changeset-invalid-bump",
        index,
        `"${name}" has the bump ${JSON.stringify(type)}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
        type === "none"
          ? "remove this line: a package with nothing to release needs no line"
          : `write major, minor or patch, as CONTRIBUTING.md's "Versioning of the data" says`,
      );
    }
  }
  if (parsed.summary === "")
    report(
      "changeset-empty-summary",
      Math.min(close + 1, lines.length - 1),
      'no summary after the frontmatter\'s closing "---"',
      "write, in plain words, what users of the package notice of the change",
    );
  return problems;
}

/** The changeset files of a folder: every .md file but its README. */
export function changesetFiles(folder) {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md") && !NOT_CHANGESETS.has(name))
    .sort()
    .map((name) => join(folder, name));
}

/** `✖ .changeset/x.md:3 changeset-unknown-package: message → hint`, as `leaks validate` prints. */
export function formatProblem(problem) {
  return `✖ ${problem.file}:${problem.line} ${problem.code}: ${problem.message} → ${problem.hint}`;
}

const displayPath = (path) => relative(process.cwd(), path).split(sep).join("/") || ".";
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

async function main(args) {
  const folder = resolve(args[0] ?? join(ROOT, ".changeset"));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    process.stderr.write(`check-changesets: no folder ${displayPath(folder)}\n`);
    return 2;
  }
  const packages = await workspacePackages();
  const files = changesetFiles(folder);
  const out = [];
  let failing = 0;
  for (const path of files) {
    const problems = checkChangesetText(readFileSync(path, "utf8"), {
      file: displayPath(path),
      packages,
    });
    if (problems.length > 0) failing++;
    out.push(...problems.map(formatProblem));
  }
  out.push(
    failing === 0
      ? `✔ ${plural(files.length, "changeset")} checked: all valid`
      : `✖ ${failing} of ${plural(files.length, "changeset")} with problems`,
  );
  process.stdout.write(`${out.join("\n")}\n`);
  return failing === 0 ? 0 : 1;
}

if (resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
