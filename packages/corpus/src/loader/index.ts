export {
  LOADER_PROBLEM_CODES,
  type LoaderProblemCode,
  MAX_FILE_BYTES,
  MAX_NESTING,
} from "./codes.js";
export { idSkeleton } from "./confusable-ids.js";
export type { LoadedRecord, LoadOptions, LoadResult } from "./corpus-builder.js";
export { CorpusReadError, loadCorpus } from "./load-corpus.js";
export { type LoadFromFilesOptions, loadCorpusFromFiles } from "./load-corpus-from-files.js";
export { FileLocator, type LocateOptions, locate, type Position } from "./locate.js";
export { normaliseQuoteText } from "./snapshots.js";
