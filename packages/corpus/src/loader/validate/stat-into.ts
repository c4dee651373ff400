import { lstatSync } from "node:fs";
import { isAbsolute } from "node:path";

const GONE = [Number.NaN, Number.NaN, Number.NaN, Number.NaN] as const;

/** The stamp (size, mtime, ctime, inode) of a path; NaN four times where it is gone or unreadable. */
function stampNow(path: string): readonly [number, number, number, number] {
  try {
    // lstat: a file replaced by a link to an unchanged file must count as a change.
    const stat = lstatSync(path, { throwIfNoEntry: false });
    return stat === undefined ? GONE : [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino];
  } catch {
    return GONE;
  }
}

/** The stamps of paths relative to `root`, four numbers each (see stampNow). */
export function statInto(root: string, paths: readonly string[]): Float64Array {
  const stamps = new Float64Array(paths.length * 4);
  const prefix = root.endsWith("/") ? root : `${root}/`;
  // Absolute paths (snapshots) as they are; "" is the root itself.
  for (const [i, path] of paths.entries())
    stamps.set(stampNow(isAbsolute(path) ? path : path === "" ? root : `${prefix}${path}`), 4 * i);
  return stamps;
}

const UNESCAPED: Readonly<Record<string, string>> = { "\\": "\\", t: "\t", n: "\n", r: "\r" };

/** A field of a names file's line as it was before `field` (validate-cache.ts) escaped it. */
export function unfield(text: string): string {
  return text.includes("\\")
    ? text.replace(/\\([\\tnr])/g, (_, c: string) => UNESCAPED[c] ?? c)
    : text;
}

/** A range of a cache's record files to check against their cached stamps. */
export interface StampCheck {
  readonly root: string;
  /** The names file's bytes: a line `rel \t kind \t id \t digest` per file. */
  readonly names: SharedArrayBuffer;
  /** The byte range of the lines to check, and the index of its first line. */
  readonly start: number;
  readonly end: number;
  readonly first: number;
  /** The cached stamps of all files, four numbers each. */
  readonly stamps: SharedArrayBuffer;
  /** Stamps taken this close to `startedAt` are checked again whatever they say. */
  readonly startedAt: number;
  readonly racyMs: number;
}

export interface StampCheckResult {
  /** Indexes of the files whose stamp differs from the cached one, or cannot be trusted. */
  readonly changed: readonly number[];
  /** Their lines, and their stamps now. */
  readonly lines: readonly string[];
  readonly changedStamps: Float64Array;
}

/**
 * Stats each file of the range and compares it with its cached stamp. Reads the lines in
 * place, one path at a time, and keeps only what differs: a range is a hundred thousand
 * files, and what costs is the system call, so nothing else should.
 */
export function stampCheck(check: StampCheck): StampCheckResult {
  const names = Buffer.from(check.names);
  const cached = new Float64Array(check.stamps);
  const prefix = check.root.endsWith("/") ? check.root : `${check.root}/`;
  const limit = check.startedAt - check.racyMs;
  const changed: number[] = [];
  const changedLines: string[] = [];
  const stamps: number[] = [];
  let at = check.start;
  for (let i = check.first; at < check.end; i++) {
    let end = names.indexOf(10, at);
    if (end === -1 || end > check.end) end = check.end;
    const tab = names.indexOf(9, at);
    const rel = unfield(names.toString("utf8", at, tab === -1 || tab > end ? end : tab));
    const now = stampNow(`${prefix}${rel}`);
    const c = 4 * i;
    const same =
      cached[c] === now[0] &&
      cached[c + 1] === now[1] &&
      cached[c + 2] === now[2] &&
      cached[c + 3] === now[3] &&
      Math.max(cached[c + 1] as number, cached[c + 2] as number) < limit;
    if (!same) {
      changed.push(i);
      changedLines.push(names.toString("utf8", at, end));
      stamps.push(...now);
    }
    at = end + 1;
  }
  return { changed, lines: changedLines, changedStamps: Float64Array.from(stamps) };
}
