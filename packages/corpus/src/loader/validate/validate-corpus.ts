import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import type { Worker } from "node:worker_threads";
import type { Problem } from "@leaks/schema";
import { CLAIMS_FOLDER } from "../../layout.js";
import { type CheckedRecord, CrossCheck, DEFAULT_RULES } from "../check/cross-checks.js";
import { fileShownAs, normaliseOnly, ProblemLocator, placeAll } from "../check/locate-problems.js";
import { assertDataFolder } from "../load-corpus.js";
import { analyseFile, type Pending } from "../read/analyse-file.js";
import {
  analyseFolder,
  analyseOnDisk,
  type FileResult,
  type FileStamp,
  ResultSink,
  runSnapshotTasks,
  type StampedOutcome,
  snapshotPath,
  stampOf,
} from "../read/analyse-on-disk.js";
import { decodeFile } from "../read/decode.js";
import { listFolder, listingSignature } from "../read/list-files.js";
import { LazyFields } from "./lazy-fields.js";
import {
  isRacy,
  sameStamp,
  stampAt,
  startStampCheck,
  startStatWorkers,
  stopStatWorkers,
} from "./stamps.js";
import { statInto } from "./stat-into.js";
import {
  CACHE_FORMAT,
  type CachedFile,
  type CachedFolder,
  type CacheState,
  cacheSize,
  FileTable,
  parseLine,
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

export interface ValidateResult {
  /** Sorted by file, line and column; problems outside any file come last. */
  readonly problems: readonly Problem[];
  /** How many record files were checked. */
  readonly records: number;
  /** Whether the last run's findings across files were reused. */
  readonly cached: boolean;
  /** Why they were not, where there was a cache to reuse. */
  readonly recheckedBecause?: string;
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
/** A quick run rewrites the cache only once this many files or folders differ from it. */
const REWRITE_AFTER = 200;

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface RunContext {
  readonly dataDir: string;
  readonly archiveDir: string;
  readonly fileOf: (rel: string) => string;
  readonly today: string;
  readonly only: readonly string[] | undefined;
  readonly workers: number | undefined;
  readonly racyMs: number;
}

/** A file's text, read again to locate a problem found across files. */
function textOf(dataDir: string, rel: string): string | undefined {
  try {
    const decoded = decodeFile(readFileSync(join(dataDir, rel)));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

/** Places, filters and sorts pending problems. */
function report(
  pending: Iterable<Pending>,
  context: RunContext,
  locator: ProblemLocator,
): Problem[] {
  return placeAll(pending, context.fileOf, context.only, locator);
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
  };
  const startedAt = Date.now();
  if (options.cache === false) return (await fullRun(context, startedAt, "")).result;
  // On a large corpus the stat threads of a cached run start while the cache is read.
  const statWorkers =
    (options.workers ?? 2) >= 2 && cacheSize(dataDir) >= PRESTART_FROM_BYTES
      ? startStatWorkers(2)
      : [];
  const tool = toolFingerprint(options.cacheVersion);
  const last = readCache(dataDir);
  const because =
    last === undefined
      ? undefined
      : last.tool !== tool
        ? "the checking code changed"
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
    const run = await fullRun(context, startedAt, tool);
    writeCache(dataDir, run.state);
    return { ...run.result, recheckedBecause: quick.because };
  }
  const run = await fullRun(context, startedAt, tool);
  writeCache(dataDir, run.state);
  return because === undefined ? run.result : { ...run.result, recheckedBecause: because };
}

/** Everything checked from the files up; also gives the state a later run can reuse. */
async function fullRun(
  context: RunContext,
  startedAt: number,
  tool: string,
): Promise<{ result: ValidateResult; state: CacheState }> {
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
  try {
    const gathered = new Gathered(dataDir);
    gathered.add(sink.results);
    if (pool === undefined) {
      for (const rel of flatFiles) gathered.add([analyseOnDisk(dataDir, rel)]);
      for (const folder of claimFolders) {
        const listed = analyseFolder(dataDir, folder.rel, folder.depth);
        folders.push([listed.rel, listed.signature, ...listed.stamp]);
        gathered.add(listed.files);
      }
    } else {
      // Each reply is taken in as it comes, so that what the workers send is let go early.
      await Promise.all([
        ...chunks(claimFolders, FOLDERS_PER_REQUEST).map(async (chunk) => {
          const reply = await pool.request({ type: "folders", dataDir, folders: chunk });
          for (const listed of reply.folders) {
            folders.push([listed.rel, listed.signature, ...listed.stamp]);
            gathered.add(listed.files);
          }
        }),
        ...chunks(flatFiles, FILES_PER_REQUEST).map(async (rels) => {
          const reply = await pool.request({ type: "files", dataDir, rels });
          gathered.add(reply.files);
        }),
      ]);
    }
    return await crossCheck(gathered.done(), folders, context, pool, startedAt, tool);
  } finally {
    await pool?.close();
  }
}

/** A record file as gathered: what the checks across files and the cache need of it. */
interface GatheredRecord extends CheckedRecord {
  readonly digest: string;
  readonly pending: readonly Pending[];
  /** Where its stamp is in `Gathered.stamps`. */
  readonly index: number;
}

const NO_PROBLEMS: readonly Pending[] = [];

/** The records and problems of checked files, gathered for the checks across files. */
class Gathered {
  readonly records: GatheredRecord[] = [];
  /** Four numbers a file: one flat array of doubles is far smaller than an array each. */
  readonly stamps: number[] = [];
  readonly entries: Pending[] = [];
  readonly lazy: LazyFields;
  readonly #strings = new Map<string, string>();

  constructor(dataDir: string) {
    this.lazy = new LazyFields((rel) => {
      try {
        const analysis = analyseFile(rel, readFileSync(join(dataDir, rel)));
        return analysis.type === "record" ? analysis.record : undefined;
      } catch {
        return undefined;
      }
    });
  }

  add(results: readonly FileResult[]): void {
    for (const result of results) {
      const { kind, id, record, rel } = result;
      if (kind === undefined || id === undefined) {
        this.entries.push(...result.pending);
        continue;
      }
      this.records.push({
        kind,
        id: this.#intern(id),
        rel,
        ...(record === undefined
          ? {}
          : { record: this.lazy.attach(kind, this.#internAll(record), rel) }),
        digest: result.digest ?? "",
        pending: result.pending.length === 0 ? NO_PROBLEMS : result.pending,
        index: this.stamps.length / 4,
      });
      this.stamps.push(...(result.stamp ?? [Number.NaN, Number.NaN, Number.NaN, Number.NaN]));
    }
  }

  /** Lets the table of shared strings go: the records keep the strings themselves. */
  done(): this {
    this.#strings.clear();
    return this;
  }

  #intern(text: string): string {
    const known = this.#strings.get(text);
    if (known !== undefined) return known;
    this.#strings.set(text, text);
    return text;
  }

  /**
   * Shares one copy of each short string (ids, enum values, dates) among all records: a
   * corpus names the same ids over and over, and each copy that crossed from a worker is
   * its own string. Less memory, and map lookups in the rules reuse each string's hash.
   */
  #internAll<T>(value: T): T {
    const stack: unknown[] = [value];
    while (stack.length > 0) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          const item: unknown = node[i];
          if (typeof item === "string") {
            if (item.length <= INTERNED_LENGTH) node[i] = this.#intern(item);
          } else if (item !== null && typeof item === "object") stack.push(item);
        }
      } else if (node !== null && typeof node === "object") {
        const object = node as Record<string, unknown>;
        for (const key in object) {
          const item = object[key];
          if (typeof item === "string") {
            if (item.length <= INTERNED_LENGTH) object[key] = this.#intern(item);
          } else if (item !== null && typeof item === "object") stack.push(item);
        }
      }
    }
    return value;
  }
}

