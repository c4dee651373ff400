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

/** A range of a cache's record files to check, and other paths to stat. */
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
  readonly others: readonly string[];
}

export interface StampCheckResult {
  /** Indexes of the files whose stamp differs from the cached one, or cannot be trusted. */
  readonly changed: readonly number[];
  /** Their lines, and their stamps now. */
  readonly lines: readonly string[];
  readonly changedStamps: Float64Array;
  readonly others: Float64Array;
}

export function stampCheck(check: StampCheck): StampCheckResult {
  const text = Buffer.from(check.names, check.start, check.end - check.start).toString("utf8");
  const lines = text === "" ? [] : text.split("\n");
  const cached = new Float64Array(check.stamps);
  const now = statInto(
    check.root,
    lines.map((line) => line.slice(0, line.indexOf("\t"))),
  );
  const changed: number[] = [];
  const changedLines: string[] = [];
  const stamps: number[] = [];
  const limit = check.startedAt - check.racyMs;
  for (let i = 0; i < lines.length; i++) {
    const c = 4 * (check.first + i);
    const n = 4 * i;
    const same =
      cached[c] === now[n] &&
      cached[c + 1] === now[n + 1] &&
      cached[c + 2] === now[n + 2] &&
      cached[c + 3] === now[n + 3] &&
      Math.max(cached[c + 1] as number, cached[c + 2] as number) < limit;
    if (same) continue;
    changed.push(check.first + i);
    changedLines.push(lines[i] as string);
    stamps.push(now[n] as number, now[n + 1] as number, now[n + 2] as number, now[n + 3] as number);
  }
  return {
    changed,
    lines: changedLines,
    changedStamps: Float64Array.from(stamps),
    others: statInto(check.root, check.others),
  };
}
