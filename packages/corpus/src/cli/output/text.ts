import {
  formatLocation,
  formatPath,
  formatProblem,
  type Problem,
  visibleText,
} from "@leaks/schema";
import { colors } from "../context.js";
import { summaryLine, type ValidationReport } from "./report.js";

/**
 * The line of `formatProblem`, with colour: mark by severity, location bold, hint dim. Every
 * piece is shown through `visibleText`, as `formatProblem` shows it, so that no escape sequence
 * of the data can undo the colours or the line.
 */
function colouredLine(problem: Problem<string>, c: ReturnType<typeof colors>): string {
  const mark = problem.severity === "error" ? c.red("✖") : c.yellow("⚠");
  const path = formatPath(problem.path);
  const where = [c.bold(formatLocation(problem)), path === "" ? "" : c.cyan(path)]
    .filter((part) => part !== "")
    .join(" ");
  const shownCode = visibleText(problem.code);
  const code = problem.severity === "error" ? c.red(shownCode) : c.yellow(shownCode);
  const hint = problem.hint === "" ? "" : c.dim(` → ${visibleText(problem.hint)}`);
  return `${mark} ${where} ${code}: ${visibleText(problem.message)}${hint}`;
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
