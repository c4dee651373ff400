import { hash } from "node:crypto";
import { type Dirent, readdirSync } from "node:fs";
import { join } from "node:path";
import { CLAIMS_FOLDER, FLAT_FOLDERS, REDIRECTS_FILE } from "../../layout.js";
import type { Pending } from "../checks/define.js";
import { notRegularProblem } from "../checks/not-a-regular-file.js";
import { unsafeNamePending } from "../checks/unsafe-file-name.js";
import { entryKind } from "./read-file.js";

/** What the listing reports besides record files: entries that do not belong. */
export interface EntrySink {
  addUnknown(entry: string, hint: string): void;
  /** An entry judged by its path alone (its content is not read). */
  addFile(rel: string, content: string): void;
  /** An entry refused for what it is (a link, a FIFO) or for its name. */
  addEntryProblem(pending: Pending): void;
}

export interface FolderListing {
  /** Record files to read, as paths inside the data folder. */
  readonly files: string[];
  /** Folders to enter next, with their depth. */
  readonly folders: { readonly rel: string; readonly depth: number }[];
  /** What was listed: names and types of every entry (see `signatureOf`). */
  readonly signature: string;
}

/**
 * A digest of a folder's entries, their names and types: two listings with one signature
 * are judged alike, whatever order the file system gives them in.
 */
function signatureOf(entries: readonly Dirent[]): string {
  const names = entries.map((entry) => {
    const type = entry.isDirectory()
      ? "d"
      : entry.isFile()
        ? "f"
        : entry.isSymbolicLink()
          ? "l"
          : "o";
    return `${type}${entry.name}`;
  });
  names.sort();
  return hash("sha1", names.join("\u0000"), "base64");
}

/** The signature of a folder of the data tree as it is now. */
export function listingSignature(root: string, rel: string): string {
  return signatureOf(readdirSync(rel === "" ? root : join(root, rel), { withFileTypes: true }));
}

/**
 * Lists one folder of the data tree (`rel` "" is the data folder itself, at depth 0),
 * reporting to `sink` whatever does not belong: only the expected folders are entered, so a
 * stray tree costs one problem, not one per file.
 */
export function listFolder(
  root: string,
  rel: string,
  depth: number,
  sink: EntrySink,
): FolderListing {
  const files: string[] = [];
  const folders: { rel: string; depth: number }[] = [];
  const entries = readdirSync(rel === "" ? root : join(root, rel), { withFileTypes: true });
  const expectsFolders = depth === 0 || (depth === 1 && rel === CLAIMS_FOLDER);
  for (const entry of entries) {
    const unsafe = unsafeNamePending(rel, entry.name);
    if (unsafe !== undefined) {
      sink.addEntryProblem(unsafe);
      continue;
    }
    const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
    const known =
      depth === 0 ? Object.hasOwn(FLAT_FOLDERS, entry.name) || entry.name === CLAIMS_FOLDER : true;
    if (entry.isDirectory() && expectsFolders && known) {
      folders.push({ rel: path, depth: depth + 1 });
    } else if (entry.isFile() && (!expectsFolders || path === REDIRECTS_FILE)) {
      files.push(path);
    } else if (!entry.isFile() && !entry.isDirectory()) {
      sink.addEntryProblem(notRegularProblem(path, entryKind(entry), "in the data folder"));
    } else if (entry.isDirectory()) {
      sink.addFile(`${path}/`, "");
    } else {
      sink.addFile(path, "");
    }
  }
  return { files, folders, signature: signatureOf(entries) };
}

/** Lists the record files of a whole data folder, depth first. */
export async function listRecordFiles(root: string, sink: EntrySink): Promise<string[]> {
  const files: string[] = [];
  const visit = (rel: string, depth: number) => {
    const listing = listFolder(root, rel, depth, sink);
    files.push(...listing.files);
    for (const folder of listing.folders) visit(folder.rel, folder.depth);
  };
  visit("", 0);
  return files;
}
