import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@leaks/source"] },
  ssr: { resolve: { conditions: ["@leaks/source"] } },
  test: { include: ["test/**/*.test.ts"] },
});
