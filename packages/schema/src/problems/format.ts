import { escapeForMessage } from "../primitives/unsafe-characters.js";
import { visibleText } from "./escape.js";
import type { PathSegment, Problem } from "./problem.js";

// Keys, values, file names and ids come from the data, which anyone may contribute to: each of
// these shows them through `visibleText`, so that a line cannot be recoloured, hidden, split or
// forged by what it quotes, whoever prints it.

/** `claims[2].sources[0]`-style path text, with the keys shown as `visibleText` shows them. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return visibleText(out);
}

/** Where a problem is: `file:line:column`, else the record id; shown as `visibleText` shows it. */
export function formatLocation(problem: Problem<string>): string {
  if (problem.file !== undefined) {
    const line = problem.line === undefined ? "" : `:${problem.line}`;
    const column =
      problem.line !== undefined && problem.column !== undefined ? `:${problem.column}` : "";
    return visibleText(`${problem.file}${line}${column}`);
  }
  // An id that fails its pattern may hold anything.
  return problem.recordId === undefined
    ? "(corpus)"
    : visibleText(`${problem.recordKind ?? "record"} ${escapeForMessage(problem.recordId)}`);
}

const MARK = { error: "✖", warning: "⚠" } as const;

/**
 * One line per problem, whatever its message, path or file holds (see `visibleText`):
 * `✖ data/incidents/x.yaml:14:9 claims[2].source unknown-reference: no source "a" (did you mean "b"?) → hint`
 */
export function formatProblem(problem: Problem<string>): string {
  const path = formatPath(problem.path);
  const where = [formatLocation(problem), path].filter((part) => part !== "").join(" ");
  const hint = problem.hint === "" ? "" : ` → ${problem.hint}`;
  return visibleText(
    `${MARK[problem.severity]} ${where} ${problem.code}: ${problem.message}${hint}`,
  );
}
