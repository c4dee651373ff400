import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadCorpus, loadCorpusFromFiles } from "../../src/loader/index.js";
import { VALID } from "../support/fixture-corpus.js";

function filesUnder(dir: string): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split("\\").join("/"), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

const TODAY = "2024-01-01";

describe("loadCorpusFromFiles", () => {
  test("gives what loadCorpus gives for the same files", async () => {
    const fromDisk = await loadCorpus(join(VALID, "data"), { today: TODAY });
    const archive = filesUnder(join(VALID, "archive"));
    const inMemory = loadCorpusFromFiles(filesUnder(join(VALID, "data")), {
      today: TODAY,
      archive,
    });
    expect(inMemory.problems).toEqual([]);
    expect(inMemory.corpus).toEqual(fromDisk.corpus);
    expect(inMemory.records.map((r) => r.file)).toEqual(
      fromDisk.records.map((r) => relative(join(VALID, "data"), r.file).split("\\").join("/")),
    );
  });

  test("shows file paths under `dir`, and reports only the `only` paths", () => {
    const files = filesUnder(join(VALID, "data"));
    files.set("actors/one.yaml", "id: one\nkind: state\n");
    files.set("actors/two.yaml", "id: two\nkind: state\n");
    const all = loadCorpusFromFiles(files, { dir: "data", today: TODAY });
    expect(all.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toEqual([
      "data/actors/one.yaml:1:1 missing-field",
      "data/actors/two.yaml:1:1 missing-field",
    ]);
    const one = loadCorpusFromFiles(files, {
      dir: "data",
      today: TODAY,
      only: ["data/actors/one.yaml"],
    });
    expect(one.problems.map((p) => p.file)).toEqual(["data/actors/one.yaml"]);
    const folder = loadCorpusFromFiles(files, {
      dir: "data",
      today: TODAY,
      only: ["data/actors/"],
    });
    expect(folder.problems).toHaveLength(2);
  });

  test("without archive snapshots, quotes are not checked against them", () => {
    const result = loadCorpusFromFiles(filesUnder(join(VALID, "data")), { today: TODAY });
    expect(result.problems).toEqual([]);
  });

  test("never throws on arbitrary bytes or text; bad input never passes, and every problem names its file", () => {
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.string({ unit: "binary", maxLength: 200 }),
      fc
        .array(
          fc.constantFrom(
            "id: x\n",
            "  - ",
            "[",
            "]",
            "{",
            "&a ",
            "*a",
            "\t",
            ": ",
            "\ufeff",
            "__proto__: 1\n",
            "? ",
            "'",
            '"',
            "|\n",
            "#",
          ),
          { maxLength: 30 },
        )
        .map((parts) => parts.join("")),
    );
    const path = fc.constantFrom("actors/x.yaml", "claims/i/c.yaml", "sources/s.yaml", "x.txt");
    fc.assert(
      fc.property(path, content, (file, text) => {
        const result = loadCorpusFromFiles(new Map([[file, text]]), { today: TODAY });
        for (const problem of result.problems) expect(problem.file).toBe(file);
        if (file === "x.txt") expect(result.problems.map((p) => p.code)).toEqual(["unknown-entry"]);
        // None of these fragments makes a whole record: the input never passes.
        expect(result.problems.some((p) => p.severity === "error")).toBe(true);
        expect(Object.values(result.corpus).flat()).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
