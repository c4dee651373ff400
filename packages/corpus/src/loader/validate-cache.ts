import { hash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { RecordKind } from "@leaks/schema";
import type { Pending } from "./analyse-file.js";
import type { FileStamp } from "./analyse-on-disk.js";

/** Bumped whenever what the cache holds, or how it is read, changes. */
export const CACHE_FORMAT = 2;

/**
 * A stamp this close to the start of the run that took it cannot be trusted: a change made
 * just after the file was read may keep the same stamp on file systems with coarse times.
 */
export const RACY_MS = 3000;

/** One record file as the last run saw it. */
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
  /** Problems of entries that are not record files (unknown entries, unreadable files...). */
  readonly entries: readonly Pending[];
  /** Problems found across files (confusable ids, rules, snapshots), each with its path. */
  readonly cross: readonly Pending[];
  readonly files: readonly CachedFile[];
}

/** Hashes the code that decides the problems: the loader, the schema and its parsers. */
export function toolFingerprint(extra = ""): string {
  const parts: string[] = [String(CACHE_FORMAT), extra];
  const here = fileURLToPath(import.meta.url);
  const require = createRequire(here);
  const files = [here, join(dirname(here), "loader-worker.js")];
  for (const name of ["@leaks/schema", "js-yaml", "yaml"]) {
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
 * Where the cache of a data folder lives: in node_modules/.cache/leaks beside the data
 * folder where there is a node_modules, else in a .leaks-cache folder beside it that tells
 * git to ignore it.
 */
export function cacheFolder(dataDir: string): string {
  const parent = dirname(resolve(dataDir));
  const modules = join(parent, "node_modules");
  return existsSync(modules) ? join(modules, ".cache", "leaks") : join(parent, ".leaks-cache");
}

function cacheFiles(dataDir: string): { folder: string; state: string; files: string } {
  const folder = cacheFolder(dataDir);
  const key = hash("sha1", resolve(dataDir), "hex").slice(0, 16);
  return {
    folder,
    state: join(folder, `validate-${key}.json`),
    files: join(folder, `validate-${key}.files`),
  };
}

/*
 * The per-file part, the largest, is kept as lines rather than JSON so that it reads fast:
 * `rel \t size \t mtime \t ctime \t ino \t kind \t id \t digest \t pending-json`.
 */
function encodeFiles(files: readonly CachedFile[]): string {
  const lines: string[] = [];
  for (const f of files) {
    // Names with tabs or line breaks cannot be written this way: such a corpus goes uncached.
    if (/[\t\n\r]/.test(f.rel) || /[\t\n\r]/.test(f.id)) throw new Error("unsafe name");
    lines.push(
      [
        f.rel,
        ...f.stamp,
        f.kind,
        f.id,
        f.digest,
        f.pending.length === 0 ? "" : JSON.stringify(f.pending),
      ].join("\t"),
    );
  }
  return lines.join("\n");
}

function decodeFiles(text: string): CachedFile[] {
  const files: CachedFile[] = [];
  if (text === "") return files;
  for (const line of text.split("\n")) {
    const [rel, size, mtime, ctime, ino, kind, id, digest, pending] = line.split("\t");
    if (digest === undefined || rel === undefined || id === undefined) throw new Error("bad line");
    files.push({
      rel,
      stamp: [Number(size), Number(mtime), Number(ctime), Number(ino)],
      kind: kind as RecordKind,
      id,
      digest,
      pending: pending === undefined || pending === "" ? [] : (JSON.parse(pending) as Pending[]),
    });
  }
  return files;
}

/** The last run's state, or undefined where there is none that can be read. */
export function readCache(dataDir: string): CacheState | undefined {
  const paths = cacheFiles(dataDir);
  try {
    const state = JSON.parse(readFileSync(paths.state, "utf8")) as Omit<CacheState, "files">;
    if (state.format !== CACHE_FORMAT) return undefined;
    return { ...state, files: decodeFiles(readFileSync(paths.files, "utf8")) };
  } catch {
    return undefined;
  }
}

/** Saves a run's state; a cache that cannot be written only costs the next run time. */
export function writeCache(dataDir: string, state: CacheState): void {
  const paths = cacheFiles(dataDir);
  try {
    mkdirSync(paths.folder, { recursive: true });
    if (paths.folder.endsWith(".leaks-cache")) {
      const ignore = join(paths.folder, ".gitignore");
      if (!existsSync(ignore)) writeFileSync(ignore, "# The cache of leaks validate.\n*\n");
    }
    const { files, ...rest } = state;
    // Written aside, then renamed: a run that stops half way leaves no torn cache.
    writeFileSync(`${paths.files}.tmp`, encodeFiles(files));
    writeFileSync(`${paths.state}.tmp`, JSON.stringify(rest));
    rmSync(paths.state, { force: true });
    renameSync(`${paths.files}.tmp`, paths.files);
    renameSync(`${paths.state}.tmp`, paths.state);
  } catch {
    // Read-only checkouts and full disks still validate, only without a cache.
  }
}

export function dropCache(dataDir: string): void {
  const paths = cacheFiles(dataDir);
  rmSync(paths.state, { force: true });
  rmSync(paths.files, { force: true });
}
