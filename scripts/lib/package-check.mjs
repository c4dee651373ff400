/**
 * What the packages' `check` scripts share: running commands, packing with pnpm, and linting a
 * tarball with publint (strict) and @arethetypeswrong/cli. Each package's
 * scripts/check-package.mjs adds what is particular to it (what the tarball must hold, the
 * consumer smoke test).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";

export class CheckFailed extends Error {}

export const step = (text) => console.log(`▸ ${text}`);
export const pass = (text) => console.log(`  ✔ ${text}`);
export const fail = (text) => {
  throw new CheckFailed(text);
};

/** pnpm as the caller ran it: `npx pnpm` leaves its own path in npm_execpath. */
export function pnpmCommand() {
  const execpath = process.env.npm_execpath;
  if (execpath && basename(execpath).includes("pnpm"))
    return /\.[cm]?js$/.test(execpath) ? [process.execPath, execpath] : [execpath];
  return ["pnpm"];
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    ...options,
    env: { ...process.env, ...options.env },
  });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result;
}

export function runOrFail(what, command, args, options) {
  const result = run(command, args, options);
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
    fail(`${what} failed (exit ${result.status}):\n${output}`);
  }
  return result;
}

/** The path of a binary of a package installed for the package at `packageRoot`. */
export function binOf(packageRoot, packageName, binName) {
  const require = createRequire(join(packageRoot, "package.json"));
  const packageJson = require.resolve(`${packageName}/package.json`);
  const { bin } = JSON.parse(readFileSync(packageJson, "utf8"));
  const path = typeof bin === "string" ? bin : bin?.[binName];
  if (!path) fail(`${packageName} has no "${binName}" binary`);
  return join(dirname(packageJson), path);
}

/** Packs the package at `packageRoot` with pnpm (which rewrites `workspace:*`); returns the tarball. */
export function pack(packageRoot, workDir) {
  const { name, version } = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8"));
  const [command, ...prefix] = pnpmCommand();
  runOrFail(`pnpm pack (${name})`, command, [...prefix, "pack", "--pack-destination", workDir], {
    cwd: packageRoot,
  });
  const tarball = join(workDir, `${name.replace(/^@/, "").replace("/", "-")}-${version}.tgz`);
  if (!existsSync(tarball)) fail(`pnpm pack did not write ${tarball}`);
  return tarball;
}

/**
 * Installs a consumer project's dependencies with plain npm, as a developer outside the
 * repository would: no workspace, no pnpm. Uses the npm cache where it can.
 */
export function npmInstall(consumer) {
  runOrFail(
    "npm install",
    process.platform === "win32" ? "npm.cmd" : "npm",
    ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"],
    { cwd: consumer, env: { npm_config_update_notifier: "false" } },
  );
}

/** The files a tarball holds, without the `package/` prefix. */
export function tarballListing(tarball) {
  return runOrFail("tar", "tar", ["-tzf", tarball])
    .stdout.split("\n")
    .filter(Boolean)
    .map((file) => file.replace(/^package\//, ""));
}

/**
 * publint --strict on a tarball. The caller passes publint's modules, which are installed for
 * the package, not for this shared script.
 */
export async function lintWithPublint(tarball, { publint }, { formatMessage }) {
  step("publint --strict on the tarball");
  const data = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
    level: "suggestion",
    strict: true,
  });
  if (messages.length > 0) {
    const lines = messages.map((m) => `  ${m.type}: ${formatMessage(m, pkg, { color: false })}`);
    fail(`publint found ${messages.length} problem(s):\n${lines.join("\n")}`);
  }
  pass("no problems");
}

/**
 * attw on a tarball, with its default profile (node10, node16 from CJS and ESM, bundler):
 * every documented subpath must resolve under each. `ignoreRules` names attw rules the package
 * breaks on purpose (the caller says why).
 */
