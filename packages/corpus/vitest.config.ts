import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    conditions: ["@leaks/source"],
    // The typed exports read the corpus the build validated (turbo builds before testing).
    alias: {
      "virtual:leaks-corpus-data": fileURLToPath(new URL("./dist/corpus.json", import.meta.url)),
    },
  },
  ssr: { resolve: { conditions: ["@leaks/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // CLI tests spawn the real binary: give them room on a loaded two-core machine.
    testTimeout: 30_000,
  },
});
