import { readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { LOADER_CHECKS } from "../../src/loader/codes.js";
import { loadCorpus, MAX_FILE_BYTES } from "../../src/loader/index.js";
import { fixtureCorpus, INVALID, problemLine } from "../support/fixture-corpus.js";

const TODAY = "2024-01-01";
const cases = readdirSync(INVALID).sort();
let cleanup = () => {};
afterEach(() => cleanup());

async function problemsOf(invalidCase?: string, prepare?: (root: string) => void) {
  const corpus = fixtureCorpus(invalidCase);
  cleanup = corpus.cleanup;
  prepare?.(corpus.root);
  const result = await loadCorpus(join(corpus.root, "data"), { today: TODAY });
  return {
    result,
    root: corpus.root,
    lines: result.problems.map((problem) => problemLine(problem, corpus.root)),
  };
}

/** An expected line is `file:line:col code`, or `file:line:col code: message` to pin the message. */
const codeOf = (line: string) => line.split(" ")[1]?.replace(/:$/, "");

describe("the valid fixture corpus", () => {
  test("loads without a problem, every record validated", async () => {
    const { result, lines } = await problemsOf();
    expect(lines).toEqual([]);
    expect(result.records.map((r) => `${r.kind}:${r.id}:${r.record !== undefined}`)).toEqual([
      "actor:borduria:true",
      "actor:example-daily:true",
      "actor:example-wire:true",
      "actor:ruritania:true",
      "claim:briefing-shared:true",
      "claim:not-consulted:true",
      "incident:example-leak:true",
      "source:example-relay:true",
      "source:example-report:true",
    ]);
    expect(result.corpus.claims.map((claim) => claim.id)).toEqual([
      "briefing-shared",
      "not-consulted",
    ]);
  });
});

describe("each invalid fixture corpus", () => {
  test.each(cases)("%s: exactly the expected problems, at file:line:column", async (name) => {
    const expected = readFileSync(join(INVALID, name, "expected.txt"), "utf8")
      .trim()
      .split("\n");
    const { result, root } = await problemsOf(name);
    const lines = result.problems.map((problem, i) => {
      const line = problemLine(problem, root);
      return expected[i]?.startsWith(`${line}: `) ? `${line}: ${problem.message}` : line;
    });
    expect(lines).toEqual(expected);
    for (const problem of result.problems) {
      expect(problem.severity).toBe("error");
      expect(problem.hint).not.toBe("");
    }
  });

  test("a file over the size limit (made at test time: 256 KiB is too large to keep in git)", async () => {
    const { lines, result } = await problemsOf(undefined, (root) =>
      writeFileSync(
        join(root, "data/actors/huge.yaml"),
        `id: huge\nkind: state\nname: Huge\nnotes: ${"x".repeat(MAX_FILE_BYTES)}\n`,
      ),
    );
    expect(lines).toEqual(["data/actors/huge.yaml:1:1 file-too-large"]);
    expect(result.problems[0]?.hint).toMatch(/256 KiB/);
  });

  test("raw unsafe characters in plain YAML (written at test time, so that no file of the repository holds one)", async () => {
    const { lines, result } = await problemsOf(undefined, (root) =>
      writeFileSync(
        join(root, "data/actors/example-wire.yaml"),
        "id: example-wire\nkind: media-outlet\nname: Example \u202eWire\naliases:\n  - Example\u200b Wire\n",
      ),
    );
    expect(lines).toEqual([
      "data/actors/example-wire.yaml:3:7 unsafe-character",
      "data/actors/example-wire.yaml:5:5 unsafe-character",
    ]);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      "U+202E RIGHT-TO-LEFT OVERRIDE at character 9 would reverse the text shown around it",
      "U+200B ZERO WIDTH SPACE at character 8 is invisible: the text looks the same without it, yet does not match it",
    ]);
  });

  test("a 1 GiB file is refused from its size alone, without reading it", async () => {
    // The peak resident size of this process, in KiB: it only grows.
    const before = process.resourceUsage().maxRSS;
    const { lines } = await problemsOf(undefined, (root) =>
      // Sparse: no disk is used, but reading it would allocate and fill 1 GiB.
      truncateSync(join(root, "data/actors/borduria.yaml"), 2 ** 30),
    );
    expect(lines).toContain("data/actors/borduria.yaml:1:1 file-too-large");
    expect(process.resourceUsage().maxRSS - before).toBeLessThan(256 * 1024);
  });

  test.each(LOADER_CHECKS.map((check) => [check.code, check] as const))(
    "the check %s names the fixture that produces its code, or why there is none",
    (code, check) => {
      expect(check.description).not.toBe("");
      if (check.fixture === undefined) {
        // Made by a test here: the file system, not the data, causes these.
        expect(["file-too-large", "unreadable-file"]).toContain(code);
        return;
      }
      const expected = readFileSync(join(INVALID, check.fixture, "expected.txt"), "utf8");
      expect(expected.trim().split("\n").map(codeOf)).toContain(code);
    },
  );
});
