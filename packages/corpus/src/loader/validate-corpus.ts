import { readFileSync } from "node:fs";
import { lstat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import type { Problem } from "@leaks/schema";
import type { Pending } from "./analyse-file.js";
import {
  analyseFolder,
  analyseOnDisk,
  type FileResult,
  ResultSink,
  runSnapshotTasks,
} from "./analyse-on-disk.js";
import {
  type CheckedRecord,
  checkRules,
  compareRel,
  confusablePending,
  corpusOf,
  DEFAULT_RULES,
  FileOfRecord,
  rulePending,
  snapshotPending,
} from "./cross-checks.js";
import { decodeFile } from "./decode.js";
import { CLAIMS_FOLDER } from "./layout.js";
import { listFolder } from "./list-files.js";
import { CorpusReadError } from "./load-corpus.js";
import {
  compareProblems,
  fileShownAs,
  isReported,
  normaliseOnly,
  ProblemLocator,
  placed,
} from "./locate-problems.js";
import { planSnapshotChecks, type SnapshotOutcome, snapshotFindings } from "./snapshots.js";
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
}

export interface ValidateResult {
  /** Sorted by file, line and column; problems outside any file come last. */
  readonly problems: readonly Problem[];
  /** How many record files were checked. */
  readonly records: number;
}

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 3000;
const FILES_PER_REQUEST = 500;
const FOLDERS_PER_REQUEST = 25;
const SNAPSHOTS_PER_REQUEST = 200;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Checks a data folder as `loadCorpus` does, with the same problems, but keeps only what the
 * report needs: no parsed YAML, no texts. Files are read and checked in worker threads, a
 * folder or a batch of files at a time, while this thread gathers the records for the rules.
 */
export async function validateCorpus(
  dataDir: string,
  options: ValidateCorpusOptions = {},
): Promise<ValidateResult> {
  try {
    const stat = await lstat(dataDir);
    if (!stat.isDirectory()) throw new Error("not a folder");
  } catch (error) {
    throw new CorpusReadError(
      `cannot read the data folder ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const fileOf = fileShownAs(dataDir.split(sep).join("/"));
  const archiveDir = resolve(dirname(resolve(dataDir)), "archive");

  // The top of the tree is listed here; claim folders and flat folders' files are shared out.
  const sink = new ResultSink();
  const flatFiles: string[] = [];
  const claimFolders: { rel: string; depth: number }[] = [];
  for (const top of listFolder(dataDir, "", 0, sink).folders) {
    const listing = listFolder(dataDir, top.rel, top.depth, sink);
    flatFiles.push(...listing.files);
    if (top.rel === CLAIMS_FOLDER) claimFolders.push(...listing.folders);
  }
  const size =
    options.workers ??
    (flatFiles.length + claimFolders.length * 10 < WORKER_THRESHOLD
      ? 0
      : Math.min(2, availableParallelism()));
  const pool = LoaderPool.create(size);
  try {
    const results: FileResult[] = [...sink.results];
    if (pool === undefined) {
      for (const rel of flatFiles) results.push(analyseOnDisk(dataDir, rel));
      for (const folder of claimFolders)
        results.push(...analyseFolder(dataDir, folder.rel, folder.depth).files);
    } else {
      const replies = await Promise.all([
        ...chunks(claimFolders, FOLDERS_PER_REQUEST).map((folders) =>
          pool.request({ type: "folders", dataDir, folders }),
        ),
        ...chunks(flatFiles, FILES_PER_REQUEST).map((rels) =>
          pool.request({ type: "files", dataDir, rels }),
        ),
      ]);
      for (const reply of replies)
        if (reply.type === "files") results.push(...reply.files);
        else for (const folder of reply.folders) results.push(...folder.files);
    }
    return await crossCheck(results, {
      dataDir,
      archiveDir,
      fileOf,
      today: options.today ?? today(),
      only: normaliseOnly(options.only),
      pool,
    });
  } finally {
    await pool?.close();
  }
}

interface CrossCheckContext {
  readonly dataDir: string;
  readonly archiveDir: string;
  readonly fileOf: (rel: string) => string;
  readonly today: string;
  readonly only: readonly string[] | undefined;
  readonly pool: LoaderPool | undefined;
}

async function crossCheck(
  results: readonly FileResult[],
  context: CrossCheckContext,
): Promise<ValidateResult> {
  const records: CheckedRecord[] = [];
  const pending: Pending[] = [];
  for (const result of results) {
    pending.push(...result.pending);
    if (result.kind !== undefined && result.id !== undefined)
      records.push({
        kind: result.kind,
        id: result.id,
        rel: result.rel,
        ...(result.record === undefined ? {} : { record: result.record }),
      });
  }
  records.sort(compareRel);
  pending.push(...confusablePending(records));
  const corpus = corpusOf(records);
  const files = new FileOfRecord(records);

  // Snapshots are read and searched in the workers while the rules run here.
  const plan = planSnapshotChecks(corpus.claims, corpus.sources);
  const { pool, archiveDir } = context;
  const outcomes: Promise<SnapshotOutcome[]> =
    pool === undefined
      ? Promise.resolve([])
      : Promise.all(
          chunks(plan.tasks, SNAPSHOTS_PER_REQUEST).map((tasks) =>
            pool.request({ type: "snapshots", archiveDir, tasks }),
          ),
        ).then((replies) => replies.flatMap((reply) => reply.outcomes));
  pending.push(...rulePending(checkRules(corpus, DEFAULT_RULES, { today: context.today }), files));
  const snapshotOutcomes =
    pool === undefined ? runSnapshotTasks(archiveDir, plan.tasks) : await outcomes;
  pending.push(
    ...snapshotPending(
      snapshotFindings(corpus.claims, corpus.sources, plan, snapshotOutcomes),
      files,
    ),
  );

  const locator = new ProblemLocator((rel) => {
    try {
      const decoded = decodeFile(readFileSync(join(context.dataDir, rel)));
      return decoded.ok ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  });
  const problems: Problem[] = [];
  for (const p of pending) {
    const file = p.rel === undefined ? undefined : context.fileOf(p.rel);
    if (!isReported(file, context.only)) continue;
    problems.push(placed(p, file, locator.positionOf(p)));
  }
  return { problems: problems.sort(compareProblems), records: records.length };
}
