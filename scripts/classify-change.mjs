#!/usr/bin/env node
// Says what kind of change a branch makes against a base ref: data-only, schema, site or tooling.
// Usage: node scripts/classify-change.mjs <base-ref> [--json]
import { execFileSync } from "node:child_process";

export const AREAS = [
  { area: "data", label: "data-only", test: (f) => /^packages\/corpus\/(data|archive)\//.test(f) },
  { area: "schema", label: "schema", test: (f) => f.startsWith("packages/schema/") },
  { area: "site", label: "site", test: (f) => f.startsWith("apps/dossier/") },
  { area: "corpus-code", label: "corpus code", test: (f) => f.startsWith("packages/corpus/") },
];

/** Groups changed files by area; anything else is "tooling". */
export function classify(files) {
  const areas = new Map();
  for (const file of files) {
    // A changeset goes with any kind of change: it does not say what kind.
    if (file.startsWith(".changeset/")) continue;
    const match = AREAS.find((a) => a.test(file));
    const key = match ? match.label : "tooling";
    areas.set(key, [...(areas.get(key) ?? []), file]);
  }
  const labels = [...areas.keys()];
  const kind =
    labels.length === 0
      ? "empty"
      : labels.length === 1 && labels[0] === "data-only"
        ? "data-only"
        : labels.filter((l) => l !== "data-only").join(" + ");
  return { kind, areas: Object.fromEntries(areas) };
}

function changedFiles(base) {
  const out = execFileSync("git", ["diff", "--name-only", `${base}...HEAD`], { encoding: "utf8" });
  return out.split("\n").filter(Boolean);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [base, flag] = process.argv.slice(2);
  if (!base) {
    console.error("usage: node scripts/classify-change.mjs <base-ref> [--json]");
    process.exit(2);
  }
  let files;
  try {
    files = changedFiles(base);
  } catch (error) {
    console.error(`classify-change: cannot diff against "${base}": ${error.message}`);
    process.exit(2);
  }
  const result = classify(files);
  if (flag === "--json") {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`### Kind of change: **${result.kind}**\n`);
    for (const [label, list] of Object.entries(result.areas)) {
      console.log(`- ${label}: ${list.length} file${list.length === 1 ? "" : "s"}`);
    }
  }
}
