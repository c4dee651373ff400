import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@leaks/source"] },
  ssr: { resolve: { conditions: ["@leaks/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // Property tests and the README's tsc runs share two cores with the rest of `pnpm test`.
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
  },
});
