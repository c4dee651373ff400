import type { SnapshotTask } from "../check/snapshots.js";
import type { StampedOutcome } from "../read/analyse-on-disk.js";

/** What the main thread asks a loader worker. */
export type WorkerRequest =
  | {
      readonly type: "files";
      readonly id: number;
      readonly dataDir: string;
      readonly rels: readonly string[];
    }
  | {
      readonly type: "folders";
      readonly id: number;
      readonly dataDir: string;
      readonly folders: readonly { readonly rel: string; readonly depth: number }[];
    }
  | {
      readonly type: "snapshots";
      readonly id: number;
      readonly archiveDir: string;
      readonly tasks: readonly SnapshotTask[];
    };

/** A loader worker's answer to one request. */
export type WorkerReply =
  /** Files' or folders' results, as a serialised `ResultChunk` (record-cache.ts). */
  | { readonly type: "files"; readonly id: number; readonly chunk: Uint8Array }
  | { readonly type: "folders"; readonly id: number; readonly chunk: Uint8Array }
  | {
      readonly type: "snapshots";
      readonly id: number;
      readonly outcomes: readonly StampedOutcome[];
    }
  | { readonly type: "error"; readonly id: number; readonly message: string };
