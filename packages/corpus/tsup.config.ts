import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

const DATA_FILES = { data: "corpus.json", meta: "meta.json" } as const;

/**
 * Leaves the validated data as an import of the JSON file at the package's root (`with { type:
 * "json" }` in ESM, `require` in CJS), so that the data ships once, as corpus.json.
 */
const corpusData: Plugin = {
  name: "leaks-corpus-data",
  setup(build) {
    build.onResolve({ filter: /^virtual:leaks-corpus-(data|meta)$/ }, (args) => {
      const file = DATA_FILES[args.path.endsWith("meta") ? "meta" : "data"];
      if (!existsSync(fileURLToPath(new URL(`./${file}`, import.meta.url))))
        return { errors: [{ text: `${file} is missing: run scripts/build-data.ts first` }] };
      return { path: `../${file}`, external: true };
    });
  },
};

const common = {
  format: ["esm", "cjs"],
  dts: true,
  // No source maps: they would point at src/, which the package does not ship.
  sourcemap: false,
  // 20.19, the lowest Node the package supports: the first target that keeps the JSON import's
  // `with { type: "json" }`, which Node requires.
  target: "node20.19",
  // No `clean`: dist/ already holds the CLI and the data.
  clean: false,
} satisfies Options;

/**
 * The typed exports. Built last: `pnpm build` runs tsup.cli.config.ts, then
 * scripts/build-data.ts (which fails on invalid data), then this.
 */
export default defineConfig([
  {
    // The data entry: no runtime dependency. The few pure functions of @leaks/schema that the
    // query helpers use are bundled in from its ES modules (the package has no side effects,
    // so nothing else of it comes along, zod least of all).
    ...common,
    entry: { index: "src/index.ts" },
    noExternal: ["@leaks/schema"],
    external: ["zod"],
    esbuildPlugins: [corpusData],
    esbuildOptions(options) {
      options.conditions = ["@leaks/source"];
    },
  },
  {
    // The loader's types. Its code is one ES build, which shares chunks with the CLI
    // (tsup.cli.config.ts); require() loads it too, as Node does from 20.19 (the lowest the
    // package supports), so the package ships the loader once, not twice.
    ...common,
    format: ["esm"],
    dts: { only: true },
    entry: { loader: "src/loader-entry.ts" },
    external: ["@leaks/schema"],
  },
]);
