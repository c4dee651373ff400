import type { Problem, ProblemCode } from "@leaks/schema";
import { LOADER_CHECKS } from "./checks/index.js";

export { LOADER_CHECKS };

/**
 * Codes of the problems the loader finds in files (the schema and the corpus rules have their
 * own). Stable: tests, CI annotations and people's muscle memory depend on them.
 */
export const LOADER_PROBLEM_CODES = Object.fromEntries(
  LOADER_CHECKS.map((check) => [check.code, check.description]),
) as { readonly [C in LoaderProblemCode]: string };

export type LoaderProblemCode = (typeof LOADER_CHECKS)[number]["code"];

/** The code of a problem the loader reports: the schemas', the corpus rules' or its own. */
export type CorpusProblemCode = ProblemCode | LoaderProblemCode;

/** A problem as the loader and `leaks validate` report it, with its file and position. */
export type CorpusProblem = Problem<CorpusProblemCode>;

/** Limits that keep hostile input from exhausting memory or the stack. */
export const MAX_FILE_BYTES = 256 * 1024;
export const MAX_NESTING = 32;
/** Keys in one mapping: a record's widest mapping has about 25. */
export const MAX_KEYS = 200;
/** An archived snapshot is a document's text: a long report is a few hundred KiB. */
export const MAX_SNAPSHOT_BYTES = 16 * 1024 * 1024;

const BY_CODE = new Map<string, (typeof LOADER_CHECKS)[number]>(
  LOADER_CHECKS.map((check) => [check.code, check]),
);

/** The check of a code. */
export function checkOf(code: LoaderProblemCode): (typeof LOADER_CHECKS)[number] {
  return BY_CODE.get(code) as (typeof LOADER_CHECKS)[number];
}
