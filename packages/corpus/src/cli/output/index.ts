import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import type { ValidationReport } from "./report.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";

export const OUTPUT_FORMATS = ["text", "json", "github", "sarif"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface FormatOptions {
  readonly color: boolean;
  /** The version of the tool, for SARIF. */
  readonly version: string;
}

export function formatReport(
  format: OutputFormat,
  report: ValidationReport,
  options: FormatOptions,
): string {
  switch (format) {
    case "text":
      return formatText(report, options);
    case "json":
      return formatJson(report);
    case "github":
      return formatGithub(report);
    case "sarif":
      return formatSarif(report, options);
  }
}

export { summaryLine, type Tally, tally, type ValidationReport } from "./report.js";
