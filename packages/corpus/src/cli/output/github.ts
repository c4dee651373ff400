import { formatPath, type Problem, visibleText } from "@leaks/schema";
import { summaryLine, type ValidationReport } from "./report.js";

// Workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
// The message and the properties are shown through `visibleText` first, so that no line break,
// escape sequence or `##[` of the data reaches the log: the runner would end the command there
// and read the rest as a command of its own. What is left to encode is `%`, and in properties
// the `:` and `,` that end them.
const escapeData = (text: string) => visibleText(text).replaceAll("%", "%25");
const escapeProperty = (text: string) =>
  escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

function annotation(problem: Problem<string>): string {
  const properties: string[] = [];
  if (problem.file !== undefined) properties.push(`file=${escapeProperty(problem.file)}`);
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  if (problem.column !== undefined) properties.push(`col=${problem.column}`);
  properties.push(`title=${escapeProperty(problem.code)}`);
  const path = formatPath(problem.path);
  const message = `${path === "" ? "" : `${path}: `}${problem.message}${problem.hint === "" ? "" : ` → ${problem.hint}`}`;
  return `::${problem.severity} ${properties.join(",")}::${escapeData(message)}`;
}

/** GitHub Actions annotations, one line per problem, then the summary as a plain log line. */
export function formatGithub(report: ValidationReport): string {
  return `${[...report.problems.map(annotation), summaryLine(report)].join("\n")}\n`;
}