/** Strings up to this long are shared: ids, enum values and dates, not free text. */
const INTERNED_LENGTH = 64;

async function crossCheck(
  gathered: Gathered,
  folders: readonly CachedFolder[],
  context: RunContext,
  pool: LoaderPool | undefined,
  startedAt: number,
  tool: string,
): Promise<{ result: ValidateResult; state: CacheState }> {
  const { dataDir, archiveDir } = context;
  const { records, entries, lazy } = gathered;
  const check = new CrossCheck(records);
  const { plan } = check;
  // Snapshots are read and searched in the workers while the rules run here.
  const stamped: Promise<StampedOutcome[]> =
    pool === undefined
      ? Promise.resolve([])
      : Promise.all(
          chunks(plan.tasks, SNAPSHOTS_PER_REQUEST).map((tasks) =>
            pool.request({ type: "snapshots", archiveDir, tasks }),
          ),
        ).then((replies) => replies.flatMap((reply) => reply.outcomes));
  const cross = check.rules(DEFAULT_RULES, { today: context.today });
  const lazyReads = lazy.reads > 0;
  const outcomes = pool === undefined ? runSnapshotTasks(archiveDir, plan.tasks) : await stamped;
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
    tool,
    dataDir: resolve(dataDir),
    today: context.today,
    startedAt,
    lazyReads,
    folders,
    snapshots: plan.tasks.map((task, i) => [task.snapshot, outcomes[i]?.stamp ?? null]),
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
  return { result: { problems, records: records.length, cached: false }, state };
}

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
 * still gives the rules the same record. Otherwise says why not, for a full run.
 */
async function quickRun(
  last: CacheState,
  context: RunContext,
  startedAt: number,
  statWorkers: readonly Worker[],
): Promise<{ result: ValidateResult; state?: CacheState } | { because: string }> {
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
  for (const part of changed)
    for (const [k, n] of part.changed.entries()) {
      const cached = parseLine(part.lines[k] as string);
      if (Number.isNaN(part.changedStamps[4 * k])) return { because: `${cached.rel} is gone` };
      const result = analyseOnDisk(dataDir, cached.rel);
      if (
        result.kind !== cached.kind ||
        result.id !== cached.id ||
        result.digest !== cached.digest ||
        result.stamp === undefined
      )
        return { because: `${cached.rel} changed in what the corpus rules see` };
      changes.set(n, { ...cached, stamp: result.stamp, pending: result.pending });
    }
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
  const result: ValidateResult = { problems, records: table.count, cached: true };
  // Files and folders that differ from the cache are checked again next time too: cheap
  // while they are few, and the cache is rewritten once they are many.
  if (changes.size < REWRITE_AFTER && relisted < REWRITE_AFTER) return { result };
  return {
    result,
    state: { ...last, startedAt, folders, files: table.with(changes), cross },
  };
}
