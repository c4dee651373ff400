import { statSync } from "node:fs";
import { isAbsolute } from "node:path";

/**
 * The stamps (size, mtime, ctime, inode) of paths relative to `root`, four numbers each;
 * NaN for a path that is gone or cannot be read.
 */
export function statInto(root: string, paths: readonly string[]): Float64Array {
  const stamps = new Float64Array(paths.length * 4);
  const prefix = root.endsWith("/") ? root : `${root}/`;
  for (const [i, path] of paths.entries()) {
    let stat: ReturnType<typeof statSync>;
    try {
      // Absolute paths (snapshots) as they are; "" is the root itself.
      stat = statSync(isAbsolute(path) ? path : path === "" ? root : `${prefix}${path}`, {
        throwIfNoEntry: false,
      });
    } catch {
      stat = undefined;
    }
    if (stat === undefined) stamps.fill(Number.NaN, 4 * i, 4 * i + 4);
    else {
      stamps[4 * i] = stat.size;
      stamps[4 * i + 1] = stat.mtimeMs;
      stamps[4 * i + 2] = stat.ctimeMs;
      stamps[4 * i + 3] = stat.ino;
    }
  }
  return stamps;
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
    const rel = names.toString("utf8", at, tab === -1 || tab > end ? end : tab);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(`${prefix}${rel}`, { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    const c = 4 * i;
    const now =
      stat === undefined
        ? [Number.NaN, Number.NaN, Number.NaN, Number.NaN]
        : [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino];
    const same =
      cached[c] === now[0] &&
      cached[c + 1] === now[1] &&
      cached[c + 2] === now[2] &&
      cached[c + 3] === now[3] &&
      Math.max(cached[c + 1] as number, cached[c + 2] as number) < limit;
    if (!same) {
      changed.push(i);
      changedLines.push(names.toString("utf8", at, end));
      stamps.push(...(now as [number, number, number, number]));
    }
    at = end + 1;
  }
  return { changed, lines: changedLines, changedStamps: Float64Array.from(stamps) };
}
