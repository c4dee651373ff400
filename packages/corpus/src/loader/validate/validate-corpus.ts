import { availableParallelism } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import { CLAIMS_FOLDER } from "../../layout.js";
import { fileShownAs, normaliseOnly } from "../check/locate-problems.js";
import type { SnapshotTask } from "../check/snapshots.js";
import { assertDataFolder } from "../load-corpus.js";
import {
  analyseFolder,
  analyseOnDisk,
  ResultSink,
  runSnapshotTasks,
  type StampedOutcome,
  stampOf,
} from "../read/analyse-on-disk.js";
import { listFolder } from "../read/list-files.js";
import { readRedirects } from "../read/redirects-file.js";
import { checkAcross } from "./check-across.js";
import { Gathered } from "./gathered.js";
import { quickRun } from "./quick-run.js";
import { deserialiseChunk, RecordCacheWriter, serialiseChunk } from "./record-cache.js";
import { rulesAgain } from "./rules-again.js";
import type { RunContext, ValidateResult } from "./run-context.js";

export type { ValidateResult } from "./run-context.js";

import { startStatWorkers, stopStatWorkers } from "./stamps.js";
import {
  type CachedFolder,
  type CacheState,
  cacheSize,
  prepareCacheFolder,
  RACY_MS,
  readCache,
  toolFingerprint,
  writeCache,
} from "./validate-cache.js";
import { LoaderPool } from "./worker-pool.js";
export interface ValidateCorpusOptions {
  /** Today, `YYYY-MM-DD`, for the rule against future dates; defaults to the current UTC date. */
  readonly today?: string;
  /** Report problems only in these files or folders (the whole corpus is still checked). */
  readonly only?: readonly string[];
  /**
   * Worker threads to check files in; 0 checks them in this thread. Defaults to the cores
   * available, at most 2 (more only add contention at the corpus sizes measured).
   */
  readonly workers?: number;
  /**
   * Reuse what the last run found where nothing it depends on changed (default true); the
   * cache lives beside the data folder (see validate-cache.ts).
   */
  readonly cache?: boolean;
  /** Mixed into the fingerprint of the checking code that the cache must match. */
  readonly cacheVersion?: string;
  /**
   * How recent a stamp may be and still be trusted to show every change (ms before the run
   * that took it); tests that edit files at once lower it.
   */
  readonly racyMs?: number;
}

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 3000;
const FILES_PER_REQUEST = 200;
const FOLDERS_PER_REQUEST = 10;
const SNAPSHOTS_PER_REQUEST = 200;
/**
 * A names file this large lists about 20,000 files or more: enough for the stat threads of a
 * cached run to be worth starting before the cache is read.
 */
const PRESTART_FROM_BYTES = 2_000_000;

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Checks a data folder as `loadCorpus` does, with the same problems, but keeps only what the
 * report needs: no parsed YAML, no texts, no free text the rules do not read. Files are read
 * and checked in worker threads while this thread gathers records for the corpus rules.
 * With the cache, a run after a change that the corpus rules cannot see (or no change)
 * checks only the files that changed.
 */
export async function validateCorpus(
  dataDir: string,
  options: ValidateCorpusOptions = {},
): Promise<ValidateResult> {
  await assertDataFolder(dataDir);
  const context: RunContext = {
    dataDir,
    archiveDir: resolve(dirname(resolve(dataDir)), "archive"),
    fileOf: fileShownAs(dataDir.split(sep).join("/")),
    today: options.today ?? todayUtc(),
    only: normaliseOnly(options.only),
    workers: options.workers,
    racyMs: options.racyMs ?? RACY_MS,
    redirects: readRedirects(dataDir),
  };
  const startedAt = Date.now();
  if (options.cache === false) return (await fullRun(context, startedAt, "")).result;
  // On a large corpus the stat threads of a cached run start while the cache is read.
  const statWorkers =
    (options.workers ?? 2) >= 2 && cacheSize(dataDir) >= PRESTART_FROM_BYTES
      ? startStatWorkers(2)
      : [];
  // The redirects file is read on every run (it is one small file): a change to it is a change
  // of what the rules check, so it is part of what the cache must match.
  const code = toolFingerprint(options.cacheVersion);
  const tool = `${code}\u0000redirects:${context.redirects.digest}`;
  const last = readCache(dataDir);
  const because =
    last === undefined
      ? undefined
      : last.tool !== tool
        ? last.tool.startsWith(`${code}\u0000`)
          ? "the redirects changed"
          : "the checking code changed"
        : last.dataDir !== resolve(dataDir)
          ? "the data folder moved"
          : last.today !== context.today
            ? "today is another day"
            : last.lazyReads
              ? "a corpus rule reads free text"
              : undefined;
  if (last === undefined || because !== undefined) stopStatWorkers(statWorkers);
  if (last !== undefined && because === undefined) {
    const quick = await quickRun(last, context, startedAt, statWorkers);
    if ("result" in quick) {
      if (quick.state !== undefined) writeCache(dataDir, quick.state);
      return quick.result;
    }
    const again =
      "again" in quick
        ? await rulesAgain(last, context, startedAt, quick.again, quick.folders)
        : quick;
    if ("result" in again) {
      writeCache(dataDir, again.state);
      return again.result;
    }
    const run = await fullRun(context, startedAt, tool);
    writeCache(dataDir, run.state, run.records);
    return { ...run.result, recheckedBecause: again.because };
  }
  const run = await fullRun(context, startedAt, tool);
  writeCache(dataDir, run.state, run.records);
  return because === undefined ? run.result : { ...run.result, recheckedBecause: because };
}

