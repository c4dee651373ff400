#!/usr/bin/env node
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    "leaks: dist/cli.js is missing: build the package first (pnpm --filter @leaks/corpus build)\n",
  );
  process.exit(2);
}
await import(cli.href);
