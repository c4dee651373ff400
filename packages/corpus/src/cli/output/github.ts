import { formatPath, type Problem } from "@leaks/schema";
import { summaryLine, type ValidationReport } from "./report.js";

// Workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (text: string) =>
  text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (text: string) =>
  escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

function annotation(problem: Problem): string {
  const properties: string[] = [];
  if (problem.file !== undefined) properties.push(`file=${escapeProperty(problem.file)}`);
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  if (problem.column !== undefined) properties.push(`col=${problem.column}`);
  properties.push(`title=${escapeProperty(problem.code)}`);
  const path = formatPath(problem.path);
  const message = `${path === "" ? "" : `${path}: `}${problem.message}${problem.hint === "" ? "" : ` → ${problem.hint}`}`;
  return `::${problem.severity} ${properties.join(",")}::${escapeData(message)}`;
}

/** GitHub Actions annotations, one per problem, then the summary as a plain log line. */
export function formatGithub(report: ValidationReport): string {
  return `${[...report.problems.map(annotation), summaryLine(report)].join("\n")}\n`;
}
