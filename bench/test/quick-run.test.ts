import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkResultsShape, METRICS } from "../src/results.js";

const require = createRequire(import.meta.url);
const out = mkdtempSync(join(tmpdir(), "leaks-bench-quick-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// Only a hang ends the run: on a loaded machine a quick run takes many times as long as on a
// quiet one, which is no failure (speed is what `pnpm bench` measures).
const HANG = 60 * 60_000;

// The whole harness on small corpora, as `pnpm bench --quick` runs it: every measurement works
// and the files come out complete. Timings are not asserted: CI machines vary too much.
describe("pnpm bench --quick", () => {
  it(
    "measures every metric and writes results.json and BENCHMARKS.md",
    () => {
      const run = spawnSync(
        process.execPath,
        [require.resolve("tsx/cli"), "src/run.ts", "--quick", "--no-build", "--out", out],
        { cwd: join(import.meta.dirname, ".."), encoding: "utf8", timeout: HANG },
      );
      expect(run.status, run.stderr).toBe(0);
      const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Record<
        string,
        unknown
      >;
      expect(checkResultsShape(results)).toEqual([]);
      expect(results.quick).toBe(true);
      expect(results.missing).toEqual({});
      const markdown = readFileSync(join(out, "BENCHMARKS.md"), "utf8");
      for (const spec of METRICS) expect(markdown).toContain(`\`${spec.name}\``);
    },
    HANG + 60_000,
  );
});
