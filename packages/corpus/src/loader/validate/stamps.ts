import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { FileStamp } from "../read/analyse-on-disk.js";
import { type StampCheck, type StampCheckResult, stampCheck } from "./stat-into.js";
import type { FileTable } from "./validate-cache.js";

/** Below this many files, this thread checks them sooner than others can start. */
const THREADED_FROM = 20_000;

/** A check of stamps under way in other threads; `cancel` stops it where it is no longer needed. */
export interface StampCheckRun {
  readonly done: Promise<StampCheckResult[]>;
  cancel(): void;
}

const STAT_WORKER = new URL("./stat-worker.js", import.meta.url);

/** Whether the stat worker script is there (it is not when running from source). */
function statWorkerBuilt(): boolean {
  return STAT_WORKER.protocol === "file:" && existsSync(fileURLToPath(STAT_WORKER));
}

/**
 * Stat workers started ahead of need: a thread takes a tenth of a second to start, which
 * passes while the cache is read. Where the table proves small, they are let go unused.
 */
export function startStatWorkers(count: number): Worker[] {
  if (!statWorkerBuilt()) return [];
  return Array.from({ length: count }, () => {
    const worker = new Worker(STAT_WORKER);
    // Never what keeps the process alive: a run that ends another way just exits.
    worker.unref();
    return worker;
  });
}

/** Lets go of started stat workers that no check took. */
export function stopStatWorkers(workers: readonly Worker[]): void {
  for (const worker of workers) void worker.terminate();
}

function checkInWorker(worker: Worker, check: StampCheck): Promise<StampCheckResult> {
  worker.ref();
  return new Promise((resolve, reject) => {
    worker.once("message", (result: StampCheckResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.postMessage(check);
  });
}

/** The bytes in shared memory, as they are when they already are (a cache just read). */
function shared(bytes: Uint8Array): SharedArrayBuffer {
  if (
    bytes.buffer instanceof SharedArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  )
    return bytes.buffer;
  const buffer = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  return buffer;
}

/**
 * Starts checking the files of a cache's table against their stamps: on a large corpus in
 * two threads, which share the system calls (most of the cost) while this thread goes on
 * with the rest (folders, snapshots). Resolves to the files that changed, or whose stamps
 * cannot be trusted, with their lines and stamps now.
 */
export function startStampCheck(
  root: string,
  table: FileTable,
  startedAt: number,
  racyMs: number,
  threads: number,
  /** Split the work even on a small corpus (as when threads are asked for). */
  split = false,
  /** Workers already started (see startStatWorkers); the check takes them or lets them go. */
  started: readonly Worker[] = [],
): StampCheckRun {
  const names = shared(table.names);
  const stamps = shared(
    new Uint8Array(table.stamps.buffer, table.stamps.byteOffset, table.stamps.byteLength),
  );
  const base = { root, names, stamps, startedAt, racyMs };
  const whole = { ...base, start: 0, end: table.names.length, first: 0 };
  const inline = threads < 2 || (table.count < THREADED_FROM && !split);
  // Without the built worker script (running from source), the check runs here.
  if (inline || !statWorkerBuilt()) {
    stopStatWorkers(started);
    const run = inline ? [whole] : halves();
    return { done: Promise.resolve(run.map(stampCheck)), cancel: () => {} };
  }
  const checks = halves();
  const workers = checks.map((_, i) => started[i] ?? new Worker(STAT_WORKER));
  stopStatWorkers(started.slice(workers.length));
  const done = Promise.all(checks.map((check, i) => checkInWorker(workers[i] as Worker, check)));
  return {
    done,
    cancel: () => {
      for (const worker of workers) void worker.terminate();
    },
  };

  function halves(): StampCheck[] {
    const half = Math.ceil(table.count / 2);
    let offset = 0;
    for (let i = 0; i < half; i++) offset = table.names.indexOf(10, offset) + 1;
    if (half === table.count || offset === 0) return [whole];
    return [
      { ...base, start: 0, end: offset - 1, first: 0 },
      { ...base, start: offset, end: table.names.length, first: half },
    ];
  }
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
