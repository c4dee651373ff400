import { defineConfig } from "tsup";

/**
 * The `leaks` CLI, built first so that it exists to report problems even when the data is
 * invalid and the rest of the build fails. ESM only (top-level await); bin/leaks.js loads it.
 * The loader's worker threads run dist/loader-worker.js and dist/stat-worker.js, beside it.
 */
export default defineConfig({
  entry: {
    cli: "src/cli/main.ts",
    "loader-worker": "src/loader/validate/worker.ts",
    "stat-worker": "src/loader/validate/stat-worker.ts",
  },
  format: ["esm"],
  clean: true,
  // No source maps: they would point at src/, which the package does not ship.
  sourcemap: false,
  target: "node20",
  external: ["@leaks/schema"],
});
