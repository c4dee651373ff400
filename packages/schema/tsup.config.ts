import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  // No source maps: they would point at src/, which the package does not ship.
  sourcemap: false,
  target: "node20",
});
