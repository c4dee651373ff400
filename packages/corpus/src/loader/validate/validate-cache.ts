import { hash } from "node:crypto";
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { RecordKind } from "@leaks/schema";
import type { SnapshotOutcome } from "../check/snapshots.js";
import type { Pending } from "../read/analyse-file.js";
import type { FileStamp } from "../read/analyse-on-disk.js";
import { unfield } from "./stat-into.js";

/** Bumped whenever what the cache holds, or how it is read, changes. */
export const CACHE_FORMAT = 7;

/**
 * A stamp this close to the start of the run that took it cannot be trusted: a change made
 * just after the file was read may keep the same stamp on file systems with coarse times.
 */
export const RACY_MS = 3000;

/** One record file as a run saw it. */
export interface CachedFile {
  readonly rel: string;
  readonly stamp: FileStamp;
  readonly kind: RecordKind;
  readonly id: string;
  readonly digest: string;
  /** Problems of the file alone, located. */
  readonly pending: readonly Pending[];
}

/** A folder listed: its path, the signature of its entries and its stamp before listing. */
export type CachedFolder = readonly [string, string, ...FileStamp];

/** What a run of `leaks validate` leaves for the next one. */
export interface CacheState {
  readonly format: number;
  readonly tool: string;
  readonly dataDir: string;
  readonly today: string;
  /** `Date.now()` when the run began listing and reading. */
  readonly startedAt: number;
  /** Whether a corpus rule read a field left out of the records it saw. */
  readonly lazyReads: boolean;
  /** Every folder listed. */
  readonly folders: readonly CachedFolder[];
  /** Each snapshot read (or looked for) and its stamp; null where there was none. */
  readonly snapshots: readonly (readonly [string, FileStamp | null])[];
  /** The outcome of each snapshot check, by its key (`snapshotTaskKey`). */
  readonly outcomes: readonly (readonly [string, SnapshotOutcome])[];
  /** The size of the record cache (record-cache.ts) as this state knows it; 0: none. */
  readonly recordBytes: number;
  /** Problems of entries that are not record files (unknown entries, unreadable files...). */
  readonly entries: readonly Pending[];
  /** Problems found across files (confusable ids, rules, snapshots), each with its path. */
  readonly cross: readonly Pending[];
  readonly files: FileTable;
}

/**
 * The record files of a run, in path order, kept in columns that load without parsing: a
 * line `rel \t kind \t id \t digest` each (as UTF-8 bytes), their stamps as one
 * Float64Array, and the problems of the few files that have any.
 */
export class FileTable {
  readonly names: Uint8Array;
  readonly count: number;
  readonly stamps: Float64Array;
  readonly problems: ReadonlyMap<number, readonly Pending[]>;

  constructor(
    names: Uint8Array,
    count: number,
    stamps: Float64Array,
    problems: ReadonlyMap<number, readonly Pending[]>,
  ) {
    this.names = names;
    this.count = count;
    this.stamps = stamps;
    this.problems = problems;
  }

  static of(files: readonly CachedFile[]): FileTable {
    const stamps = new Float64Array(files.length * 4);
    const problems = new Map<number, readonly Pending[]>();
    const lines = files.map((f, i) => {
      stamps.set(f.stamp, 4 * i);
      if (f.pending.length > 0) problems.set(i, f.pending);
      return lineOf(f);
    });
    return new FileTable(Buffer.from(lines.join("\n")), files.length, stamps, problems);
  }

  /** The same table with some files replaced (same paths, same order). */
  with(changes: ReadonlyMap<number, CachedFile>): FileTable {
    const text = Buffer.from(this.names).toString("utf8");
    const lines = this.count === 0 ? [] : text.split("\n");
    const stamps = new Float64Array(this.stamps);
    const problems = new Map(this.problems);
    for (const [i, f] of changes) {
      lines[i] = lineOf(f);
      stamps.set(f.stamp, 4 * i);
      if (f.pending.length > 0) problems.set(i, f.pending);
      else problems.delete(i);
    }
    return new FileTable(Buffer.from(lines.join("\n")), this.count, stamps, problems);
  }
}

const ESCAPED: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  "\t": "\\t",
  "\n": "\\n",
  "\r": "\\r",
};

/** A field of a line: a backslash, tab, line feed or carriage return in it as a backslash and a letter. */
const field = (text: string) => text.replace(/[\\\t\n\r]/g, (c) => ESCAPED[c] ?? c);

function lineOf(f: CachedFile): string {
  // An id read from a file may hold anything, even if the schema refuses it.
  return `${field(f.rel)}\t${f.kind}\t${field(f.id)}\t${f.digest}`;
}

/** A line of the names file read back. */
export function parseLine(line: string): Omit<CachedFile, "stamp" | "pending"> {
  const [rel, kind, id, digest] = line.split("\t") as [string, RecordKind, string, string];
  return { rel: unfield(rel), kind, id: unfield(id), digest };
}