export function lintWithAttw(packageRoot, tarball, { ignoreRules = [] } = {}) {
  step(
    `attw on the tarball${ignoreRules.length > 0 ? ` (ignoring ${ignoreRules.join(", ")})` : ""}`,
  );
  const attw = binOf(packageRoot, "@arethetypeswrong/cli", "attw");
  const ignore = ignoreRules.length > 0 ? ["--ignore-rules", ...ignoreRules] : [];
  const result = run(process.execPath, [attw, tarball, ...ignore, "--format", "table-flipped"], {
    env: { NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  if (result.status !== 0)
    fail(`attw found problems:\n${`${result.stdout}${result.stderr}`.trim()}`);
  pass("no problems with node10, node16 (CJS and ESM) and bundler resolution");
}

/**
 * Fails on a relative link in a package's README: npm shows the README on its own page, where a
 * relative link resolves against the repository field, which the packages do not have yet.
 * A path inside the package is written as code (`docs/problem-codes.md`), not linked.
 */
export function checkReadmeLinks(readmePath) {
  const text = readFileSync(readmePath, "utf8");
  const relative = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1])
    .filter((target) => !/^(?:https?:|mailto:|#)/.test(target));
  if (relative.length > 0)
    fail(
      `${basename(readmePath)} links to ${relative.join(", ")}: a relative link breaks on npm's page; write the path as code instead`,
    );
}

/** The TypeScript examples of a README (its ```ts blocks), each with the line it starts on. */
export function readmeExamples(readmePath) {
  const lines = readFileSync(readmePath, "utf8").split("\n");
  const examples = [];
  let current;
  lines.forEach((line, index) => {
    if (current === undefined && line.trim() === "```ts") current = { line: index + 2, code: [] };
    else if (current !== undefined && line.trim() === "```") {
      examples.push({ line: current.line, code: `${current.code.join("\n")}\n` });
      current = undefined;
    } else current?.code.push(line);
  });
  return examples;
}

/**
 * Runs a README's TypeScript examples in a consumer folder where the package is installed:
 * each must type-check (with the consumer's strict tsconfig) and then run under Node, compiled
 * by esbuild. `esbuild` is the caller's (installed for the package, not for this script).
 */
export async function runReadmeExamples(consumer, readmePath, esbuild, tscPath) {
  const examples = readmeExamples(readmePath);
  if (examples.length === 0) fail(`${basename(readmePath)} has no \`\`\`ts example`);
  const files = examples.map(({ line }) => `readme-${line}.mts`);
  for (const [index, { code }] of examples.entries())
    writeFileSync(join(consumer, files[index]), `${code}export {};\n`);
  const tsconfig = JSON.parse(readFileSync(join(consumer, "tsconfig.json"), "utf8"));
  writeFileSync(
    join(consumer, "tsconfig.readme.json"),
    JSON.stringify({
      ...tsconfig,
      compilerOptions: { ...tsconfig.compilerOptions, noUnusedLocals: false },
      files,
    }),
  );
  runOrFail(
    "tsc on the README's examples",
    process.execPath,
    [tscPath, "-p", "tsconfig.readme.json"],
    {
      cwd: consumer,
    },
  );
  for (const [index, file] of files.entries()) {
    const source = readFileSync(join(consumer, file), "utf8");
    const { code } = await esbuild.transform(source, { loader: "ts", format: "esm" });
    const script = file.replace(/\.mts$/, ".mjs");
    writeFileSync(join(consumer, script), code);
    runOrFail(`the README's example at line ${examples[index].line}`, process.execPath, [script], {
      cwd: consumer,
    });
  }
  return examples.length;
}

/** The strictest settings a consumer might type-check the package's types under. */
export function writeConsumerTsconfig(consumer) {
  const config = {
    compilerOptions: {
      module: "nodenext",
      moduleResolution: "nodenext",
      target: "es2022",
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      types: [],
      skipLibCheck: false,
    },
    files: ["types.ts", "types.cts"],
  };
  writeFileSync(join(consumer, "tsconfig.json"), `${JSON.stringify(config, null, 2)}\n`);
}
