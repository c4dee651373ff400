import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const config: NextConfig = {
  output: "export",
  // `/incidents/x/` is written as `incidents/x/index.html`: any static server maps it without rewrites.
  trailingSlash: true,
  // The hostile-fixture build (test/e2e) exports to its own folder so it never clobbers `out/`.
  distDir: process.env.DOSSIER_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  // Next leaves one core to the build's main process, which only waits while pages render:
  // on a 2-core runner, rendering on both cores exports a large corpus about a fifth sooner.
  experimental: { cpus: availableParallelism() },
  // Read at build time by Node itself: the packages' own `exports` pick their built files.
  serverExternalPackages: ["@leaks/corpus", "@leaks/schema"],
  turbopack: { root: fileURLToPath(new URL("../..", import.meta.url)) },
};

export default config;
