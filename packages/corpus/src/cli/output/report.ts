import type { Problem } from "@leaks/schema";

/** What `leaks validate` found: the problems, and how much was checked. */
export interface ValidationReport {
  readonly problems: readonly Problem<string>[];
  /** Record files read. */
  readonly records: number;
}

export interface Tally {
  readonly errors: number;
  readonly warnings: number;
  /** Files with at least one problem. */
  readonly files: number;
}

export function tally(problems: readonly Problem<string>[]): Tally {
  let errors = 0;
  let warnings = 0;
  const files = new Set<string>();
  for (const problem of problems) {
    if (problem.severity === "error") errors++;
    else warnings++;
    if (problem.file !== undefined) files.add(problem.file);
  }
  return { errors, warnings, files: files.size };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `✖ 2 errors and 1 warning in 3 files (12 records checked)`, or `✔ 12 records, no problems`. */
export function summaryLine(report: ValidationReport): string {
  const { errors, warnings, files } = tally(report.problems);
  const checked = `${plural(report.records, "record")} checked`;
  if (errors === 0 && warnings === 0) return `✔ no problems (${checked})`;
  const counts = [
    errors > 0 ? plural(errors, "error") : "",
    warnings > 0 ? plural(warnings, "warning") : "",
  ]
    .filter(Boolean)
    .join(" and ");
  return `${errors > 0 ? "✖" : "⚠"} ${counts} in ${plural(files, "file")} (${checked})`;
}
