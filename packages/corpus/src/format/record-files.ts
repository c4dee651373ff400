import { lstat, readdir } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { RecordKind } from "@leaks/schema";
import { CLAIMS_FOLDER, FLAT_FOLDERS } from "../layout.js";

const YAML_FILE = /\.ya?ml$/i;

/** The kind of record a file holds, from the folder it sits in (claims one level deeper). */
export function kindOfFile(file: string): RecordKind | undefined {
  const parent = dirname(resolve(file));
  if (basename(dirname(parent)) === CLAIMS_FOLDER) return "claim";
  const folder = basename(parent);
  return Object.hasOwn(FLAT_FOLDERS, folder)
    ? FLAT_FOLDERS[folder as keyof typeof FLAT_FOLDERS]
    : undefined;
}

/** A path that does not exist or cannot be read. */
export class MissingPathError extends Error {
  override readonly name = "MissingPathError";
}

/**
 * The YAML files under the given files and folders, sorted and without repeats. Folders are
 * walked without following symbolic links and without entering hidden folders.
 */
export async function yamlFilesUnder(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const walk = async (folder: string) => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && YAML_FILE.test(entry.name)) found.add(path);
    }
  };
  for (const path of paths) {
    let stat: Awaited<ReturnType<typeof lstat>>;
    try {
      stat = await lstat(path);
    } catch {
      throw new MissingPathError(`no such file or folder: ${path}`);
    }
    if (stat.isDirectory()) await walk(path);
    else found.add(path);
  }
  return [...found].sort();
}
