import { CorpusBuilder, type LoadOptions, type LoadResult } from "./check/corpus-builder.js";
import { decodeFile } from "./read/decode.js";

export interface LoadFromFilesOptions extends LoadOptions {
  /** How the data folder's path is shown in `file` (e.g. `data`); by default, paths as given. */
  readonly dir?: string;
  /**
   * Archived snapshots by path relative to the archive folder. Without them, quotes are not
   * checked against snapshots (a tree taken from git history may not carry them).
   */
  readonly archive?: ReadonlyMap<string, string | Uint8Array>;
}

/**
 * Loads and checks a corpus held in memory: paths relative to the data folder (posix), each
 * with its content. Same checks and problems as `loadCorpus`; synchronous, never throws.
 */
export function loadCorpusFromFiles(
  files: ReadonlyMap<string, string | Uint8Array>,
  options: LoadFromFilesOptions = {},
): LoadResult {
  const builder = new CorpusBuilder(options.dir ?? "", options);
  const byPath = new Map<string, string | Uint8Array>();
  for (const [path, content] of files)
    byPath.set(path.replaceAll("\\", "/").replace(/^\.\//, ""), content);
  for (const [path, content] of byPath) builder.addFile(path, content);
  const readText = (rel: string) => {
    const content = byPath.get(rel);
    if (content === undefined) return undefined;
    const decoded = decodeFile(content);
    return decoded.ok ? decoded.text : undefined;
  };
  const { archive } = options;
  const encoder = new TextEncoder();
  return builder.finish(
    readText,
    archive === undefined
      ? undefined
      : (snapshot) => {
          const content = archive.get(snapshot);
          return typeof content === "string" ? encoder.encode(content) : content;
        },
  );
}
