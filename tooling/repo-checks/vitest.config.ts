import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@leaks/source"] },
  ssr: { resolve: { conditions: ["@leaks/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // These tests run the repository's commands, and a loaded machine can take many times the
    // usual time: the limits are there to catch a hang, not to judge speed (that is `pnpm bench`).
    testTimeout: 10 * 60_000,
    hookTimeout: 10 * 60_000,
  },
});
