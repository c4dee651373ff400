#!/usr/bin/env node
// The data's history and its changelog. The history is one file per release of @leaks/corpus,
// packages/corpus/history/<version>.json: the release bundle's changes.json (the records added,
// changed and removed since the previous release tag, each with the incidents and relationships
// it belongs to) with the day of the release. It is the one source: DATA-CHANGELOG.md and the
// site's Atom feeds are written from it, and CI checks that the changelog is what it gives.
//
//   node scripts/data-changelog.mjs --changes <changes.json>  record this version's release,
//        then write the changelog; refuses (exit 1) a minor or patch version that removed, renamed
//        or merged records
//   node scripts/data-changelog.mjs                            write the changelog
//   node scripts/data-changelog.mjs --check                    exit 1 when the changelog drifted
// --history <dir>, --changelog <file>, --date <YYYY-MM-DD> and --version <x.y.z> change where
// and what it writes (the tests use them).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const HISTORY_DIR = join(ROOT, "packages", "corpus", "history");
export const CHANGELOG = join(ROOT, "packages", "corpus", "DATA-CHANGELOG.md");

const HEADING =
  "# Data changelog\n\nRecords added, changed and retracted in each release of `@leaks/corpus`.\n\n" +
  "Generated from `packages/corpus/history/` (one file per release) by `node scripts/data-changelog.mjs`: edit neither by hand.\n\n";

/** Markdown section for one release, from its changes (`changes.json` or a history entry). */
export function renderSection(version, date, diff) {
  const line = (r) => `- ${r.kind} \`${r.id}\``;
  const retracted = diff.changed.filter((r) => r.retracted);
  const changed = diff.changed.filter((r) => !r.retracted);
  const parts = [`## ${version} (${date})`, ""];
  const block = (title, rows, render) => {
    if (rows.length === 0) return;
    parts.push(`### ${title}`, "", ...rows.map(render), "");
  };
  block("Added", diff.added, line);
  block("Changed", changed, (r) => `${line(r)}: ${r.fields.join(", ")}`);
  block("Retracted or superseded", retracted, line);
  block("Renamed or merged", diff.renamed ?? [], (r) =>
    r.reason === "merged"
      ? `- ${r.kind} \`${r.from}\` merged into \`${r.to}\``
      : `- ${r.kind} \`${r.from}\` renamed \`${r.to}\`${r.fields.length > 0 ? `: ${r.fields.join(", ")}` : ""}`,
  );
  block("Removed", diff.removed, line);
  if (parts.length === 2) parts.push("No record changed.", "");
  if (diff.note) parts.splice(2, 0, diff.note, "");
  return parts.join("\n");
}

/**
 * Semver for data: a record removed, renamed or merged into another (its old id no longer
 * names a record, even where a redirect leads on), breaks consumers, so it needs a new major
 * version. Returns why the bump is refused, or undefined.
 */
export function refusedBump(previous, version, diff) {
  const gone = [
    ...diff.removed.map((r) => `${r.kind} ${r.id}`),
    ...(diff.renamed ?? []).map(
      (r) => `${r.kind} ${r.from} ${r.reason === "merged" ? "merged into" : "renamed"} ${r.to}`,
    ),
  ];
  if (!previous || gone.length === 0) return undefined;
  const major = (v) => Number(v.split(".")[0]);
  if (major(version) > major(previous)) return undefined;
  return `${gone.length} record(s) removed, renamed or merged since ${previous} (${gone.join(", ")}): that needs a major version, not ${version}`;
}

const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KINDS = new Set(["incident", "claim", "actor", "source"]);

/** Newest first: by major, minor, patch; a prerelease before its release. */
export function compareVersions(a, b) {
  const [, ...pa] = VERSION.exec(a) ?? [];
  const [, ...pb] = VERSION.exec(b) ?? [];
  for (let i = 0; i < 3; i++) {
    const d = Number(pb[i]) - Number(pa[i]);
    if (d !== 0) return d;
  }
  if (pa[3] === pb[3]) return 0;
  if (pa[3] === undefined) return -1;
  if (pb[3] === undefined) return 1;
  return pa[3] < pb[3] ? 1 : -1;
}

