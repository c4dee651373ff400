/**
 * The bounds the property test puts on each run of the CLI: a run that spins is killed after
 * its CPU time and reported as a hang, whatever the clock says; a run that waits without using
 * the CPU is not, so a busy machine never turns a slow run into a hang.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { runBounded } from "./hostile-tree.js";

const root = mkdtempSync(join(tmpdir(), "leaks-bounded-"));
const cwd = join(root, "work");
mkdirSync(cwd);
afterAll(() => rmSync(root, { recursive: true, force: true }));

test("a run that spins is killed once it has used its CPU time, and counts as a hang", () => {
  const run = runBounded(cwd, ["-e", "for (;;) {}"], { cpuSeconds: 1 });
  expect(run.timedOut).toBe(true);
  expect(run.status === 0).toBe(false);
});

test("a run that waits, using no CPU, is not a hang", () => {
  const run = runBounded(cwd, ["-e", "setTimeout(() => console.log('done'), 1500)"], {
    cpuSeconds: 1,
  });
  expect({ timedOut: run.timedOut, status: run.status, stdout: run.stdout.trim() }).toEqual({
    timedOut: false,
    status: 0,
    stdout: "done",
  });
});
