import { hash } from "node:crypto";
import { type Dirent, readdirSync } from "node:fs";
import { join } from "node:path";
import { CLAIMS_FOLDER, FLAT_FOLDERS } from "../../layout.js";
import { loaderProblem, type Pending } from "./analyse-file.js";
import { entryKind } from "./read-file.js";

/** What the listing reports besides record files: entries that do not belong. */
export interface EntrySink {
  addUnknown(entry: string, hint: string): void;
  /** An entry judged by its path alone (its content is not read). */
  addFile(rel: string, content: string): void;
  /** An entry refused for what it is (a link, a FIFO) or for its name. */
  addEntryProblem(pending: Pending): void;
}

// Controls, format characters (bidi controls, zero-width), line and paragraph separators,
// spaces other than U+0020, private-use and unpaired surrogate code points, and U+FFFD, which
// is what a name that is not UTF-8 decodes to (the file could not be opened by that name).
const UNSAFE_IN_NAME = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\uFFFD]|(?! )\p{Zs}/u;
const UNSAFE_ALL = new RegExp(UNSAFE_IN_NAME.source, "gu");

/** A name as it can be shown: every unsafe character as `<U+XXXX>`. */
export function visibleName(name: string): string {
  return name.replace(UNSAFE_ALL, (c) => `<U+${codePoint(c)}>`);
}

function codePoint(c: string): string {
  return (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
}

/** The problem of an entry whose name holds an unsafe character, or undefined. */
export function unsafeNamePending(parent: string, name: string): Pending | undefined {
  const found = UNSAFE_IN_NAME.exec(name);
  if (found === null) return undefined;
  const shown = visibleName(name);
  const rel = parent === "" ? shown : `${parent}/${shown}`;
  return {
    rel,
    problem: loaderProblem(
      "unsafe-file-name",
      `the name holds U+${codePoint(found[0])}, a character that is invisible, moves text around or is not text: not read`,
      "rename it with letters a-z, digits and hyphens only (a record file is <id>.yaml)",
    ),
  };
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
    } else if (entry.isFile() && !expectsFolders) {
      files.push(path);
    } else if (!entry.isFile() && !entry.isDirectory()) {
      sink.addEntryProblem({
        rel: path,
        problem: loaderProblem(
          "not-a-regular-file",
          `${entryKind(entry)} in the data folder: not opened`,
          "put the record file itself here; links, FIFOs and devices are never followed or read",
        ),
      });
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
