import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import type { FileResult, FolderResult } from "../read/analyse-on-disk.js";

/**
 * What one request to the threads that check files gives back: the results of files, or of
 * whole folders with their files. Serialised once, where the files were checked, the same bytes
 * cross to the main thread and go into the record cache.
 */
export type ResultChunk =
  | { readonly files: readonly FileResult[] }
  | { readonly folders: readonly FolderResult[] };

export function serialiseChunk(chunk: ResultChunk): Uint8Array {
  return serialize(chunk);
}

export function deserialiseChunk(bytes: Uint8Array): ResultChunk {
  return deserialize(bytes) as ResultChunk;
}

function filesOf(chunk: ResultChunk): readonly FileResult[] {
  return "files" in chunk ? chunk.files : chunk.folders.flatMap((folder) => folder.files);
}

const HEADER_BYTES = 4;

function header(length: number): Uint8Array {
  const bytes = Buffer.alloc(HEADER_BYTES);
  bytes.writeUInt32LE(length);
  return bytes;
}

/**
 * The record cache: every record file's result as the last full run checked it (the record
 * with its free text left out, its statement's reading, its problems, its stamp), so that a run
 * after an edit the corpus rules can see re-reads only the edited files and runs the rules
 * again over the rest from here. A file of chunks, each a length (4 bytes) and a serialised
 * `ResultChunk`; a later result for a path replaces an earlier one, so that a run appends
 * the files it read again.
 */
export class RecordCacheWriter {
  readonly #path: string;
  #fd: number | undefined;
  #bytes = 0;
  /** Whether the whole file was written and closed. */
  #written = false;

  constructor(path: string) {
    this.#path = path;
    try {
      this.#fd = openSync(`${path}.tmp`, "w");
    } catch {
      this.#fd = undefined;
    }
  }

  add(bytes: Uint8Array): void {
    if (this.#fd === undefined) return;
    try {
      writeSync(this.#fd, header(bytes.byteLength));
      writeSync(this.#fd, bytes);
      this.#bytes += HEADER_BYTES + bytes.byteLength;
    } catch {
      this.abandon();
    }
  }

  /** Closes the file; its size, for the state to check it against, or undefined if it failed. */
  close(): number | undefined {
    if (this.#fd === undefined) return undefined;
    try {
      closeSync(this.#fd);
      this.#fd = undefined;
      this.#written = true;
      return this.#bytes;
    } catch {
      this.abandon();
      return undefined;
    }
  }

  /** Puts the written file in place of the last one (done when the state is written). */
  commit(): void {
    // A record cache that could not be written leaves none: the old one matches no state now,
    // and the rest of the cache is still worth writing.
    if (!this.#written) rmSync(this.#path, { force: true });
    else renameSync(`${this.#path}.tmp`, this.#path);
  }

  abandon(): void {
    if (this.#fd !== undefined) {
      try {
        closeSync(this.#fd);
      } catch {
        // Nothing more to lose: the cache is only skipped.
      }
    }
    this.#fd = undefined;
    rmSync(`${this.#path}.tmp`, { force: true });
  }
}

/** Adds one chunk to the end of a record cache; its new size, or undefined if it failed. */
export function appendChunk(path: string, bytes: Uint8Array, size: number): number | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "a");
    writeSync(fd, header(bytes.byteLength));
    writeSync(fd, bytes);
    return size + HEADER_BYTES + bytes.byteLength;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The record files' results in a record cache, by path (the last of each), or undefined where
 * the file is not there, not of the size the state says, or does not read back.
 */
export function readRecordCache(path: string, size: number): Map<string, FileResult> | undefined {
  try {
    const bytes = readFileSync(path);
    if (bytes.byteLength !== size) return undefined;
    const results = new Map<string, FileResult>();
    let at = 0;
    while (at < bytes.byteLength) {
      const length = bytes.readUInt32LE(at);
      const end = at + HEADER_BYTES + length;
      if (end > bytes.byteLength) return undefined;
      for (const result of filesOf(deserialiseChunk(bytes.subarray(at + HEADER_BYTES, end))))
        if (result.kind !== undefined) results.set(result.rel, result);
      at = end;
    }
    return results;
  } catch {
    return undefined;
  }
}
