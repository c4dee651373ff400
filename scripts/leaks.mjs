#!/usr/bin/env node
// `pnpm leaks ...`: runs the `leaks` CLI of @leaks/corpus, building it first when it is missing
// or older than its sources (a fresh clone, or after a pull), so contributors never run a stale
// validator. Every workspace package has a `leaks` script that runs this one, so it works from
// any folder of the repository, and the CLI runs in that folder.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { pnpmCommand } from "./lib/package-check.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "packages/corpus/dist/cli.js");
const schemaDist = join(root, "packages/schema/dist/esm/index.js");
const sources = ["packages/schema/src", "packages/corpus/src"].map((dir) => join(root, dir));

/**
 * The folder `pnpm leaks` was typed in: pnpm runs a script in its package's folder and says
 * where it was started in INIT_CWD. Paths the user gives, and those the help shows, are from
 * there; outside the repository (`pnpm --dir`), from the package's folder as before.
 */
function userFolder() {
  const started = process.env.INIT_CWD;
  if (started === undefined || started === "" || !existsSync(started)) return process.cwd();
  const inside = relative(root, resolve(started));
  return inside.startsWith("..") || resolve(inside) === inside ? process.cwd() : resolve(started);
}

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt(file) {
  return existsSync(file) ? statSync(file).mtimeMs : -1;
}

const sourceTime = Math.max(...sources.map(newestIn));
if (Math.min(builtAt(cli), builtAt(schemaDist)) < sourceTime) {
  process.stderr.write("leaks: building the CLI from its sources (once after each change)...\n");
  const [command, ...prefix] = pnpmCommand();
  // The corpus build fails when the data has errors, but builds the CLI first: what matters
  // here is that the CLI exists, and then it reports those errors itself.
  const build = spawnSync(
    command,
    [
      ...prefix,
      "exec",
      "turbo",
      "run",
      "build",
      "--filter",
      "@leaks/corpus",
      "--output-logs=errors-only",
    ],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    },
  );
  // A build turbo replays from its cache leaves the outputs as they were, older than sources
  // that were touched without a change: they match those sources, so mark them as current.
  if (build.status === 0) {
    const now = new Date();
    for (const file of [cli, schemaDist])
      if (existsSync(file) && builtAt(file) < sourceTime) utimesSync(file, now, now);
  }
  if (build.error || builtAt(cli) < sourceTime) {
    process.stderr.write("leaks: the CLI could not be built; run `pnpm build` to see why\n");
    process.exit(2);
  }
}

const result = spawnSync(
  process.execPath,
  [join(root, "packages/corpus/bin/leaks.js"), ...process.argv.slice(2)],
  { stdio: "inherit", cwd: userFolder() },
);
process.exit(result.status ?? 1);
