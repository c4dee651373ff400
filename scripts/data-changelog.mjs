#!/usr/bin/env node
// Prepends to the data changelog the records added, changed and retracted, under the version
// of @leaks/corpus being released: from a release bundle's changes.json (the same comparison,
// with the previous release tag), or from `leaks diff` against a git ref.
// Refuses (exit 1) when records were removed, renamed or merged but the version is not a new
// major.
// Usage: node scripts/data-changelog.mjs --changes <changes.json> <changelog-file>
//        node scripts/data-changelog.mjs <since-ref> <changelog-file>
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** Markdown section for one release, from `leaks diff --format json` output. */
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const fromBundle = args[0] === "--changes";
  const [since, file] = fromBundle ? args.slice(1) : args;
  if (!since || !file) {
    console.error(
      "usage: node scripts/data-changelog.mjs (--changes <changes.json> | <since-ref>) <changelog-file>",
    );
    process.exit(2);
  }
  const diff = fromBundle
    ? JSON.parse(readFileSync(since, "utf8"))
    : JSON.parse(
        execFileSync("node", ["packages/corpus/bin/leaks.js", "diff", since, "--format", "json"], {
          encoding: "utf8",
        }),
      );
  const { version } = JSON.parse(readFileSync("packages/corpus/package.json", "utf8"));
  const previous = (fromBundle ? diff.since : since)?.match(/^@leaks\/corpus@(.+)$/)?.[1];
  const refused = refusedBump(previous, version, diff);
  if (refused) {
    console.error(`data-changelog: ${refused}`);
    process.exit(1);
  }
  const date = new Date().toISOString().slice(0, 10);
  const heading =
    "# Data changelog\n\nRecords added, changed and retracted in each release of `@leaks/corpus`.\n\n";
  const previousText = existsSync(file) ? readFileSync(file, "utf8").replace(heading, "") : "";
  writeFileSync(file, `${heading}${renderSection(version, date, diff)}\n${previousText}`);
  console.log(`wrote ${file}`);
}
