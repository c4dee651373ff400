export { idSkeleton } from "./check/confusable-ids.js";
export type { LoadedRecord, LoadOptions, LoadResult } from "./check/corpus-builder.js";
export { normaliseQuoteText, STRAIGHT_QUOTES } from "./check/snapshots.js";
export { type CheckRecordsOptions, checkRecords, type GivenRecord } from "./check-records.js";
export {
  LOADER_PROBLEM_CODES,
  type LoaderProblemCode,
  MAX_FILE_BYTES,
  MAX_NESTING,
} from "./codes.js";
export { CorpusReadError, loadCorpus } from "./load-corpus.js";
export { type LoadFromFilesOptions, loadCorpusFromFiles } from "./load-corpus-from-files.js";
export { FileLocator, type LocateOptions, locate, type Position } from "./read/locate.js";
