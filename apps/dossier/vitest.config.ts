import { defineConfig } from "vitest/config";

// Unit tests only: the browser tests in test/e2e are Playwright's.
export default defineConfig({
  test: { include: ["test/unit/**/*.test.ts"] },
});
