import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/** What a file's metadata was when it was read: size, mtime, ctime (ms) and inode. */
export type FileStamp = readonly [number, number, number, number];

export function stampOfStats(stat: Stats): FileStamp {
  return [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino];
}

/** Why a file was not read. */
export type Refusal =
  /** Not a regular file: `what` says what it is ("a symbolic link", "a FIFO"...). */
  | { readonly ok: false; readonly reason: "not-regular"; readonly what: string }
  /** Over the size limit, found from its metadata: nothing of it was read. */
  | { readonly ok: false; readonly reason: "too-large"; readonly size: number }
  | { readonly ok: false; readonly reason: "unreadable"; readonly message: string }
  /** In a folder reached through a symbolic link (`link`, relative): it may lie anywhere. */
  | { readonly ok: false; readonly reason: "through-link"; readonly link: string };

export type ReadOutcome =
  | { readonly ok: true; readonly bytes: Buffer; readonly stamp: FileStamp }
  | Refusal;

// A link is refused by the open itself (no race between a check and the open), and a FIFO
// opens without waiting for a writer; both flags are absent on Windows, where links need
// privileges to make and the listing has refused them already.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** What a file system entry that is not a regular file is, in words. */
export function entryKind(stat: {
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
}): string {
  if (stat.isSymbolicLink()) return "a symbolic link";
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isSocket()) return "a socket";
  if (stat.isBlockDevice() || stat.isCharacterDevice()) return "a device";
  return "not a regular file";
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads a regular file of at most `maxBytes`, never following a link and never blocking on a
 * FIFO or device: the open refuses links, and the size and type are judged from the open
 * file's metadata before a byte is read. The stamp is the metadata as of opening, so a later
 * change shows as a newer stamp.
 */
export function readRegularFile(path: string, maxBytes: number): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // O_NOFOLLOW on a link fails with ELOOP (EMLINK on some BSDs).
    if (code === "ELOOP" || code === "EMLINK")
      return { ok: false, reason: "not-regular", what: "a symbolic link" };
    return { ok: false, reason: "unreadable", message: errorMessage(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: "not-regular", what: entryKind(stat) };
    if (stat.size > maxBytes) return { ok: false, reason: "too-large", size: stat.size };
    const bytes = Buffer.allocUnsafe(stat.size);
    let length = 0;
    // Up to the size found on opening; more is a later change, seen by the next run.
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return {
      ok: true,
      bytes: length === bytes.length ? bytes : bytes.subarray(0, length),
      stamp: stampOfStats(stat),
    };
  } catch (error) {
    return { ok: false, reason: "unreadable", message: errorMessage(error) };
  } finally {
    closeSync(fd);
  }
}
