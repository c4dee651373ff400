import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import pc from "picocolors";

/** A usage or I/O error: the CLI prints its message and exits with code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const EXIT = { clean: 0, problems: 1, usage: 2 } as const;

/** The package's own folder: dist/ (built) or src/cli/ (run from source) sits inside it. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * The data folder when `--data` is not given: the package's own when run inside the
 * repository that holds it (from any folder of it), else `./data`.
 */
export function defaultDataDir(cwd = process.cwd()): string {
  const root = packageRoot();
  const installed = root.split(sep).includes("node_modules");
  const repository = resolve(root, "..", "..");
  const inside = !relative(repository, resolve(cwd)).startsWith("..");
  if (!installed && inside && existsSync(join(repository, "pnpm-workspace.yaml")))
    return displayPath(join(root, "data"), cwd);
  return "data";
}

/** The command a person types to run the CLI: the repository's script runs it as `pnpm leaks`. */
export function invocation(): string {
  return process.env.npm_lifecycle_event === "leaks" ? "pnpm leaks" : "leaks";
}

/**
 * Help text with examples, rendered when shown: the command as the person runs it, and the
 * default data folder as seen from where they are, so that every example runs as printed.
 */
export function examplesHelp(
  render: (run: { readonly leaks: string; readonly data: string }) => string,
): () => string {
  return () => render({ leaks: invocation(), data: defaultDataDir() });
}

/** A path as shown to the user: relative to the working folder, posix separators. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, resolve(cwd, path));
  return (rel === "" ? "." : rel).split(sep).join("/");
}

/** Colour only on a terminal, never with NO_COLOR or `--no-color`; FORCE_COLOR forces it. */
export function useColor(requested: boolean, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (!requested) return false;
  if ("NO_COLOR" in process.env && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}

export function colors(enabled: boolean) {
  return pc.createColors(enabled);
}

/** The package's version, from its package.json (found from source and from dist alike). */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as {
    version?: string;
  };
  return manifest.version ?? "0.0.0";
}
