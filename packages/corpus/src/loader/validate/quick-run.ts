import type { Worker } from "node:worker_threads";
import { ProblemLocator } from "../check/locate-problems.js";
import {
  analyseOnDisk,
  type FileResult,
  type FileStamp,
  snapshotPath,
} from "../read/analyse-on-disk.js";
import { listingSignature } from "../read/list-files.js";
import { type RunContext, report, textOf, type ValidateResult } from "./run-context.js";
import { isRacy, sameStamp, stampAt, startStampCheck, stopStatWorkers } from "./stamps.js";
import { statInto } from "./stat-into.js";
import {
  type CachedFile,
  type CachedFolder,
  type CacheState,
  parseLine,
} from "./validate-cache.js";

/** A quick run rewrites the cache only once this many files or folders differ from it. */
const REWRITE_AFTER = 200;

/**
 * Whether the folders still hold the same entries and the snapshots are unchanged since the
 * last run; the folders' stamps now, and how many had to be listed again.
 */
function checkFoldersAndSnapshots(
  last: CacheState,
  context: RunContext,
  racy: (stamp: FileStamp | null) => boolean,
): { folders: CachedFolder[]; relisted: number } | { because: string } {
  const { dataDir, archiveDir } = context;
  const snapshotPaths = last.snapshots.map(([snapshot]) => snapshotPath(archiveDir, snapshot));
  const others = statInto(dataDir, [
    ...last.folders.map(([rel]) => rel),
    ...snapshotPaths.map((path) => path ?? ""),
  ]);
  let i = 0;
  const folders = [...last.folders];
  let relisted = 0;
  for (const [n, [rel, signature, ...stamp]] of last.folders.entries()) {
    const now = stampAt(others, i++);
    if (sameStamp(stamp, now) && !racy(stamp)) continue;
    // A folder also changes when a file in it is saved by renaming a new copy over it:
    // what matters is whether the same entries are there.
    let listed: string;
    try {
      listed = listingSignature(dataDir, rel);
    } catch {
      return { because: `${rel || "the data folder"} cannot be listed` };
    }
    if (listed !== signature) return { because: `entries of ${rel || "the data folder"} changed` };
    folders[n] = [rel, signature, ...now];
    relisted++;
  }
  for (const [n, [, stamp]] of last.snapshots.entries()) {
    const now = stampAt(others, i++);
    const path = snapshotPaths[n];
    const present = path !== undefined && !Number.isNaN(now[0]) ? now : null;
    if (!sameStamp(stamp, present) || racy(stamp))
      return { because: `snapshot ${last.snapshots[n]?.[0]} changed` };
  }
  return { folders, relisted };
}

/**
 * Reuses the last run's findings when the corpus rules cannot tell the difference: no entry
 * added, removed or renamed, no snapshot or checking code changed, and every changed file
 * still gives the rules the same record. Where a changed file gives them another, gives the
 * changed files' results for the rules to run again (rules-again.ts); otherwise says why
 * not, for a full run.
 */
export async function quickRun(
  last: CacheState,
  context: RunContext,
  startedAt: number,
  statWorkers: readonly Worker[],
): Promise<
  | { result: ValidateResult; state?: CacheState }
  | { because: string }
  | { again: FileResult[]; folders: CachedFolder[] }
> {
  // An unreadable file may have become readable without its folder changing.
  if (last.entries.some((p) => p.problem.code === "unreadable-file")) {
    stopStatWorkers(statWorkers);
    return { because: "a file could not be read" };
  }
  const { dataDir, racyMs } = context;
  const racy = (stamp: FileStamp | null) => isRacy(stamp, last.startedAt, racyMs);
  const table = last.files;
  // The record files are checked in other threads while this one checks folders and snapshots.
  const files = startStampCheck(
    dataDir,
    table,
    last.startedAt,
    racyMs,
    context.workers ?? 2,
    context.workers !== undefined,
    statWorkers,
  );
  const early = checkFoldersAndSnapshots(last, context, racy);
  if ("because" in early) {
    files.cancel();
    return early;
  }
  const { folders, relisted } = early;
  const changed = await files.done;
  const changes = new Map<number, CachedFile>();
  const read: FileResult[] = [];
  let ruleVisible = false;
  for (const part of changed)
    for (const [k, n] of part.changed.entries()) {
      const cached = parseLine(part.lines[k] as string);
      if (Number.isNaN(part.changedStamps[4 * k])) return { because: `${cached.rel} is gone` };
      const result = analyseOnDisk(dataDir, cached.rel);
      if (result.kind !== cached.kind || result.stamp === undefined)
        return { because: `${cached.rel} can no longer be read as a record file` };
      read.push(result);
      if (result.id !== cached.id || result.digest !== cached.digest) ruleVisible = true;
      changes.set(n, { ...cached, stamp: result.stamp, pending: result.pending });
    }
  // The rules must run again, over the other files' records from the record cache.
  if (ruleVisible) return { again: read, folders };
  const fresh = new Set([...changes.values()].map((f) => f.rel));
  const locator = new ProblemLocator((rel) => textOf(dataDir, rel));
  // Findings across files stand; in a changed file they are located again.
  const cross = last.cross.map((p) => {
    if (p.rel === undefined || !fresh.has(p.rel) || p.locate === undefined) return p;
    const { at: _at, ...unlocated } = p;
    const at = locator.positionOf(unlocated);
    return at === undefined ? unlocated : { ...unlocated, at };
  });
  const perFile = [...table.problems]
    .filter(([n]) => !changes.has(n))
    .flatMap(([, pending]) => pending);
  for (const change of changes.values()) perFile.push(...change.pending);
  const problems = report([...last.entries, ...perFile, ...cross], context, locator);
  const result: ValidateResult = {
    problems,
    records: table.count,
    cached: true,
    filesRead: changes.size,
  };
  // Files and folders that differ from the cache are checked again next time too: cheap
  // while they are few, and the cache is rewritten once they are many.
  if (changes.size < REWRITE_AFTER && relisted < REWRITE_AFTER) return { result };
  return {
    result,
    state: { ...last, startedAt, folders, files: table.with(changes), cross },
  };
}
