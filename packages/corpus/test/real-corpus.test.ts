import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { type LoadResult, loadCorpus } from "../src/loader/index.js";
import { PACKAGE_ROOT } from "./support/fixture-corpus.js";
import { runCli } from "./support/run-cli.js";

const SNAPSHOT_CODES = new Set([
  "quote-not-in-snapshot",
  "snapshot-missing",
  "snapshot-hash-mismatch",
]);

let result: LoadResult;
beforeAll(async () => {
  result = await loadCorpus(join(PACKAGE_ROOT, "data"));
});

describe("the real corpus (packages/corpus/data)", () => {
  test("has incidents, each with claims", () => {
    expect(result.corpus.incidents.length).toBeGreaterThan(0);
    for (const incident of result.corpus.incidents)
      expect(result.corpus.claims.some((claim) => claim.incidents.includes(incident.id))).toBe(
        true,
      );
  });

  test("every quote is verbatim in its source's archived snapshot", () => {
    const sources = new Map(result.corpus.sources.map((source) => [source.id, source]));
    const checked = result.corpus.claims.flatMap((claim) =>
      claim.appearances.filter((a) => sources.get(a.source)?.archive?.snapshot !== undefined),
    );
    // The check must have something to check: the archive holds the seed articles.
    expect(checked.length).toBeGreaterThan(0);
    expect(result.problems.filter((problem) => SNAPSHOT_CODES.has(problem.code))).toEqual([]);
  });

  test("`leaks validate` on it exits 0", () => {
    const run = runCli(["validate"], { cwd: PACKAGE_ROOT });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^✔ no problems \(\d+ records checked\)\n$/);
    expect(run.status).toBe(0);
  });
});
