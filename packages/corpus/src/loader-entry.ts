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
export * from "./loader/index.js";
export {
  PROBLEM_CATALOGUE,
  type ProblemCodeInfo,
  type ProblemOrigin,
} from "./problem-catalogue.js";
