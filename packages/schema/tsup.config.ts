import { defineConfig } from "tsup";

// `pnpm build` empties dist/ first (the configs run at once, so none of them cleans).
// No source maps in any build: they would point at src/, which the package does not ship.
const common = { sourcemap: false, target: "node20", clean: false } as const;

export default defineConfig([
  {
    // ES modules one file per source module, so that a bundler keeps only the modules an
    // import reaches (the package has `sideEffects: false`): `import { Claim }` leaves the
    // corpus rules out.
    ...common,
    entry: ["src/**/*.ts"],
    bundle: false,
    format: ["esm"],
    outDir: "dist/esm",
  },
  {
    // CommonJS as one file: require() loads one module.
    ...common,
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
  },
  {
    // The types of the ES build, as one file (index.d.ts beside index.d.cts).
    ...common,
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: { only: true },
  },
]);
