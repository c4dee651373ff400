import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PACKAGE_ROOT } from "./fixture-corpus.js";

export const BIN = join(PACKAGE_ROOT, "bin", "leaks.js");

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `leaks` binary as a user would, with a clean colour environment. */
export function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): CliRun {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    encoding: "utf8",
    env: { ...env, ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
