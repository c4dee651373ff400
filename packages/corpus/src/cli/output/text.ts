import { formatLocation, formatPath, formatProblem, type Problem } from "@leaks/schema";
import { colors } from "../context.js";
import { summaryLine, type ValidationReport } from "./report.js";

/** The line of `formatProblem`, with colour: mark by severity, location bold, hint dim. */
function colouredLine(problem: Problem, c: ReturnType<typeof colors>): string {
  const mark = problem.severity === "error" ? c.red("✖") : c.yellow("⚠");
  const path = formatPath(problem.path);
  const where = [c.bold(formatLocation(problem)), path === "" ? "" : c.cyan(path)]
    .filter((part) => part !== "")
    .join(" ");
  const code = problem.severity === "error" ? c.red(problem.code) : c.yellow(problem.code);
  const hint = problem.hint === "" ? "" : c.dim(` → ${problem.hint}`);
  return `${mark} ${where} ${code}: ${problem.message}${hint}`;
}

/** One line per problem, then a summary line. */
export function formatText(report: ValidationReport, options: { color: boolean }): string {
  const c = colors(options.color);
  const lines = report.problems.map((problem) =>
    options.color ? colouredLine(problem, c) : formatProblem(problem),
  );
  const summary = summaryLine(report);
  lines.push(
    report.problems.some((p) => p.severity === "error") ? c.red(summary) : c.green(summary),
  );
  return `${lines.join("\n")}\n`;
}
