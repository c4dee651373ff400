import { statSync } from "node:fs";
import { resolve } from "node:path";
import { parentPort } from "node:worker_threads";

/**
 * A stat worker: the stamps (size, mtime, ctime, inode) of many paths under a folder, NaN
 * for a path that is gone. Kept apart from the loader worker so that it starts at once.
 */
parentPort?.on("message", ({ root, paths }: { root: string; paths: readonly string[] }) => {
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
  parentPort?.postMessage(stamps, [stamps.buffer]);
});
