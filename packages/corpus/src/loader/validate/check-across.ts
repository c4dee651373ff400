import { hash } from "node:crypto";
import { resolve } from "node:path";
import { CrossCheck, DEFAULT_RULES } from "../check/cross-checks.js";
import { ProblemLocator } from "../check/locate-problems.js";
import type { SnapshotTask } from "../check/snapshots.js";
import type { Pending } from "../read/analyse-file.js";
import type { FileStamp, StampedOutcome } from "../read/analyse-on-disk.js";
import type { Gathered } from "./gathered.js";
import { type RunContext, report, textOf, type ValidateResult } from "./run-context.js";
import { CACHE_FORMAT, type CachedFolder, type CacheState, FileTable } from "./validate-cache.js";

/** What the checks across files of a run need besides the records. */
export interface AcrossInput {
  /** Problems of entries that are not record files. */
  readonly entries: readonly Pending[];
  readonly folders: readonly CachedFolder[];
  readonly context: RunContext;
  /** Runs snapshot checks, in workers or here, or takes their outcomes from the cache. */
  readonly snapshotsOf: (tasks: readonly SnapshotTask[]) => Promise<StampedOutcome[]>;
  readonly startedAt: number;
  readonly tool: string;
  /** The size of the record cache written for this state; 0: none. */
  readonly recordBytes: number;
  /** How many record files were read (the others' results came from the cache); default all. */
  readonly filesRead?: number;
}

/** What a snapshot check's outcome depends on besides the file: the file's name, its hash, the quotes. */
export function snapshotTaskKey(task: SnapshotTask): string {
  return hash(
    "sha1",
    `${task.snapshot}\u0000${task.sha256 ?? ""}\u0000${task.quotes.join("\u0000")}`,
    "base64",
  );
}

/**
 * Runs the checks across files over gathered records (snapshots in the workers while the
 * rules run here), places every problem, and gives the state a later run can reuse.
 */
export async function checkAcross(
  gathered: Gathered,
  input: AcrossInput,
): Promise<{ result: ValidateResult; state: CacheState }> {
  const { context, entries } = input;
  const { dataDir } = context;
  const { records, lazy } = gathered;
  const check = new CrossCheck(records, context.redirects.redirects);
  const { plan } = check;
  const stamped = input.snapshotsOf(plan.tasks);
  const cross = check.rules(DEFAULT_RULES, { today: context.today });
  const lazyReads = lazy.reads > 0;
  const outcomes = await stamped;
  cross.push(...check.snapshots(outcomes.map((o) => o.outcome)));

  const locator = new ProblemLocator((rel) => textOf(dataDir, rel));
  // Cross-file problems keep their position, and what it was found from for later runs.
  const located = cross.map((p) => {
    const at = locator.positionOf(p);
    return at === undefined ? p : { ...p, at };
  });
  const problems = report(
    [...entries, ...records.flatMap((r) => r.pending), ...located],
    context,
    locator,
  );
  const state: CacheState = {
    format: CACHE_FORMAT,
    tool: input.tool,
    dataDir: resolve(dataDir),
    today: context.today,
    startedAt: input.startedAt,
    lazyReads,
    folders: input.folders,
    snapshots: plan.tasks.map((task, i) => [task.snapshot, outcomes[i]?.stamp ?? null]),
    outcomes: plan.tasks.flatMap((task, i) => {
      const outcome = outcomes[i]?.outcome;
      return outcome === undefined ? [] : [[snapshotTaskKey(task), outcome] as const];
    }),
    recordBytes: input.recordBytes,
    entries,
    cross: located,
    files: FileTable.of(
      records.map((r) => ({
        rel: r.rel,
        kind: r.kind,
        id: r.id,
        digest: r.digest,
        pending: r.pending,
        stamp: gathered.stamps.slice(4 * r.index, 4 * r.index + 4) as unknown as FileStamp,
      })),
    ),
  };
  return {
    result: {
      problems,
      records: records.length,
      cached: false,
      filesRead: input.filesRead ?? records.length,
    },
    state,
  };
}
