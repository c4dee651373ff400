import { RECORD_KINDS, type RecordKind } from "@leaks/schema";
import type { RecordDiff } from "./diff-records.js";

const HEADINGS: Record<RecordKind, string> = {
  incident: "Incidents",
  claim: "Claims",
  actor: "Actors",
  source: "Sources",
};

/** Inline code that no id or ref can break out of: ids of invalid records are free text. */
function code(text: string): string {
  return `\`${text.replace(/[`\r\n]/g, " ").replace(/\|/g, "\\|")}\``;
}

const row = (...cells: string[]) => `| ${cells.join(" | ")} |`.replace(/ {2}\|/g, " |");

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The diff as Markdown for a pull-request comment: a heading, counts, a table per kind. */
export function renderMarkdown(diff: RecordDiff, ref: string): string {
  const lines = [`## Records changed since ${code(ref)}`, ""];
  const { renamed } = diff;
  const total = diff.added.length + diff.removed.length + diff.changed.length + renamed.length;
  if (total === 0) {
    lines.push("No record was added, changed or removed.");
    return `${lines.join("\n")}\n`;
  }
  const renames = renamed.length === 0 ? "" : `, ${renamed.length} renamed or merged`;
  lines.push(
    `**${diff.added.length} added, ${diff.changed.length} changed${renames}, ${diff.removed.length} removed**`,
  );
  for (const kind of RECORD_KINDS) {
    const rows: string[] = [];
    for (const r of diff.added) if (r.kind === kind) rows.push(row(code(r.id), "added", ""));
    for (const r of diff.changed) {
      if (r.kind !== kind) continue;
      const change = r.retracted ? "changed (retracted or superseded)" : "changed";
      rows.push(row(code(r.id), change, r.fields.map((field) => code(field)).join(", ")));
    }
    for (const r of renamed) {
      if (r.kind !== kind) continue;
      const change =
        r.reason === "merged" ? `merged into ${code(r.to)}` : `renamed to ${code(r.to)}`;
      rows.push(row(code(r.from), change, r.fields.map((field) => code(field)).join(", ")));
    }
    for (const r of diff.removed) if (r.kind === kind) rows.push(row(code(r.id), "removed", ""));
    if (rows.length === 0) continue;
    lines.push(
      "",
      `### ${HEADINGS[kind]} (${plural(rows.length, "record")})`,
      "",
      "| Record | Change | Fields |",
      "| --- | --- | --- |",
      ...rows,
    );
  }
  return `${lines.join("\n")}\n`;
}
