import { tally, type ValidationReport } from "./report.js";

/** `{ problems, summary }`: each problem as the `Problem` type of `@leaks/schema` describes it. */
export function formatJson(report: ValidationReport): string {
  const summary = { records: report.records, ...tally(report.problems) };
  return `${JSON.stringify({ problems: report.problems, summary }, null, 2)}\n`;
}
