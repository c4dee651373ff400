import { lstatSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { RecordKind, RecordOfKind, StatementReading } from "@leaks/schema";
import { runSnapshotTask, type SnapshotOutcome, type SnapshotTask } from "../check/snapshots.js";
import { unknownEntryProblem } from "../checks/unknown-entry.js";
import { MAX_FILE_BYTES, MAX_SNAPSHOT_BYTES } from "../codes.js";
import { invalidDigest, leaveOutLazyFields } from "../validate/lazy-fields.js";
import { analyseFile, type Pending } from "./analyse-file.js";
import { type EntrySink, listFolder } from "./list-files.js";
import { FileLocator } from "./locate.js";
import { type FileStamp, type ReadOutcome, readRegularFile, stampOfStats } from "./read-file.js";
import { refusalText, refusedPending } from "./refused.js";

export type { FileStamp } from "./read-file.js";

/** One file of the data folder, checked on its own, its problems located. */
export interface FileResult {
  readonly rel: string;
  /** Absent for an entry that is not a record file. */
  readonly kind?: RecordKind;
  readonly id?: string;
  readonly record?: RecordOfKind[RecordKind];
  /** Problems of the file alone, each with its position (`at`) where it has one. */
  readonly pending: readonly Pending[];
  readonly stamp?: FileStamp;
  /** What the corpus rules can see of the record (see lazy-fields.ts). */
  readonly digest?: string;
  /** A claim's statement as the rules read it, where the statement was left out. */
  readonly reading?: StatementReading;
}

/** A folder's share of the work: the files found in it, and whatever did not belong. */
export interface FolderResult {
  readonly rel: string;
  /** The folder's metadata before it was listed. */
  readonly stamp: FileStamp;
  readonly signature: string;
  readonly files: FileResult[];
  /** Sub-folders still to list (only the data folder's own ones). */
  readonly folders: { readonly rel: string; readonly depth: number }[];
}

export function stampOf(path: string): FileStamp {
  return stampOfStats(statSync(path));
}

/** Problems of one analysed file with their positions, so that the text can be let go. */
function locatedPending(pending: readonly Pending[], text: string | undefined): Pending[] {
  let locator: FileLocator | undefined;
  return pending.map((p) => {
    if (p.at !== undefined || p.locate === undefined || text === undefined) return p;
    locator ??= new FileLocator(text);
    const { locate: where, ...rest } = p;
    return { ...rest, at: locator.locate(where.path, { key: where.key }) };
  });
}

/** Checks one file given its content (in memory, or just read). */
export function analyseContent(
  rel: string,
  content: string | Uint8Array,
  stamp?: FileStamp,
): FileResult {
  const analysis = analyseFile(rel, content);
  if (analysis.type === "other") return { rel, pending: analysis.pending };
  const { kind, id, record, pending, text } = analysis;
  const slim = record === undefined ? undefined : leaveOutLazyFields(kind, record);
  return {
    rel,
    kind,
    id,
    ...(slim === undefined ? {} : { record: slim.record }),
    ...(slim?.reading === undefined ? {} : { reading: slim.reading }),
    pending: locatedPending(pending, text),
    ...(stamp === undefined ? {} : { stamp }),
    digest: slim?.digest ?? invalidDigest(kind, id),
  };
}

/** Reads and checks one record file of a data folder. */
export function analyseOnDisk(dataDir: string, rel: string): FileResult {
  const read = readRegularFile(join(dataDir, rel), MAX_FILE_BYTES);
  return read.ok
    ? analyseContent(rel, read.bytes, read.stamp)
    : { rel, pending: [refusedPending(rel, read)] };
}

/** Collects what a listing reports as results, one per entry. */
export class ResultSink implements EntrySink {
  readonly results: FileResult[] = [];
  readonly #unknown = new Set<string>();

  addUnknown(entry: string, hint: string): void {
    if (this.#unknown.has(entry)) return;
    this.#unknown.add(entry);
    this.results.push({ rel: entry, pending: [unknownEntryProblem(entry, hint)] });
  }

  addEntryProblem(pending: Pending): void {
    this.results.push({ rel: pending.rel ?? "", pending: [pending] });
  }

  addFile(rel: string, content: string): void {
    const result = analyseContent(rel, content);
    const unknown = result.kind === undefined ? result.pending[0] : undefined;
    // A misplaced entry is reported once, as an unknown entry, like any other.
    if (unknown?.problem.code === "unknown-entry" && unknown.rel !== undefined)
      this.addUnknown(unknown.rel, unknown.problem.hint);
    else this.results.push(result);
  }
}

/** Lists one folder of the data tree and checks the record files in it. */
export function analyseFolder(dataDir: string, rel: string, depth: number): FolderResult {
  const sink = new ResultSink();
  // Stamped before listing: an entry added later shows as a newer stamp next time.
  const stamp = stampOf(rel === "" ? dataDir : join(dataDir, rel));
  const listing = listFolder(dataDir, rel, depth, sink);
  for (const file of listing.files) sink.results.push(analyseOnDisk(dataDir, file));
  return {
    rel,
    stamp,
    signature: listing.signature,
    files: sink.results,
    folders: listing.folders,
  };
}

function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** Names of snapshots as records give them: a file or folders and a file, nothing to resolve. */
const PLAIN_SNAPSHOT = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$/;

/** The path of an archived snapshot, or undefined where it would lie outside the archive. */
export function snapshotPath(archiveDir: string, snapshot: string): string | undefined {
  // Plain names need none of the path resolution below (a cached run asks for every one).
  if (PLAIN_SNAPSHOT.test(snapshot) && !snapshot.includes(".."))
    return `${archiveDir.endsWith(sep) ? archiveDir.slice(0, -1) : archiveDir}${sep}${snapshot}`;
  const path = resolve(archiveDir, snapshot);
  return isWithin(archiveDir, path) ? path : undefined;
}

/**
 * The first folder between the archive and a snapshot in a sub-folder that is a symbolic link
 * (relative to the archive), if any: the open refuses a link only as the file's own name.
 */
function linkOnTheWay(archiveDir: string, snapshot: string): string | undefined {
  const folders = snapshot.split("/").slice(0, -1);
  for (let i = 1; i <= folders.length; i++) {
    const rel = folders.slice(0, i).join("/");
    try {
      if (lstatSync(join(archiveDir, rel)).isSymbolicLink()) return rel;
    } catch {
      // Not there: the read says the snapshot is missing.
      return undefined;
    }
  }
  return undefined;
}

/** The bytes of an archived snapshot and their stamp, or undefined where there is none to read. */
export function readSnapshotFile(archiveDir: string, snapshot: string): ReadOutcome | undefined {
  const path = snapshotPath(archiveDir, snapshot);
  if (path === undefined) return undefined;
  const link = snapshot.includes("/") ? linkOnTheWay(archiveDir, snapshot) : undefined;
  if (link !== undefined) return { ok: false, reason: "through-link", link: `archive/${link}` };
  const read = readRegularFile(path, MAX_SNAPSHOT_BYTES);
  if (read.ok || read.reason !== "unreadable") return read;
  // Absent is "missing"; anything else that stops the read is said as such.
  return /ENOENT|ENOTDIR/.test(read.message) ? undefined : read;
}

/** A snapshot check's outcome, with the stamp of the file it read (null: none read). */
export interface StampedOutcome {
  readonly outcome: SnapshotOutcome;
  readonly stamp: FileStamp | null;
}

export function runSnapshotTasks(
  archiveDir: string,
  tasks: readonly SnapshotTask[],
): StampedOutcome[] {
  return tasks.map((task) => {
    const read = readSnapshotFile(archiveDir, task.snapshot);
    if (read !== undefined && !read.ok)
      return {
        outcome: { ...runSnapshotTask(task, undefined), refused: refusalText(read) },
        stamp: null,
      };
    return { outcome: runSnapshotTask(task, read?.bytes), stamp: read?.stamp ?? null };
  });
}
