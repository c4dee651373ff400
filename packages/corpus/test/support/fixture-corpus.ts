import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Problem } from "@leaks/schema";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
export const VALID = join(FIXTURES, "valid");
export const INVALID = join(FIXTURES, "invalid");
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * A corpus on disk for one case: the valid fixture corpus with the case's files laid over it
 * (each invalid case holds only the files that break it). Returns the folder holding data/
 * and archive/; `cleanup` removes it.
 */
export function fixtureCorpus(invalidCase?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), "leaks-fixture-"));
  cpSync(VALID, root, { recursive: true });
  if (invalidCase !== undefined) cpSync(join(INVALID, invalidCase), root, { recursive: true });
  rmSync(join(root, "expected.txt"), { force: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** `data/actors/x.yaml:3:1 code`, with the file relative to `root`: how expectations are written. */
export function problemLine(problem: Problem, root: string): string {
  const file =
    problem.file === undefined ? "(corpus)" : relative(root, problem.file).split("\\").join("/");
  const suffix = problem.file?.endsWith("/") ? "/" : "";
  const at = problem.line === undefined ? "" : `:${problem.line}:${problem.column}`;
  return `${file}${suffix}${at} ${problem.code}`;
}
