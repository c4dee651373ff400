import { escapeForMessage } from "../primitives/unsafe-characters.js";
import type { PathSegment, Problem } from "./problem.js";

/**
 * `claims[2].sources[0]`-style path text. A key is shown with any control or invisible
 * character in it as a `\uXXXX` escape: an unknown key is whatever a file holds.
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else {
      const key = escapeForMessage(segment);
      out += out === "" ? key : `.${key}`;
    }
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
  // An id that fails its pattern may hold anything.
  return problem.recordId === undefined
    ? "(corpus)"
    : `${problem.recordKind ?? "record"} ${escapeForMessage(problem.recordId)}`;
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