/** What is wrong with one history file's content, or undefined. */
function entryProblem(entry, version) {
  if (entry === null || typeof entry !== "object") return "it is not a JSON object";
  if (entry.version !== version)
    return `its "version" is ${JSON.stringify(entry.version)}, not the file's name ${version}`;
  if (typeof entry.date !== "string" || !DAY.test(entry.date))
    return `"date" must be the day of the release, YYYY-MM-DD (got ${JSON.stringify(entry.date)})`;
  for (const list of ["added", "changed", "removed"]) {
    if (!Array.isArray(entry[list])) return `"${list}" must be a list of records`;
    for (const [i, record] of entry[list].entries()) {
      const where = `${list}[${i}]`;
      if (!KINDS.has(record?.kind))
        return `${where}.kind must be incident, claim, actor or source (got ${JSON.stringify(record?.kind)})`;
      if (typeof record.id !== "string" || record.id === "") return `${where}.id must be an id`;
      for (const scope of ["incidents", "relationships"])
        if (!Array.isArray(record[scope]) || record[scope].some((id) => typeof id !== "string"))
          return `${where}.${scope} must be a list of ids (write it with --changes from a release bundle's changes.json)`;
      if (list === "changed" && !Array.isArray(record.fields))
        return `${where}.fields must list the fields that changed`;
    }
  }
  for (const [i, record] of (entry.renamed ?? []).entries()) {
    const where = `renamed[${i}]`;
    if (!KINDS.has(record?.kind))
      return `${where}.kind must be incident, claim, actor or source (got ${JSON.stringify(record?.kind)})`;
    if (typeof record.from !== "string" || typeof record.to !== "string")
      return `${where} must give the old id (from) and the id it leads to (to)`;
    if (record.reason !== "renamed" && record.reason !== "merged")
      return `${where}.reason must be renamed or merged`;
    for (const scope of ["fields", "incidents", "relationships"])
      if (!Array.isArray(record[scope])) return `${where}.${scope} must be a list`;
  }
  return undefined;
}

/** Every release in a history folder, newest first; a bad file throws naming it and the fix. */
export function readHistory(dir = HISTORY_DIR) {
  if (!existsSync(dir)) return [];
  const entries = [];
  for (const name of readdirSync(dir).filter((n) => !n.startsWith("."))) {
    const file = join(dir, name);
    const version = name.replace(/\.json$/, "");
    if (!name.endsWith(".json") || !VERSION.test(version))
      throw new Error(`${file}: a history file is named <version>.json (e.g. 1.2.0.json)`);
    let entry;
    try {
      entry = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${error.message})`);
    }
    const problem = entryProblem(entry, version);
    if (problem) throw new Error(`${file}: ${problem}`);
    entries.push(entry);
  }
  return entries.sort((a, b) => compareVersions(a.version, b.version));
}

/** DATA-CHANGELOG.md as the history gives it. */
export function renderChangelog(entries) {
  return `${HEADING}${entries.map((e) => renderSection(e.version, e.date, e)).join("\n")}`;
}

/** The history entry of a release: its changes.json, with the day. */
export function historyEntry(changes, { version, date }) {
  const { version: _bundleVersion, ...rest } = changes;
  return { version, date, ...rest };
}

function option(args, name) {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const history = option(args, "--history") ?? HISTORY_DIR;
  const changelog = option(args, "--changelog") ?? CHANGELOG;
  const changesFile = option(args, "--changes");
  const known = new Set(["--history", "--changelog", "--changes", "--date", "--version"]);
  const unknown = args.filter(
    (arg, i) =>
      arg.startsWith("-") && arg !== "--check" && !known.has(arg) && !known.has(args[i - 1]),
  );
  if (unknown.length > 0) {
    console.error(
      `data-changelog: unknown option ${unknown[0]}\nusage: node scripts/data-changelog.mjs [--changes <changes.json>] [--check]`,
    );
    process.exit(2);
  }
  try {
    if (changesFile !== undefined) {
      const changes = JSON.parse(readFileSync(changesFile, "utf8"));
      const version =
        option(args, "--version") ??
        JSON.parse(readFileSync(join(ROOT, "packages", "corpus", "package.json"), "utf8")).version;
      const previous = changes.since?.match(/^@leaks\/corpus@(.+)$/)?.[1];
      const refused = refusedBump(previous, version, changes);
      if (refused) {
        console.error(`data-changelog: ${refused}`);
        process.exit(1);
      }
      const date = option(args, "--date") ?? new Date().toISOString().slice(0, 10);
      mkdirSync(history, { recursive: true });
      const file = join(history, `${version}.json`);
      writeFileSync(file, `${JSON.stringify(historyEntry(changes, { version, date }), null, 2)}\n`);
      console.log(`wrote ${file}`);
    }
    const text = renderChangelog(readHistory(history));
    if (args.includes("--check")) {
      const current = existsSync(changelog) ? readFileSync(changelog, "utf8") : "";
      if (current !== text) {
        console.error(
          `data-changelog: ${changelog} is not what ${history} gives: run node scripts/data-changelog.mjs (and never edit the changelog by hand)`,
        );
        process.exit(1);
      }
      console.log(`${changelog} matches the history`);
    } else {
      writeFileSync(changelog, text);
      console.log(`wrote ${changelog}`);
    }
  } catch (error) {
    console.error(`data-changelog: ${error.message}`);
    process.exit(1);
  }
}
