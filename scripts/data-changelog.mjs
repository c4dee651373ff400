#!/usr/bin/env node
// Prepends to the data changelog the records added, changed and retracted since a git ref,
// under the version of @leaks/corpus being released.
// Usage: node scripts/data-changelog.mjs <since-ref> <changelog-file>
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
  block("Removed", diff.removed, line);
  if (parts.length === 2) parts.push("No record changed.", "");
  return parts.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [since, file] = process.argv.slice(2);
  if (!since || !file) {
    console.error("usage: node scripts/data-changelog.mjs <since-ref> <changelog-file>");
    process.exit(2);
  }
  const out = execFileSync(
    "node",
    ["packages/corpus/bin/leaks.js", "diff", since, "--format", "json"],
    {
      encoding: "utf8",
    },
  );
  const diff = JSON.parse(out);
  const { version } = JSON.parse(readFileSync("packages/corpus/package.json", "utf8"));
  const date = new Date().toISOString().slice(0, 10);
  const heading =
    "# Data changelog\n\nRecords added, changed and retracted in each release of `@leaks/corpus`.\n\n";
  const previous = existsSync(file) ? readFileSync(file, "utf8").replace(heading, "") : "";
  writeFileSync(file, `${heading}${renderSection(version, date, diff)}\n${previous}`);
  console.log(`wrote ${file}`);
}
