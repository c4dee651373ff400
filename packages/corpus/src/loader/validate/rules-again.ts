import type { SnapshotTask } from "../check/snapshots.js";
import { type FileResult, runSnapshotTasks, type StampedOutcome } from "../read/analyse-on-disk.js";
import { checkAcross, snapshotTaskKey } from "./check-across.js";
import { Gathered } from "./gathered.js";
import { appendChunk, readRecordCache, serialiseChunk } from "./record-cache.js";
import type { RunContext, ValidateResult } from "./run-context.js";
import { type CachedFolder, type CacheState, cacheFiles } from "./validate-cache.js";

/**
 * After an edit the corpus rules can see, with the same files in the same folders: the other
 * files' results come from the record cache, the changed ones (`changed`, just read) replace
 * theirs, and the checks across files run again over all of them. Snapshot checks whose
 * snapshot and quotes are unchanged keep their outcome. Says why not where the record cache
 * cannot serve.
 */
export async function rulesAgain(
  last: CacheState,
  context: RunContext,
  startedAt: number,
  changed: readonly FileResult[],
  folders: readonly CachedFolder[],
): Promise<{ result: ValidateResult; state: CacheState } | { because: string }> {
  const path = cacheFiles(context.dataDir).records;
  const results = last.recordBytes > 0 ? readRecordCache(path, last.recordBytes) : undefined;
  if (results === undefined) return { because: "the record cache cannot be read" };
  for (const result of changed) results.set(result.rel, result);
  if (results.size !== last.files.count)
    return { because: "the record cache does not hold every record file" };
  const gathered = new Gathered(context.dataDir);
  gathered.add([...results.values()]);
  results.clear();

  const known = new Map(last.outcomes);
  const stamps = new Map(last.snapshots);
  const snapshotsOf = async (tasks: readonly SnapshotTask[]): Promise<StampedOutcome[]> => {
    const out: StampedOutcome[] = [];
    const again: number[] = [];
    for (const [i, task] of tasks.entries()) {
      const outcome = known.get(snapshotTaskKey(task));
      const stamp = stamps.get(task.snapshot);
      // The quick run found every snapshot of the last run unchanged.
      if (outcome !== undefined && stamp !== undefined) out[i] = { outcome, stamp };
      else again.push(i);
    }
    const ran = runSnapshotTasks(
      context.archiveDir,
      again.map((i) => tasks[i] as SnapshotTask),
    );
    for (const [k, i] of again.entries()) out[i] = ran[k] as StampedOutcome;
    return out;
  };
  // The changed files' results go at the end of the record cache, where they replace the old.
  const recordBytes = appendChunk(path, serialiseChunk({ files: changed }), last.recordBytes) ?? 0;
  return await checkAcross(gathered.done(), {
    entries: last.entries,
    folders,
    context,
    snapshotsOf,
    startedAt,
    tool: last.tool,
    recordBytes,
    filesRead: changed.length,
  });
}
