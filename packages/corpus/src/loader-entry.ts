/**
 * @leaks/corpus/loader: reads, checks and assembles a data folder of YAML records (Node only).
 * The CLI, the site's build and the package's own build use it; importing the data does not.
 */
export type { Corpus, Problem } from "@leaks/schema";
export {
  CLAIMS_FOLDER,
  KIND_FOLDERS,
  type Placement,
  placementOf,
  RECORD_EXTENSION,
  recordFilePath,
} from "./layout.js";
// The loader's public functions and types; its internals (the id skeleton, the locator class)
// stay inside, for its own tests. The rule quotes are matched by is public: whoever marks a
// quote in an archived text (the site does) must find it where the check found it.
export type { LoadedRecord, LoadOptions, LoadResult } from "./loader/check/corpus-builder.js";
export { normaliseQuoteText, STRAIGHT_QUOTES } from "./loader/check/snapshots.js";
export {
  type CheckRecordsOptions,
  checkRecords,
  type GivenRecord,
} from "./loader/check-records.js";
export {
  type CorpusProblem,
  type CorpusProblemCode,
  LOADER_PROBLEM_CODES,
  type LoaderProblemCode,
  MAX_FILE_BYTES,
  MAX_NESTING,
} from "./loader/codes.js";
export { CorpusReadError, loadCorpus } from "./loader/load-corpus.js";
export {
  type LoadFromFilesOptions,
  loadCorpusFromFiles,
} from "./loader/load-corpus-from-files.js";
export { type LocateOptions, locate, type Position } from "./loader/read/locate.js";
export {
  PROBLEM_CATALOGUE,
  type ProblemCodeInfo,
  type ProblemOrigin,
} from "./problem-catalogue.js";
