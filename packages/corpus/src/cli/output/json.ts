import { jsonText } from "./json-text.js";
import { tally, type ValidationReport } from "./report.js";

/**
 * `{ problems, summary }`: each problem as the `Problem` type of `@leaks/schema` describes it,
 * with the values of the data as they are (see `jsonText` for how they are written).
 */
export function formatJson(report: ValidationReport): string {
  const summary = { records: report.records, ...tally(report.problems) };
  return jsonText({ problems: report.problems, summary });
}
