import type { PathSegment, Problem, RecordKind } from "@leaks/schema";

/**
 * What a check looks at: the data tree's entries, a file's bytes, its text, its parsed YAML,
 * its record against where the file lies, or every record at once.
 */
export type CheckScope = "tree" | "file" | "text" | "yaml" | "record" | "corpus";

/** One check of the loader, in the shape of the schema's corpus rules: a code and its meaning. */
export interface LoaderCheck<C extends string = string> {
  /** Stable: tests, CI annotations and people's muscle memory depend on it. */
  readonly code: C;
  readonly scope: CheckScope;
  readonly description: string;
  /**
   * The case of test/fixtures/invalid/ that produces it; undefined where the file system
   * rather than the data causes it, and a test makes it (the check's file says how).
   */
  readonly fixture: string | undefined;
}

export function defineCheck<const C extends string>(check: LoaderCheck<C>): LoaderCheck<C> {
  return check;
}

/** A problem still to be given its file and position. */
export interface Pending {
  readonly problem: Omit<Problem<string>, "file" | "line" | "column">;
  /** Path of the file inside the data folder, if the problem is in a file. */
  readonly rel?: string;
  readonly at?: { readonly line: number; readonly column: number };
  /** Located by path in the file's YAML; `key` points at the key rather than its value. */
  readonly locate?: { readonly path: readonly PathSegment[]; readonly key: boolean };
}

/** A problem of a loader check (every loader problem is an error). */
export function problemOf(
  check: LoaderCheck,
  message: string,
  hint: string,
  path: readonly PathSegment[] = [],
  record?: { kind: RecordKind; id: string },
): Pending["problem"] {
  return {
    code: check.code,
    severity: "error",
    message,
    hint,
    path,
    ...(record === undefined ? {} : { recordKind: record.kind, recordId: record.id }),
  };
}