/** Everything checked from the files up; also gives the state a later run can reuse. */
async function fullRun(
  context: RunContext,
  startedAt: number,
  tool: string,
): Promise<{ result: ValidateResult; state: CacheState; records?: RecordCacheWriter }> {
  const { dataDir } = context;
  // The top of the tree is listed here; claim folders and flat folders' files are shared out.
  const sink = new ResultSink();
  const folders: CachedFolder[] = [];
  const flatFiles: string[] = [];
  const claimFolders: { rel: string; depth: number }[] = [];
  const rootStamp = stampOf(dataDir);
  const root = listFolder(dataDir, "", 0, sink);
  folders.push(["", root.signature, ...rootStamp]);
  for (const top of root.folders) {
    const stamp = stampOf(join(dataDir, top.rel));
    const listing = listFolder(dataDir, top.rel, top.depth, sink);
    folders.push([top.rel, listing.signature, ...stamp]);
    flatFiles.push(...listing.files);
    if (top.rel === CLAIMS_FOLDER) claimFolders.push(...listing.folders);
  }
  const size =
    context.workers ??
    (flatFiles.length + claimFolders.length * 10 < WORKER_THRESHOLD
      ? 0
      : Math.min(2, availableParallelism()));
  const pool = LoaderPool.create(size);
  // Without a cache (no tool fingerprint) there is no record cache to write either.
  const records = tool === "" ? undefined : recordCacheWriter(dataDir);
  try {
    const gathered = new Gathered(dataDir);
    gathered.add(sink.results);
    // Each chunk is taken in as it comes, so that what the workers send is let go early.
    const takeIn = (bytes: Uint8Array) => {
      records?.add(bytes);
      const chunk = deserialiseChunk(bytes);
      if ("files" in chunk) gathered.add(chunk.files);
      else
        for (const listed of chunk.folders) {
          folders.push([listed.rel, listed.signature, ...listed.stamp]);
          gathered.add(listed.files);
        }
    };
    if (pool === undefined) {
      for (const rels of chunks(flatFiles, FILES_PER_REQUEST))
        takeIn(serialiseChunk({ files: rels.map((rel) => analyseOnDisk(dataDir, rel)) }));
      for (const part of chunks(claimFolders, FOLDERS_PER_REQUEST))
        takeIn(
          serialiseChunk({
            folders: part.map((folder) => analyseFolder(dataDir, folder.rel, folder.depth)),
          }),
        );
    } else {
      await Promise.all([
        ...chunks(claimFolders, FOLDERS_PER_REQUEST).map(async (chunk) => {
          takeIn((await pool.request({ type: "folders", dataDir, folders: chunk })).chunk);
        }),
        ...chunks(flatFiles, FILES_PER_REQUEST).map(async (rels) => {
          takeIn((await pool.request({ type: "files", dataDir, rels })).chunk);
        }),
      ]);
    }
    const snapshotsOf = (tasks: readonly SnapshotTask[]): Promise<StampedOutcome[]> =>
      pool === undefined
        ? Promise.resolve(runSnapshotTasks(context.archiveDir, tasks))
        : Promise.all(
            chunks(tasks, SNAPSHOTS_PER_REQUEST).map((part) =>
              pool.request({ type: "snapshots", archiveDir: context.archiveDir, tasks: part }),
            ),
          ).then((replies) => replies.flatMap((reply) => reply.outcomes));
    const recordBytes = records?.close() ?? 0;
    const run = await checkAcross(gathered.done(), {
      entries: [...gathered.entries, ...context.redirects.pending],
      folders,
      context,
      snapshotsOf,
      startedAt,
      tool,
      recordBytes,
    });
    return records === undefined ? run : { ...run, records };
  } catch (error) {
    records?.abandon();
    throw error;
  } finally {
    await pool?.close();
  }
}

function recordCacheWriter(dataDir: string): RecordCacheWriter | undefined {
  try {
    return new RecordCacheWriter(prepareCacheFolder(dataDir));
  } catch {
    return undefined;
  }
}
