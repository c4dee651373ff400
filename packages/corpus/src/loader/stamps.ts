import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { FileStamp } from "./analyse-on-disk.js";

/** Below this many paths, one thread stats them sooner than two can start. */
const THREADED_FROM = 20_000;

function statHere(root: string, paths: readonly string[]): Float64Array {
  const stamps = new Float64Array(paths.length * 4);
  for (const [i, path] of paths.entries()) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(resolve(root, path), { throwIfNoEntry: false });
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

function statInWorker(script: URL, root: string, paths: readonly string[]): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    worker.once("message", (stamps: Float64Array) => {
      resolve(stamps);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.postMessage({ root, paths });
  });
}

/**
 * The stamps of many paths under `root`, four numbers each (NaN for a path that is gone):
 * on a large corpus, two threads share the system calls, which are most of the cost.
 */
export async function stampsOf(
  root: string,
  paths: readonly string[],
  threads: number,
): Promise<Float64Array> {
  const script = new URL("./stat-worker.js", import.meta.url);
  if (
    threads < 2 ||
    paths.length < THREADED_FROM ||
    script.protocol !== "file:" ||
    !existsSync(fileURLToPath(script))
  )
    return statHere(root, paths);
  const half = Math.ceil(paths.length / 2);
  const [first, second] = await Promise.all([
    statInWorker(script, root, paths.slice(0, half)),
    statInWorker(script, root, paths.slice(half)),
  ]);
  const stamps = new Float64Array(paths.length * 4);
  stamps.set(first, 0);
  stamps.set(second, first.length);
  return stamps;
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
