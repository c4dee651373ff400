import { parentPort } from "node:worker_threads";
import { analyseFolder, analyseOnDisk, runSnapshotTasks } from "../read/analyse-on-disk.js";
import { serialiseChunk } from "./record-cache.js";
import type { WorkerReply, WorkerRequest } from "./worker-protocol.js";

/**
 * A loader worker: checks files and folders of a data tree, and snapshots, as the main
 * thread asks. Each request gets one reply with the results, problems already located; those
 * of files come serialised, as the record cache keeps them.
 */
function handle(request: WorkerRequest): WorkerReply {
  switch (request.type) {
    case "files":
      return {
        type: "files",
        id: request.id,
        chunk: serialiseChunk({
          files: request.rels.map((rel) => analyseOnDisk(request.dataDir, rel)),
        }),
      };
    case "folders":
      return {
        type: "folders",
        id: request.id,
        chunk: serialiseChunk({
          folders: request.folders.map((folder) =>
            analyseFolder(request.dataDir, folder.rel, folder.depth),
          ),
        }),
      };
    case "snapshots":
      return {
        type: "snapshots",
        id: request.id,
        outcomes: runSnapshotTasks(request.archiveDir, request.tasks),
      };
  }
}

parentPort?.on("message", (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = handle(request);
  } catch (error) {
    reply = {
      type: "error",
      id: request.id,
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort?.postMessage(reply);
});
