/**
 * The validated corpus (corpus.json) and what it is (meta.json), both written by
 * scripts/build-data.ts. They are not real modules: the build leaves them as JSON imports of
 * the files beside the bundle, and vitest aliases them to the files.
 */
declare module "virtual:leaks-corpus-data" {
  import type { Corpus } from "@leaks/schema";

  const corpus: Corpus;
  export default corpus;
}

declare module "virtual:leaks-corpus-meta" {
  import type { DataMeta } from "./shipped.js";

  const meta: DataMeta;
  export default meta;
}
