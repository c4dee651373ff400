import type { PathSegment, Problem } from "./problem.js";

/** `claims[2].sources[0]`-style path text. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

/** Where a problem is: `file:line:column`, else the record id. */
export function formatLocation(problem: Problem): string {
  if (problem.file !== undefined) {
    const line = problem.line === undefined ? "" : `:${problem.line}`;
    const column =
      problem.line !== undefined && problem.column !== undefined ? `:${problem.column}` : "";
    return `${problem.file}${line}${column}`;
  }
  return problem.recordId === undefined
    ? "(corpus)"
    : `${problem.recordKind ?? "record"} ${problem.recordId}`;
}

const MARK = { error: "✖", warning: "⚠" } as const;

/**
 * One line per problem:
 * `✖ data/incidents/x.yaml:14:9 claims[2].source unknown-reference: no source "a" (did you mean "b"?) → hint`
 */
export function formatProblem(problem: Problem): string {
  const path = formatPath(problem.path);
  const where = [formatLocation(problem), path].filter((part) => part !== "").join(" ");
  const hint = problem.hint === "" ? "" : ` → ${problem.hint}`;
  return `${MARK[problem.severity]} ${where} ${problem.code}: ${problem.message}${hint}`;
}
