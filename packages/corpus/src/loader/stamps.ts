import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { FileStamp } from "./analyse-on-disk.js";
import { type StampCheck, type StampCheckResult, stampCheck } from "./stat-into.js";
import type { FileTable } from "./validate-cache.js";

/** Below this many files, this thread checks them sooner than others can start. */
const THREADED_FROM = 20_000;

function checkInWorker(script: URL, check: StampCheck): Promise<StampCheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    worker.once("message", (result: StampCheckResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.postMessage(check);
  });
}

function shared(bytes: Uint8Array): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  return buffer;
}

/**
 * Checks the files of a cache's table against their stamps, and stats `others` (folders and
 * snapshots): on a large corpus two threads share the system calls, which are most of the
 * cost. Returns the files that changed (or whose stamps cannot be trusted), with their
 * lines and stamps now, and the stamps of `others`.
 */
export async function checkStamps(
  root: string,
  table: FileTable,
  others: readonly string[],
  startedAt: number,
  racyMs: number,
  threads: number,
  /** Split the work even on a small corpus (as when threads are asked for). */
  split = false,
): Promise<{ changed: StampCheckResult[]; others: Float64Array }> {
  const names = shared(table.names);
  const stamps = shared(
    new Uint8Array(table.stamps.buffer, table.stamps.byteOffset, table.stamps.byteLength),
  );
  const base = { root, names, stamps, startedAt, racyMs };
  if (threads < 2 || (table.count < THREADED_FROM && !split)) {
    const all = stampCheck({ ...base, start: 0, end: table.names.length, first: 0, others });
    return { changed: [all], others: all.others };
  }
  // Without the built worker script (running from source), the halves run here in turn.
  const script = new URL("./stat-worker.js", import.meta.url);
  const run =
    script.protocol === "file:" && existsSync(fileURLToPath(script))
      ? (check: StampCheck) => checkInWorker(script, check)
      : (check: StampCheck) => Promise.resolve(stampCheck(check));
  // The second thread also stats the others: the first takes half of all the paths to stat,
  // all files, the second the rest of the files and the others.
  const half = Math.max(0, Math.min(table.count, Math.ceil((table.count + others.length) / 2)));
  let offset = 0;
  for (let i = 0; i < half; i++) offset = table.names.indexOf(10, offset) + 1;
  const firstEnd = half === 0 ? 0 : offset - 1;
  const [first, second] = await Promise.all([
    run({ ...base, start: 0, end: firstEnd, first: 0, others: [] }),
    run({
      ...base,
      start: half === 0 ? 0 : offset,
      end: table.names.length,
      first: half,
      others,
    }),
  ]);
  return { changed: [first, second], others: second.others };
}

export function stampAt(stamps: Float64Array, i: number): FileStamp {
  return [
    stamps[4 * i] as number,
    stamps[4 * i + 1] as number,
    stamps[4 * i + 2] as number,
    stamps[4 * i + 3] as number,
  ];
}

export function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  if (a === null || b === null) return a === b;
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

/** Whether a stamp is too close to a run's start to prove that nothing changed since. */
export function isRacy(stamp: FileStamp | null, startedAt: number, racyMs: number): boolean {
  return stamp !== null && Math.max(stamp[1], stamp[2]) >= startedAt - racyMs;
}
