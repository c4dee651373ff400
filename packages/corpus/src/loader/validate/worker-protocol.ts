import type { SnapshotTask } from "../check/snapshots.js";
import type { FileResult, FolderResult, StampedOutcome } from "../read/analyse-on-disk.js";

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
  | { readonly type: "files"; readonly id: number; readonly files: readonly FileResult[] }
  | { readonly type: "folders"; readonly id: number; readonly folders: readonly FolderResult[] }
  | {
      readonly type: "snapshots";
      readonly id: number;
      readonly outcomes: readonly StampedOutcome[];
    }
  | { readonly type: "error"; readonly id: number; readonly message: string };
