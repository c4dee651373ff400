/**
 * The validated corpus, dist/corpus.json, written by scripts/build-data.ts. It is not a real
 * module: tsup bundles the JSON in its place, and vitest aliases it to the file.
 */
declare module "virtual:leaks-corpus-data" {
  import type { Corpus } from "@leaks/schema";

  const corpus: Corpus;
  export default corpus;
}
