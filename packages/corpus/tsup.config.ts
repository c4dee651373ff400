import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

const corpusJson = fileURLToPath(new URL("./dist/corpus.json", import.meta.url));

/** Puts the validated corpus that scripts/build-data.ts wrote in place of its virtual module. */
const corpusData: Plugin = {
  name: "leaks-corpus-data",
  setup(build) {
    build.onResolve({ filter: /^virtual:leaks-corpus-data$/ }, () => {
      if (!existsSync(corpusJson))
        return {
          errors: [{ text: "dist/corpus.json is missing: run scripts/build-data.ts first" }],
        };
      return { path: corpusJson };
    });
  },
};

// @leaks/schema is a dependency: never bundled, so consumers share one copy of the models.
const external = ["@leaks/schema"];

// No `clean`: dist/ already holds the data written by scripts/build-data.ts, which clears it.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    external,
    esbuildPlugins: [corpusData],
  },
  {
    // The CLI is ESM only (top-level await); bin/leaks.js imports it.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    external,
  },
]);
