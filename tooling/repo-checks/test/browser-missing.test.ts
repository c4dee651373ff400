import { spawnSync } from "node:child_process";
import { expect, test } from "vitest";
import { pnpmCommand } from "../../../scripts/lib/package-check.mjs";
import { ROOT } from "./repo.js";

// The dossier's browser tests drive the system's Chromium. Where there is none they must stop
// before anything is built or served, and say how to install it, instead of failing each test
// with a launch error.
test("without Chromium the browser tests stop at once and say how to install it", () => {
  const [command = "pnpm", ...prefix] = pnpmCommand();
  const missing = "/nonexistent/chromium";
  const run = spawnSync(
    command,
    [...prefix, "--filter", "@leaks/dossier", "exec", "playwright", "test", "--list"],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, CHROMIUM_PATH: missing } },
  );
  expect(run.error).toBeUndefined();
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status, output).not.toBe(0);
  // Stopped while reading the configuration: no test was even listed.
  expect(output).not.toMatch(/Total: \d+ tests?/);
  expect(output).toContain(`there is none at ${missing}`);
  expect(output).toContain("sudo apt-get install chromium");
  expect(output).toContain("brew install --cask chromium");
  expect(output).toContain("CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium");
});
