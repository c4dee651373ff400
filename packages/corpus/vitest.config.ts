import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    conditions: ["@leaks/source"],
    // The typed exports read the corpus the build validated (turbo builds before testing).
    alias: {
      "virtual:leaks-corpus-data": fileURLToPath(new URL("./corpus.json", import.meta.url)),
      "virtual:leaks-corpus-meta": fileURLToPath(new URL("./meta.json", import.meta.url)),
    },
  },
  ssr: { resolve: { conditions: ["@leaks/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // CLI tests spawn the real binary, and a loaded machine can take many times the usual time:
    // the limits are there to catch a hang, not to judge speed (that is `pnpm bench`).
    testTimeout: 10 * 60_000,
    hookTimeout: 10 * 60_000,
  },
});
