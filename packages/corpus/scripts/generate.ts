/**
 * Regenerates what is derived from the code and the data and checked in: the table of the
 * loader's problem codes in README.md, and src/generated/ids.ts (the ids of the data as
 * types). `--check` writes nothing and fails when either is stale (CI).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { renderIds } from "./render-ids.js";
import { renderLoaderCodes } from "./render-loader-codes.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const START = "<!-- loader-codes:start -->";
const END = "<!-- loader-codes:end -->";
const check = process.argv.includes("--check");

function readme(): string {
  const text = readFileSync(join(root, "README.md"), "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start)
    throw new Error(`README.md lacks the ${START} ... ${END} markers`);
  return `${text.slice(0, start + START.length)}\n${renderLoaderCodes()}\n${text.slice(end)}`;
}

const outputs: [string, string][] = [
  [join(root, "README.md"), readme()],
  [join(root, "src", "generated", "ids.ts"), await renderIds(join(root, "data"))],
];
let stale = 0;
for (const [path, text] of outputs) {
  const name = relative(root, path);
  const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
  if (current === text) {
    if (check) console.log(`✔ ${name} is up to date`);
  } else if (check) {
    console.error(`✖ ${name} is stale: run \`pnpm --filter @leaks/corpus generate\``);
    stale += 1;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${name}`);
  }
}
if (stale > 0) process.exit(1);
