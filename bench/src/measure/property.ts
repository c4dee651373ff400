import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pnpmCommand, REPO_ROOT } from "../repo.js";
import { runProcess } from "./process.js";

/** The corpus package's property tests: they mutate records and files and run `leaks validate`. */
export function propertyDir(): string {
  return join(REPO_ROOT, "packages", "corpus", "test", "property");
}

/** The runs asked of each property in a full bench run (a test run asks far fewer). */
export const PROPERTY_RUNS = 500;

const TIMEOUT_MS = 2 * 60 * 60_000;

export interface PropertyOutcome {
  readonly passed: boolean;
  readonly durationS: number;
  readonly command: string;
  readonly detail: string;
}

/** Vitest's count of tests ("Tests  3 passed (3)"), else the last line that says anything. */
function summaryLine(output: string): string {
  const lines = output
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the ANSI escape of colours
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return (
    lines.find((line) => /^Tests\s/.test(line))?.replace(/\s+/g, " ") ??
    lines[lines.length - 1] ??
    "no output"
  );
}

/**
 * `pnpm --filter @leaks/corpus exec vitest run test/property` with LEAKS_PROPERTY_RUNS, from the
 * repository root. No test/property folder, or one without a test file, fails: a long run that
 * ran nothing must not read as a pass.
 */
export async function runPropertyTest(): Promise<PropertyOutcome> {
  const args = ["--filter", "@leaks/corpus", "exec", "vitest", "run", "test/property"];
  const command = `LEAKS_PROPERTY_RUNS=${PROPERTY_RUNS} pnpm ${args.join(" ")}`;
  const dir = propertyDir();
  const tests = existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) =>
        /\.test\.[cm]?[jt]s$/.test(file),
      )
    : [];
  if (tests.length === 0)
    return {
      passed: false,
      durationS: 0,
      command,
      detail: `${existsSync(dir) ? "no test file in" : "no folder"} packages/corpus/test/property: the property test is not there yet, so nothing was run`,
    };
  const { command: pnpm, prefix } = pnpmCommand();
  const run = await runProcess(pnpm, [...prefix, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LEAKS_PROPERTY_RUNS: String(PROPERTY_RUNS), NO_COLOR: "1" },
    timeoutMs: TIMEOUT_MS,
  });
  const timedOut = run.wallMs >= TIMEOUT_MS;
  return {
    passed: run.code === 0,
    durationS: Math.round(run.wallMs / 100) / 10,
    command,
    detail: timedOut
      ? `stopped after ${TIMEOUT_MS / 3_600_000} h`
      : run.code === 0
        ? summaryLine(run.stdout)
        : `exited with ${run.code}: ${summaryLine(`${run.stdout}\n${run.stderr}`)}`,
  };
}
