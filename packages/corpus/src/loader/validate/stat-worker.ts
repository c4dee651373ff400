import { parentPort } from "node:worker_threads";
import { type StampCheck, stampCheck } from "./stat-into.js";

/**
 * A stat worker: checks a range of the record files a cache lists against their cached
 * stamps. Kept apart from the loader worker, with nothing to load, so that it starts at
 * once; the lists arrive in shared memory, not as many strings.
 */
parentPort?.on("message", (check: StampCheck) => {
  const result = stampCheck(check);
  parentPort?.postMessage(result, [result.changedStamps.buffer as ArrayBuffer]);
});
