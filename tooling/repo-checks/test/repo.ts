import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

export function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(join(ROOT, relative), "utf8")) as T;
}

/** The `leaks` binary as a contributor runs it (the package's built CLI). */
export const LEAKS_BIN = join(ROOT, "packages", "corpus", "bin", "leaks.js");
