import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@leaks/source"] },
  ssr: { resolve: { conditions: ["@leaks/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // Property tests and the README's tsc runs share the machine with the rest of `pnpm test`:
    // the limits are there to catch a hang, not to judge speed (that is `pnpm bench`).
    testTimeout: 10 * 60_000,
    hookTimeout: 10 * 60_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
  },
});
