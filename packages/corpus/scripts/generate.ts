/**
 * Regenerates the derived parts of the package's docs: the table of the loader's problem
 * codes in README.md. `--check` writes nothing and fails when the README is stale (CI).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderLoaderCodes } from "./render-loader-codes.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const START = "<!-- loader-codes:start -->";
const END = "<!-- loader-codes:end -->";

const readmePath = join(root, "README.md");
const readme = readFileSync(readmePath, "utf8");
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start === -1 || end < start) throw new Error(`README.md lacks the ${START} ... ${END} markers`);
const updated = `${readme.slice(0, start + START.length)}\n${renderLoaderCodes()}\n${readme.slice(end)}`;

if (process.argv.includes("--check")) {
  if (updated !== readme) {
    console.error(
      "✖ README.md: the problem-code table is stale; run `pnpm --filter @leaks/corpus generate`",
    );
    process.exit(1);
  }
  console.log("✔ README.md is up to date");
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log("wrote README.md");
}
