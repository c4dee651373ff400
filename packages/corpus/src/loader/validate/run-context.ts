import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ProblemLocator, placeAll } from "../check/locate-problems.js";
import type { CorpusProblem } from "../codes.js";
import type { Pending } from "../read/analyse-file.js";
import { decodeFile } from "../read/decode.js";
import type { RedirectsAnalysis } from "../read/redirects-file.js";

export interface RunContext {
  readonly dataDir: string;
  readonly archiveDir: string;
  readonly fileOf: (rel: string) => string;
  readonly today: string;
  readonly only: readonly string[] | undefined;
  readonly workers: number | undefined;
  readonly racyMs: number;
  /** The data folder's redirects file, read once at the start of the run. */
  readonly redirects: RedirectsAnalysis;
}

/** A file's text, read again to locate a problem found across files. */
export function textOf(dataDir: string, rel: string): string | undefined {
  try {
    const decoded = decodeFile(readFileSync(join(dataDir, rel)));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

/** Places, filters and sorts pending problems. */
export function report(
  pending: Iterable<Pending>,
  context: RunContext,
  locator: ProblemLocator,
): CorpusProblem[] {
  return placeAll(pending, context.fileOf, context.only, locator);
}

export interface ValidateResult {
  /** Sorted by file, line and column; problems outside any file come last. */
  readonly problems: readonly CorpusProblem[];
  /** How many record files were checked. */
  readonly records: number;
  /** Whether the last run's findings across files were reused. */
  readonly cached: boolean;
  /** How many record files were read and checked; the others' results came from the cache. */
  readonly filesRead: number;
  /** Why they were not, where there was a cache to reuse. */
  readonly recheckedBecause?: string;
}