/** Hashes the code that decides the problems: the loader, the schema, its parsers, the differ. */
export function toolFingerprint(extra = ""): string {
  const parts: string[] = [String(CACHE_FORMAT), extra];
  const here = fileURLToPath(import.meta.url);
  const require = createRequire(here);
  const files = [here, join(dirname(here), "loader-worker.js")];
  for (const name of ["@leaks/schema", "diff", "js-yaml", "yaml"]) {
    try {
      files.push(require.resolve(name));
    } catch {
      parts.push(`${name}: not found`);
    }
  }
  try {
    files.push(createRequire(require.resolve("@leaks/schema")).resolve("zod"));
  } catch {
    parts.push("zod: not found");
  }
  for (const file of files) {
    // Paths name the installed versions; contents catch a rebuilt package of one version.
    parts.push(file);
    try {
      parts.push(hash("sha1", readFileSync(file), "base64"));
    } catch {
      parts.push("missing");
    }
  }
  return hash("sha1", parts.join("\n"), "base64");
}

/**
 * Where the cache of a data folder lives: in a .leaks-cache folder beside it, which tells git
 * to ignore it; for a data folder inside node_modules (an installed package's, which its user
 * does not own), in the user's cache folder instead. Never inside node_modules.
 */
export function cacheFolder(dataDir: string): string {
  const data = resolve(dataDir);
  return data.split(sep).includes("node_modules")
    ? userCacheFolder()
    : join(dirname(data), ".leaks-cache");
}

/** `$XDG_CACHE_HOME/leaks`, else the platform's cache folder for the user. */
function userCacheFolder(): string {
  const { XDG_CACHE_HOME, LOCALAPPDATA } = process.env;
  if (XDG_CACHE_HOME !== undefined && isAbsolute(XDG_CACHE_HOME))
    return join(XDG_CACHE_HOME, "leaks");
  if (process.platform === "win32")
    return join(LOCALAPPDATA ?? join(homedir(), "AppData", "Local"), "leaks", "Cache");
  if (process.platform === "darwin") return join(homedir(), "Library", "Caches", "leaks");
  return join(homedir(), ".cache", "leaks");
}

export function cacheFiles(dataDir: string): {
  folder: string;
  state: string;
  names: string;
  stamps: string;
  records: string;
} {
  const folder = cacheFolder(dataDir);
  const key = hash("sha1", resolve(dataDir), "hex").slice(0, 16);
  const base = join(folder, `validate-${key}`);
  return {
    folder,
    state: `${base}.json`,
    names: `${base}.names`,
    stamps: `${base}.stamps`,
    records: `${base}.records`,
  };
}

/** The size of the names file of a data folder's cache, 0 where there is none. */
export function cacheSize(dataDir: string): number {
  try {
    return statSync(cacheFiles(dataDir).names).size;
  } catch {
    return 0;
  }
}

/** A whole file in a SharedArrayBuffer of its own. */
function readShared(path: string): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let length = 0;
    while (length < size) {
      const read = readSync(fd, bytes, length, size - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length !== size) throw new Error(`${path} changed while read`);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** The last run's state, or undefined where there is none that can be read. */
export function readCache(dataDir: string): CacheState | undefined {
  const paths = cacheFiles(dataDir);
  try {
    const { problems, ...state } = JSON.parse(readFileSync(paths.state, "utf8")) as Omit<
      CacheState,
      "files"
    > & { problems: [number, Pending[]][]; fileCount: number };
    if (state.format !== CACHE_FORMAT) return undefined;
    // Read straight into shared memory: the threads that check the stamps read them there.
    const names = readShared(paths.names);
    const bytes = readShared(paths.stamps);
    if (bytes.byteLength % 32 !== 0) return undefined;
    const stamps = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
    const count = stamps.length / 4;
    if (!Number.isInteger(count) || count !== state.fileCount) return undefined;
    return { ...state, files: new FileTable(names, count, stamps, new Map(problems)) };
  } catch {
    return undefined;
  }
}

/** Where the record cache is written, before `writeCache` puts it in place. */
export function prepareCacheFolder(dataDir: string): string {
  const paths = cacheFiles(dataDir);
  mkdirSync(paths.folder, { recursive: true });
  if (paths.folder.endsWith(".leaks-cache")) {
    const ignore = join(paths.folder, ".gitignore");
    if (!existsSync(ignore)) writeFileSync(ignore, "# The cache of leaks validate.\n*\n");
  }
  return paths.records;
}

/**
 * Saves a run's state; a cache that cannot be written only costs the next run time.
 * `records`, where given, puts the run's new record cache in place with the state.
 */
export function writeCache(dataDir: string, state: CacheState, records?: { commit(): void }): void {
  const paths = cacheFiles(dataDir);
  try {
    prepareCacheFolder(dataDir);
    const { files, ...rest } = state;
    // Written aside, then renamed, the state last: a run that stops half way leaves no torn
    // cache, only an older state that the stamps and names no longer match.
    rmSync(paths.state, { force: true });
    writeFileSync(`${paths.names}.tmp`, files.names);
    writeFileSync(
      `${paths.stamps}.tmp`,
      new Uint8Array(files.stamps.buffer, files.stamps.byteOffset, files.stamps.byteLength),
    );
    writeFileSync(
      `${paths.state}.tmp`,
      JSON.stringify({ ...rest, problems: [...files.problems], fileCount: files.count }),
    );
    records?.commit();
    renameSync(`${paths.names}.tmp`, paths.names);
    renameSync(`${paths.stamps}.tmp`, paths.stamps);
    renameSync(`${paths.state}.tmp`, paths.state);
  } catch {
    // Read-only checkouts and full disks still validate, only without a cache.
  }
}
