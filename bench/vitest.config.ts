import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@leaks/source"] },
  ssr: { resolve: { conditions: ["@leaks/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // Timings are what the harness measures, never what its tests assert: the limits are there
    // to catch a hang, with room for a loaded machine.
    testTimeout: 10 * 60_000,
    hookTimeout: 10 * 60_000,
  },
});
