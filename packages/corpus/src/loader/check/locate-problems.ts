import { posix } from "node:path";
import type { CorpusProblem } from "../codes.js";
import type { Pending } from "../read/analyse-file.js";
import { FileLocator, type Position } from "../read/locate.js";

/** How the data folder's path is shown in `file`: the folder as given, joined with the path. */
export function fileShownAs(dir: string): (rel: string) => string {
  const shown = dir.replaceAll("\\", "/");
  return shown === "" || shown === "." ? (rel) => rel : (rel) => posix.join(shown, rel);
}

/** The paths of `only` in the form problems show files in. */
export function normaliseOnly(only: readonly string[] | undefined): string[] | undefined {
  return only?.map((path) => posix.normalize(path.replaceAll("\\", "/")).replace(/\/$/, ""));
}

/** Whether a problem in `file` (undefined: outside any file) is reported under `only`. */
export function isReported(file: string | undefined, only: readonly string[] | undefined): boolean {
  if (only === undefined) return true;
  if (file === undefined) return false;
  return only.some((path) => file === path || file.startsWith(`${path}/`) || path === ".");
}

/**
 * Locates pending problems in their files: a file's YAML is parsed for positions once, and
 * only when one of its problems needs it.
 */
export class ProblemLocator {
  readonly #locators = new Map<string, FileLocator | undefined>();
  readonly #textOf: (rel: string) => string | undefined;

  constructor(textOf: (rel: string) => string | undefined) {
    this.#textOf = textOf;
  }

  positionOf(pending: Pending): Position | undefined {
    const { rel, at, locate } = pending;
    if (at !== undefined || rel === undefined || locate === undefined) return at;
    let locator = this.#locators.get(rel);
    if (locator === undefined && !this.#locators.has(rel)) {
      const text = this.#textOf(rel);
      locator = text === undefined ? undefined : new FileLocator(text);
      this.#locators.set(rel, locator);
    }
    return locator?.locate(locate.path, { key: locate.key });
  }
}

/** A pending problem with its file and position filled in. */
export function placed(
  pending: Pending,
  file: string | undefined,
  position: Position | undefined,
): CorpusProblem {
  // A pending problem's code is a loader check's, a schema's or a corpus rule's.
  const problem = pending.problem as Omit<CorpusProblem, "file" | "line" | "column">;
  return file === undefined ? problem : { ...problem, file, ...(position ?? {}) };
}

/** Sorted by file, line and column, then code; problems outside any file come last. */
export function compareProblems(a: CorpusProblem, b: CorpusProblem): number {
  if (a.file !== b.file) {
    if (a.file === undefined) return 1;
    if (b.file === undefined) return -1;
    return a.file < b.file ? -1 : 1;
  }
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** Locates pending problems, keeps those `only` asks for, and sorts them. */
export function placeAll(
  pending: Iterable<Pending>,
  fileOf: (rel: string) => string,
  only: readonly string[] | undefined,
  locator: ProblemLocator,
): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  for (const p of pending) {
    const file = p.rel === undefined ? undefined : fileOf(p.rel);
    if (!isReported(file, only)) continue;
    problems.push(placed(p, file, locator.positionOf(p)));
  }
  return problems.sort(compareProblems);
}
