import { defineConfig } from "tsup";

/**
 * The `leaks` CLI, built first so that it exists to report problems even when the data is
 * invalid and the rest of the build fails. ESM only (top-level await); bin/leaks.js loads it.
 * The loader's worker threads run dist/loader-worker.js and dist/stat-worker.js, beside it.
 * The ES build of `@leaks/corpus/loader` is built here too, so that it shares its modules with
 * the CLI and the workers in chunks, and the package ships the loader's code once.
 */
export default defineConfig({
  entry: {
    cli: "src/cli/main.ts",
    "loader-worker": "src/loader/validate/worker.ts",
    "stat-worker": "src/loader/validate/stat-worker.ts",
    loader: "src/loader-entry.ts",
  },
  format: ["esm"],
  clean: true,
  // No source maps: they would point at src/, which the package does not ship. Whitespace is
  // left out (a fifth of the code's bytes packed), names are kept, so that a stack trace still
  // names its functions.
  sourcemap: false,
  minifyWhitespace: true,
  target: "node20",
  external: ["@leaks/schema"],
});
