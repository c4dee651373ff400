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

/**
 * The typed exports, with the validated corpus bundled in. Built last: `pnpm build` runs
 * tsup.cli.config.ts, then scripts/build-data.ts (which fails on invalid data), then this.
 * No `clean`: dist/ already holds the CLI and the data.
 */
export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  // No source maps: they would point at src/, which the package does not ship.
  sourcemap: false,
  target: "node20",
  // A dependency, never bundled: consumers share one copy of the models.
  external: ["@leaks/schema"],
  esbuildPlugins: [corpusData],
});
